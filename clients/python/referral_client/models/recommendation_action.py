from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.copy_body import CopyBody
from ..models.recommendation_action_action import RecommendationActionAction
from ..models.recommendation_action_adoption import RecommendationActionAdoption
from ..models.recommendation_action_review_outcome import RecommendationActionReviewOutcome
from ..models.recommendation_action_service_method import RecommendationActionServiceMethod
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.hazard_result import HazardResult





T = TypeVar("T", bound="RecommendationAction")



@_attrs_define
class RecommendationAction:
    """ 
        Attributes:
            action (RecommendationActionAction):
            reason (str | Unset):
            served_on (datetime.date | Unset): serve; not after today
            service_method (RecommendationActionServiceMethod | Unset): serve
            review_outcome (RecommendationActionReviewOutcome | Unset): review
            requested_measures (str | Unset): review when amended
            measures (str | Unset): reply: the measures taken
            hazards (list[HazardResult] | Unset): reply and follow_up: one per hazard
            followed_up_on (datetime.date | Unset): follow_up; not after today
            adoption (RecommendationActionAdoption | Unset): close
            escalated_to (list[CopyBody] | Unset): escalate
     """

    action: RecommendationActionAction
    reason: str | Unset = UNSET
    served_on: datetime.date | Unset = UNSET
    service_method: RecommendationActionServiceMethod | Unset = UNSET
    review_outcome: RecommendationActionReviewOutcome | Unset = UNSET
    requested_measures: str | Unset = UNSET
    measures: str | Unset = UNSET
    hazards: list[HazardResult] | Unset = UNSET
    followed_up_on: datetime.date | Unset = UNSET
    adoption: RecommendationActionAdoption | Unset = UNSET
    escalated_to: list[CopyBody] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.hazard_result import HazardResult # noqa: PLC0415
        action = self.action.value

        reason = self.reason

        served_on: str | Unset = UNSET
        if not isinstance(self.served_on, Unset):
            served_on = self.served_on.isoformat()

        service_method: str | Unset = UNSET
        if not isinstance(self.service_method, Unset):
            service_method = self.service_method.value


        review_outcome: str | Unset = UNSET
        if not isinstance(self.review_outcome, Unset):
            review_outcome = self.review_outcome.value


        requested_measures = self.requested_measures

        measures = self.measures

        hazards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hazards, Unset):
            hazards = []
            for hazards_item_data in self.hazards:
                hazards_item = hazards_item_data.to_dict()
                hazards.append(hazards_item)



        followed_up_on: str | Unset = UNSET
        if not isinstance(self.followed_up_on, Unset):
            followed_up_on = self.followed_up_on.isoformat()

        adoption: str | Unset = UNSET
        if not isinstance(self.adoption, Unset):
            adoption = self.adoption.value


        escalated_to: list[str] | Unset = UNSET
        if not isinstance(self.escalated_to, Unset):
            escalated_to = []
            for escalated_to_item_data in self.escalated_to:
                escalated_to_item = escalated_to_item_data.value
                escalated_to.append(escalated_to_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if served_on is not UNSET:
            field_dict["served_on"] = served_on
        if service_method is not UNSET:
            field_dict["service_method"] = service_method
        if review_outcome is not UNSET:
            field_dict["review_outcome"] = review_outcome
        if requested_measures is not UNSET:
            field_dict["requested_measures"] = requested_measures
        if measures is not UNSET:
            field_dict["measures"] = measures
        if hazards is not UNSET:
            field_dict["hazards"] = hazards
        if followed_up_on is not UNSET:
            field_dict["followed_up_on"] = followed_up_on
        if adoption is not UNSET:
            field_dict["adoption"] = adoption
        if escalated_to is not UNSET:
            field_dict["escalated_to"] = escalated_to

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hazard_result import HazardResult # noqa: PLC0415
        d = dict(src_dict)
        action = RecommendationActionAction(d.pop("action"))




        reason = d.pop("reason", UNSET)

        _served_on = d.pop("served_on", UNSET)
        served_on: datetime.date | Unset
        if isinstance(_served_on,  Unset):
            served_on = UNSET
        else:
            served_on = datetime.date.fromisoformat(_served_on)




        _service_method = d.pop("service_method", UNSET)
        service_method: RecommendationActionServiceMethod | Unset
        if isinstance(_service_method,  Unset):
            service_method = UNSET
        else:
            service_method = RecommendationActionServiceMethod(_service_method)




        _review_outcome = d.pop("review_outcome", UNSET)
        review_outcome: RecommendationActionReviewOutcome | Unset
        if isinstance(_review_outcome,  Unset):
            review_outcome = UNSET
        else:
            review_outcome = RecommendationActionReviewOutcome(_review_outcome)




        requested_measures = d.pop("requested_measures", UNSET)

        measures = d.pop("measures", UNSET)

        _hazards = d.pop("hazards", UNSET)
        hazards: list[HazardResult] | Unset = UNSET
        if _hazards is not UNSET:
            hazards = []
            for hazards_item_data in _hazards:
                hazards_item = HazardResult.from_dict(hazards_item_data)



                hazards.append(hazards_item)


        _followed_up_on = d.pop("followed_up_on", UNSET)
        followed_up_on: datetime.date | Unset
        if isinstance(_followed_up_on,  Unset):
            followed_up_on = UNSET
        else:
            followed_up_on = datetime.date.fromisoformat(_followed_up_on)




        _adoption = d.pop("adoption", UNSET)
        adoption: RecommendationActionAdoption | Unset
        if isinstance(_adoption,  Unset):
            adoption = UNSET
        else:
            adoption = RecommendationActionAdoption(_adoption)




        _escalated_to = d.pop("escalated_to", UNSET)
        escalated_to: list[CopyBody] | Unset = UNSET
        if _escalated_to is not UNSET:
            escalated_to = []
            for escalated_to_item_data in _escalated_to:
                escalated_to_item = CopyBody(escalated_to_item_data)



                escalated_to.append(escalated_to_item)


        recommendation_action = cls(
            action=action,
            reason=reason,
            served_on=served_on,
            service_method=service_method,
            review_outcome=review_outcome,
            requested_measures=requested_measures,
            measures=measures,
            hazards=hazards,
            followed_up_on=followed_up_on,
            adoption=adoption,
            escalated_to=escalated_to,
        )

        return recommendation_action

