from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.consultation_kind import ConsultationKind
from ..models.consultation_status import ConsultationStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.consultation_link import ConsultationLink





T = TypeVar("T", bound="Consultation")



@_attrs_define
class Consultation:
    """ 
        Attributes:
            id (UUID):
            kind (ConsultationKind): `question` 咨询, `professional_opinion` 专业意见, `pre_suit` 诉前磋商
            status (ConsultationStatus):
            opener_agency (str):  Example: HD-JCY.
            addressee_agency (str):  Example: HD-XFJY.
            subject (str):
            question (str):
            link (ConsultationLink | None):
            due_on (datetime.date | None):
            overdue (bool): Still open after due_on
            minutes (None | str):
            agreed_plan (None | str):
            agreed_rectification_date (datetime.date | None):
            answered_at (datetime.datetime | None):
            closed_at (datetime.datetime | None):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: UUID
    kind: ConsultationKind
    status: ConsultationStatus
    opener_agency: str
    addressee_agency: str
    subject: str
    question: str
    link: ConsultationLink | None
    due_on: datetime.date | None
    overdue: bool
    minutes: None | str
    agreed_plan: None | str
    agreed_rectification_date: datetime.date | None
    answered_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.consultation_link import ConsultationLink # noqa: PLC0415
        id = str(self.id)

        kind = self.kind.value

        status = self.status.value

        opener_agency = self.opener_agency

        addressee_agency = self.addressee_agency

        subject = self.subject

        question = self.question

        link: dict[str, Any] | None
        if isinstance(self.link, ConsultationLink):
            link = self.link.to_dict()
        else:
            link = self.link

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        overdue = self.overdue

        minutes: None | str
        minutes = self.minutes

        agreed_plan: None | str
        agreed_plan = self.agreed_plan

        agreed_rectification_date: None | str
        if isinstance(self.agreed_rectification_date, datetime.date):
            agreed_rectification_date = self.agreed_rectification_date.isoformat()
        else:
            agreed_rectification_date = self.agreed_rectification_date

        answered_at: None | str
        if isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "kind": kind,
            "status": status,
            "opener_agency": opener_agency,
            "addressee_agency": addressee_agency,
            "subject": subject,
            "question": question,
            "link": link,
            "due_on": due_on,
            "overdue": overdue,
            "minutes": minutes,
            "agreed_plan": agreed_plan,
            "agreed_rectification_date": agreed_rectification_date,
            "answered_at": answered_at,
            "closed_at": closed_at,
            "version": version,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consultation_link import ConsultationLink # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        kind = ConsultationKind(d.pop("kind"))




        status = ConsultationStatus(d.pop("status"))




        opener_agency = d.pop("opener_agency")

        addressee_agency = d.pop("addressee_agency")

        subject = d.pop("subject")

        question = d.pop("question")

        def _parse_link(data: object) -> ConsultationLink | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_type_0 = ConsultationLink.from_dict(data)



                return link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsultationLink | None, data)

        link = _parse_link(d.pop("link"))


        def _parse_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)



                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_on = _parse_due_on(d.pop("due_on"))


        overdue = d.pop("overdue")

        def _parse_minutes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        minutes = _parse_minutes(d.pop("minutes"))


        def _parse_agreed_plan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agreed_plan = _parse_agreed_plan(d.pop("agreed_plan"))


        def _parse_agreed_rectification_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agreed_rectification_date_type_0 = datetime.date.fromisoformat(data)



                return agreed_rectification_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        agreed_rectification_date = _parse_agreed_rectification_date(d.pop("agreed_rectification_date"))


        def _parse_answered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)



                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        answered_at = _parse_answered_at(d.pop("answered_at"))


        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)



                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))


        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        consultation = cls(
            id=id,
            kind=kind,
            status=status,
            opener_agency=opener_agency,
            addressee_agency=addressee_agency,
            subject=subject,
            question=question,
            link=link,
            due_on=due_on,
            overdue=overdue,
            minutes=minutes,
            agreed_plan=agreed_plan,
            agreed_rectification_date=agreed_rectification_date,
            answered_at=answered_at,
            closed_at=closed_at,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        return consultation

