from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.referral_category import ReferralCategory
from ..models.referral_due_step_type_1 import ReferralDueStepType1
from ..models.referral_due_step_type_2_type_1 import ReferralDueStepType2Type1
from ..models.referral_due_step_type_3_type_1 import ReferralDueStepType3Type1
from ..models.referral_status import ReferralStatus
from ..models.suspected_offence import SuspectedOffence
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.contact import Contact
  from ..models.incident import Incident
  from ..models.party import Party





T = TypeVar("T", bound="Referral")



@_attrs_define
class Referral:
    """ 
        Attributes:
            id (UUID):
            reference (str): SOURCE-YEAR-NUMBER, numbered upwards per source agency and year and never given twice; a
                submission refused after taking its number leaves a gap Example: HD-YJJ-2026-000123.
            category (ReferralCategory):
            status (ReferralStatus):
            source_agency (str):  Example: HD-YJJ.
            recipient_agency (str):  Example: HD-GAJ.
            title (str):  Example: 某化工公司"3·15"较大爆炸事故涉嫌重大责任事故罪.
            summary (str):
            suspected_offence (SuspectedOffence): Criminal Law article: 134(1) 重大责任事故罪, 134(2) 强令、组织他人违章冒险作业罪,
                134-1 危险作业罪, 135 重大劳动安全事故罪, 135-1 大型群众性活动重大安全事故罪,
                136 危险物品肇事罪, 137 工程重大安全事故罪, 138 教育设施重大安全事故罪,
                139 消防责任事故罪, 139-1 不报、谎报安全事故罪; `other` for anything else.
            incident (Incident | None):
            parties (list[Party]):
            related_case_number (None | str):
            linked_record_ids (list[str]): Shared records of the source agency with this case number
            contact (Contact | None):
            outcome (None | str): Set by close
            due_at (datetime.datetime | None): When the pending step is due: 23:59:59 China time (UTC+8) of the N-th working
                day
                after the last move, N from the configured `deadline_working_days[due_step]`. Working
                days follow the official calendar (chinesecalendar); for years it has no data for
                yet, Monday to Friday. Null when nothing is pending.
            due_step (None | ReferralDueStepType1 | ReferralDueStepType2Type1 | ReferralDueStepType3Type1):
            overdue (bool):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: UUID
    reference: str
    category: ReferralCategory
    status: ReferralStatus
    source_agency: str
    recipient_agency: str
    title: str
    summary: str
    suspected_offence: SuspectedOffence
    incident: Incident | None
    parties: list[Party]
    related_case_number: None | str
    linked_record_ids: list[str]
    contact: Contact | None
    outcome: None | str
    due_at: datetime.datetime | None
    due_step: None | ReferralDueStepType1 | ReferralDueStepType2Type1 | ReferralDueStepType3Type1
    overdue: bool
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.contact import Contact # noqa: PLC0415
        from ..models.incident import Incident # noqa: PLC0415
        from ..models.party import Party # noqa: PLC0415
        id = str(self.id)

        reference = self.reference

        category = self.category.value

        status = self.status.value

        source_agency = self.source_agency

        recipient_agency = self.recipient_agency

        title = self.title

        summary = self.summary

        suspected_offence = self.suspected_offence.value

        incident: dict[str, Any] | None
        if isinstance(self.incident, Incident):
            incident = self.incident.to_dict()
        else:
            incident = self.incident

        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)



        related_case_number: None | str
        related_case_number = self.related_case_number

        linked_record_ids = self.linked_record_ids



        contact: dict[str, Any] | None
        if isinstance(self.contact, Contact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        outcome: None | str
        outcome = self.outcome

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        due_step: None | str
        if isinstance(self.due_step, ReferralDueStepType1):
            due_step = self.due_step.value
        elif isinstance(self.due_step, ReferralDueStepType2Type1):
            due_step = self.due_step.value
        elif isinstance(self.due_step, ReferralDueStepType3Type1):
            due_step = self.due_step.value
        else:
            due_step = self.due_step

        overdue = self.overdue

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "reference": reference,
            "category": category,
            "status": status,
            "source_agency": source_agency,
            "recipient_agency": recipient_agency,
            "title": title,
            "summary": summary,
            "suspected_offence": suspected_offence,
            "incident": incident,
            "parties": parties,
            "related_case_number": related_case_number,
            "linked_record_ids": linked_record_ids,
            "contact": contact,
            "outcome": outcome,
            "due_at": due_at,
            "due_step": due_step,
            "overdue": overdue,
            "version": version,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact # noqa: PLC0415
        from ..models.incident import Incident # noqa: PLC0415
        from ..models.party import Party # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        reference = d.pop("reference")

        category = ReferralCategory(d.pop("category"))




        status = ReferralStatus(d.pop("status"))




        source_agency = d.pop("source_agency")

        recipient_agency = d.pop("recipient_agency")

        title = d.pop("title")

        summary = d.pop("summary")

        suspected_offence = SuspectedOffence(d.pop("suspected_offence"))




        def _parse_incident(data: object) -> Incident | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incident_type_0 = Incident.from_dict(data)



                return incident_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Incident | None, data)

        incident = _parse_incident(d.pop("incident"))


        parties = []
        _parties = d.pop("parties")
        for parties_item_data in (_parties):
            parties_item = Party.from_dict(parties_item_data)



            parties.append(parties_item)


        def _parse_related_case_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        related_case_number = _parse_related_case_number(d.pop("related_case_number"))


        linked_record_ids = cast(list[str], d.pop("linked_record_ids"))


        def _parse_contact(data: object) -> Contact | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = Contact.from_dict(data)



                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Contact | None, data)

        contact = _parse_contact(d.pop("contact"))


        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))


        def _parse_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)



                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_at = _parse_due_at(d.pop("due_at"))


        def _parse_due_step(data: object) -> None | ReferralDueStepType1 | ReferralDueStepType2Type1 | ReferralDueStepType3Type1:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_step_type_1 = ReferralDueStepType1(data)



                return due_step_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_step_type_2_type_1 = ReferralDueStepType2Type1(data)



                return due_step_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_step_type_3_type_1 = ReferralDueStepType3Type1(data)



                return due_step_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferralDueStepType1 | ReferralDueStepType2Type1 | ReferralDueStepType3Type1, data)

        due_step = _parse_due_step(d.pop("due_step"))


        overdue = d.pop("overdue")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        referral = cls(
            id=id,
            reference=reference,
            category=category,
            status=status,
            source_agency=source_agency,
            recipient_agency=recipient_agency,
            title=title,
            summary=summary,
            suspected_offence=suspected_offence,
            incident=incident,
            parties=parties,
            related_case_number=related_case_number,
            linked_record_ids=linked_record_ids,
            contact=contact,
            outcome=outcome,
            due_at=due_at,
            due_step=due_step,
            overdue=overdue,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        return referral

