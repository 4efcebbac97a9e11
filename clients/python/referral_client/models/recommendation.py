from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.copy_body import CopyBody
from ..models.recommendation_adoption_type_1 import RecommendationAdoptionType1
from ..models.recommendation_adoption_type_2_type_1 import RecommendationAdoptionType2Type1
from ..models.recommendation_adoption_type_3_type_1 import RecommendationAdoptionType3Type1
from ..models.recommendation_kind import RecommendationKind
from ..models.recommendation_review_outcome_type_1 import RecommendationReviewOutcomeType1
from ..models.recommendation_review_outcome_type_2_type_1 import RecommendationReviewOutcomeType2Type1
from ..models.recommendation_review_outcome_type_3_type_1 import RecommendationReviewOutcomeType3Type1
from ..models.recommendation_service_method_type_1 import RecommendationServiceMethodType1
from ..models.recommendation_service_method_type_2_type_1 import RecommendationServiceMethodType2Type1
from ..models.recommendation_service_method_type_3_type_1 import RecommendationServiceMethodType3Type1
from ..models.recommendation_status import RecommendationStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.copy_to import CopyTo
  from ..models.hazard import Hazard





T = TypeVar("T", bound="Recommendation")



@_attrs_define
class Recommendation:
    """ 
        Attributes:
            id (UUID):
            document_number (str):  Example: 津河检建〔2026〕3号.
            kind (RecommendationKind): `retrial` 再审, `correction` 纠正违法, `public_interest` 公益诉讼, `social_governance` 社会治理,
                `other` 其他
            status (RecommendationStatus):
            issuer_agency (str):  Example: HD-JCY.
            recipient_agency (str):  Example: HD-XFJY.
            title (str):
            facts (str):
            legal_basis (str):
            requested_measures (str):
            harm_spreading (bool):
            copies_to (list[CopyTo]):
            hazards (list[Hazard]):
            served_on (datetime.date | None):
            service_method (None | RecommendationServiceMethodType1 | RecommendationServiceMethodType2Type1 |
                RecommendationServiceMethodType3Type1):
            objection_due_on (datetime.date | None): The last day to object
            reply_due_on (datetime.date | None): The last day to reply
            due_at (datetime.datetime | None): End of reply_due_on (23:59:59 China time) while a reply is awaited; else null
            overdue (bool):
            due_soon (bool):
            objection (None | str):
            review_outcome (None | RecommendationReviewOutcomeType1 | RecommendationReviewOutcomeType2Type1 |
                RecommendationReviewOutcomeType3Type1):
            review_reason (None | str):
            replied_at (datetime.datetime | None):
            replied_on_time (bool | None):
            reply_measures (None | str):
            followed_up_on (datetime.date | None):
            adoption (None | RecommendationAdoptionType1 | RecommendationAdoptionType2Type1 |
                RecommendationAdoptionType3Type1):
            escalated_to (list[CopyBody] | None):
            withdrawal_reason (None | str):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: UUID
    document_number: str
    kind: RecommendationKind
    status: RecommendationStatus
    issuer_agency: str
    recipient_agency: str
    title: str
    facts: str
    legal_basis: str
    requested_measures: str
    harm_spreading: bool
    copies_to: list[CopyTo]
    hazards: list[Hazard]
    served_on: datetime.date | None
    service_method: None | RecommendationServiceMethodType1 | RecommendationServiceMethodType2Type1 | RecommendationServiceMethodType3Type1
    objection_due_on: datetime.date | None
    reply_due_on: datetime.date | None
    due_at: datetime.datetime | None
    overdue: bool
    due_soon: bool
    objection: None | str
    review_outcome: None | RecommendationReviewOutcomeType1 | RecommendationReviewOutcomeType2Type1 | RecommendationReviewOutcomeType3Type1
    review_reason: None | str
    replied_at: datetime.datetime | None
    replied_on_time: bool | None
    reply_measures: None | str
    followed_up_on: datetime.date | None
    adoption: None | RecommendationAdoptionType1 | RecommendationAdoptionType2Type1 | RecommendationAdoptionType3Type1
    escalated_to: list[CopyBody] | None
    withdrawal_reason: None | str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.copy_to import CopyTo # noqa: PLC0415
        from ..models.hazard import Hazard # noqa: PLC0415
        id = str(self.id)

        document_number = self.document_number

        kind = self.kind.value

        status = self.status.value

        issuer_agency = self.issuer_agency

        recipient_agency = self.recipient_agency

        title = self.title

        facts = self.facts

        legal_basis = self.legal_basis

        requested_measures = self.requested_measures

        harm_spreading = self.harm_spreading

        copies_to = []
        for copies_to_item_data in self.copies_to:
            copies_to_item = copies_to_item_data.to_dict()
            copies_to.append(copies_to_item)



        hazards = []
        for hazards_item_data in self.hazards:
            hazards_item = hazards_item_data.to_dict()
            hazards.append(hazards_item)



        served_on: None | str
        if isinstance(self.served_on, datetime.date):
            served_on = self.served_on.isoformat()
        else:
            served_on = self.served_on

        service_method: None | str
        if isinstance(self.service_method, RecommendationServiceMethodType1):
            service_method = self.service_method.value
        elif isinstance(self.service_method, RecommendationServiceMethodType2Type1):
            service_method = self.service_method.value
        elif isinstance(self.service_method, RecommendationServiceMethodType3Type1):
            service_method = self.service_method.value
        else:
            service_method = self.service_method

        objection_due_on: None | str
        if isinstance(self.objection_due_on, datetime.date):
            objection_due_on = self.objection_due_on.isoformat()
        else:
            objection_due_on = self.objection_due_on

        reply_due_on: None | str
        if isinstance(self.reply_due_on, datetime.date):
            reply_due_on = self.reply_due_on.isoformat()
        else:
            reply_due_on = self.reply_due_on

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        overdue = self.overdue

        due_soon = self.due_soon

        objection: None | str
        objection = self.objection

        review_outcome: None | str
        if isinstance(self.review_outcome, RecommendationReviewOutcomeType1):
            review_outcome = self.review_outcome.value
        elif isinstance(self.review_outcome, RecommendationReviewOutcomeType2Type1):
            review_outcome = self.review_outcome.value
        elif isinstance(self.review_outcome, RecommendationReviewOutcomeType3Type1):
            review_outcome = self.review_outcome.value
        else:
            review_outcome = self.review_outcome

        review_reason: None | str
        review_reason = self.review_reason

        replied_at: None | str
        if isinstance(self.replied_at, datetime.datetime):
            replied_at = self.replied_at.isoformat()
        else:
            replied_at = self.replied_at

        replied_on_time: bool | None
        replied_on_time = self.replied_on_time

        reply_measures: None | str
        reply_measures = self.reply_measures

        followed_up_on: None | str
        if isinstance(self.followed_up_on, datetime.date):
            followed_up_on = self.followed_up_on.isoformat()
        else:
            followed_up_on = self.followed_up_on

        adoption: None | str
        if isinstance(self.adoption, RecommendationAdoptionType1):
            adoption = self.adoption.value
        elif isinstance(self.adoption, RecommendationAdoptionType2Type1):
            adoption = self.adoption.value
        elif isinstance(self.adoption, RecommendationAdoptionType3Type1):
            adoption = self.adoption.value
        else:
            adoption = self.adoption

        escalated_to: list[str] | None
        if isinstance(self.escalated_to, list):
            escalated_to = []
            for escalated_to_type_0_item_data in self.escalated_to:
                escalated_to_type_0_item = escalated_to_type_0_item_data.value
                escalated_to.append(escalated_to_type_0_item)


        else:
            escalated_to = self.escalated_to

        withdrawal_reason: None | str
        withdrawal_reason = self.withdrawal_reason

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "document_number": document_number,
            "kind": kind,
            "status": status,
            "issuer_agency": issuer_agency,
            "recipient_agency": recipient_agency,
            "title": title,
            "facts": facts,
            "legal_basis": legal_basis,
            "requested_measures": requested_measures,
            "harm_spreading": harm_spreading,
            "copies_to": copies_to,
            "hazards": hazards,
            "served_on": served_on,
            "service_method": service_method,
            "objection_due_on": objection_due_on,
            "reply_due_on": reply_due_on,
            "due_at": due_at,
            "overdue": overdue,
            "due_soon": due_soon,
            "objection": objection,
            "review_outcome": review_outcome,
            "review_reason": review_reason,
            "replied_at": replied_at,
            "replied_on_time": replied_on_time,
            "reply_measures": reply_measures,
            "followed_up_on": followed_up_on,
            "adoption": adoption,
            "escalated_to": escalated_to,
            "withdrawal_reason": withdrawal_reason,
            "version": version,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.copy_to import CopyTo # noqa: PLC0415
        from ..models.hazard import Hazard # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        document_number = d.pop("document_number")

        kind = RecommendationKind(d.pop("kind"))




        status = RecommendationStatus(d.pop("status"))




        issuer_agency = d.pop("issuer_agency")

        recipient_agency = d.pop("recipient_agency")

        title = d.pop("title")

        facts = d.pop("facts")

        legal_basis = d.pop("legal_basis")

        requested_measures = d.pop("requested_measures")

        harm_spreading = d.pop("harm_spreading")

        copies_to = []
        _copies_to = d.pop("copies_to")
        for copies_to_item_data in (_copies_to):
            copies_to_item = CopyTo.from_dict(copies_to_item_data)



            copies_to.append(copies_to_item)


        hazards = []
        _hazards = d.pop("hazards")
        for hazards_item_data in (_hazards):
            hazards_item = Hazard.from_dict(hazards_item_data)



            hazards.append(hazards_item)


        def _parse_served_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                served_on_type_0 = datetime.date.fromisoformat(data)



                return served_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        served_on = _parse_served_on(d.pop("served_on"))


        def _parse_service_method(data: object) -> None | RecommendationServiceMethodType1 | RecommendationServiceMethodType2Type1 | RecommendationServiceMethodType3Type1:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_method_type_1 = RecommendationServiceMethodType1(data)



                return service_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_method_type_2_type_1 = RecommendationServiceMethodType2Type1(data)



                return service_method_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_method_type_3_type_1 = RecommendationServiceMethodType3Type1(data)



                return service_method_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecommendationServiceMethodType1 | RecommendationServiceMethodType2Type1 | RecommendationServiceMethodType3Type1, data)

        service_method = _parse_service_method(d.pop("service_method"))


        def _parse_objection_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                objection_due_on_type_0 = datetime.date.fromisoformat(data)



                return objection_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        objection_due_on = _parse_objection_due_on(d.pop("objection_due_on"))


        def _parse_reply_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reply_due_on_type_0 = datetime.date.fromisoformat(data)



                return reply_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        reply_due_on = _parse_reply_due_on(d.pop("reply_due_on"))


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


        overdue = d.pop("overdue")

        due_soon = d.pop("due_soon")

        def _parse_objection(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        objection = _parse_objection(d.pop("objection"))


        def _parse_review_outcome(data: object) -> None | RecommendationReviewOutcomeType1 | RecommendationReviewOutcomeType2Type1 | RecommendationReviewOutcomeType3Type1:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_outcome_type_1 = RecommendationReviewOutcomeType1(data)



                return review_outcome_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_outcome_type_2_type_1 = RecommendationReviewOutcomeType2Type1(data)



                return review_outcome_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_outcome_type_3_type_1 = RecommendationReviewOutcomeType3Type1(data)



                return review_outcome_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecommendationReviewOutcomeType1 | RecommendationReviewOutcomeType2Type1 | RecommendationReviewOutcomeType3Type1, data)

        review_outcome = _parse_review_outcome(d.pop("review_outcome"))


        def _parse_review_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_reason = _parse_review_reason(d.pop("review_reason"))


        def _parse_replied_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replied_at_type_0 = datetime.datetime.fromisoformat(data)



                return replied_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        replied_at = _parse_replied_at(d.pop("replied_at"))


        def _parse_replied_on_time(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        replied_on_time = _parse_replied_on_time(d.pop("replied_on_time"))


        def _parse_reply_measures(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reply_measures = _parse_reply_measures(d.pop("reply_measures"))


        def _parse_followed_up_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                followed_up_on_type_0 = datetime.date.fromisoformat(data)



                return followed_up_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        followed_up_on = _parse_followed_up_on(d.pop("followed_up_on"))


        def _parse_adoption(data: object) -> None | RecommendationAdoptionType1 | RecommendationAdoptionType2Type1 | RecommendationAdoptionType3Type1:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                adoption_type_1 = RecommendationAdoptionType1(data)



                return adoption_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                adoption_type_2_type_1 = RecommendationAdoptionType2Type1(data)



                return adoption_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                adoption_type_3_type_1 = RecommendationAdoptionType3Type1(data)



                return adoption_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecommendationAdoptionType1 | RecommendationAdoptionType2Type1 | RecommendationAdoptionType3Type1, data)

        adoption = _parse_adoption(d.pop("adoption"))


        def _parse_escalated_to(data: object) -> list[CopyBody] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                escalated_to_type_0 = []
                _escalated_to_type_0 = data
                for escalated_to_type_0_item_data in (_escalated_to_type_0):
                    escalated_to_type_0_item = CopyBody(escalated_to_type_0_item_data)



                    escalated_to_type_0.append(escalated_to_type_0_item)

                return escalated_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CopyBody] | None, data)

        escalated_to = _parse_escalated_to(d.pop("escalated_to"))


        def _parse_withdrawal_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        withdrawal_reason = _parse_withdrawal_reason(d.pop("withdrawal_reason"))


        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        recommendation = cls(
            id=id,
            document_number=document_number,
            kind=kind,
            status=status,
            issuer_agency=issuer_agency,
            recipient_agency=recipient_agency,
            title=title,
            facts=facts,
            legal_basis=legal_basis,
            requested_measures=requested_measures,
            harm_spreading=harm_spreading,
            copies_to=copies_to,
            hazards=hazards,
            served_on=served_on,
            service_method=service_method,
            objection_due_on=objection_due_on,
            reply_due_on=reply_due_on,
            due_at=due_at,
            overdue=overdue,
            due_soon=due_soon,
            objection=objection,
            review_outcome=review_outcome,
            review_reason=review_reason,
            replied_at=replied_at,
            replied_on_time=replied_on_time,
            reply_measures=reply_measures,
            followed_up_on=followed_up_on,
            adoption=adoption,
            escalated_to=escalated_to,
            withdrawal_reason=withdrawal_reason,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        return recommendation

