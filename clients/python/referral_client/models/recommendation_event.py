from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recommendation_status import RecommendationStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.recommendation_event_details import RecommendationEventDetails





T = TypeVar("T", bound="RecommendationEvent")



@_attrs_define
class RecommendationEvent:
    """ 
        Attributes:
            id (int):
            action (str):  Example: serve.
            from_status (None | RecommendationStatus):
            to_status (RecommendationStatus):
            actor_client_id (str):
            actor_agency (str):
            reason (None | str):
            details (RecommendationEventDetails): What the move recorded, e.g. served_on and reply_due_on, adoption
            occurred_at (datetime.datetime):
     """

    id: int
    action: str
    from_status: None | RecommendationStatus
    to_status: RecommendationStatus
    actor_client_id: str
    actor_agency: str
    reason: None | str
    details: RecommendationEventDetails
    occurred_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.recommendation_event_details import RecommendationEventDetails # noqa: PLC0415
        id = self.id

        action = self.action

        from_status: None | str
        if isinstance(self.from_status, RecommendationStatus):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        to_status = self.to_status.value

        actor_client_id = self.actor_client_id

        actor_agency = self.actor_agency

        reason: None | str
        reason = self.reason

        details = self.details.to_dict()

        occurred_at = self.occurred_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "action": action,
            "from_status": from_status,
            "to_status": to_status,
            "actor_client_id": actor_client_id,
            "actor_agency": actor_agency,
            "reason": reason,
            "details": details,
            "occurred_at": occurred_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recommendation_event_details import RecommendationEventDetails # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        action = d.pop("action")

        def _parse_from_status(data: object) -> None | RecommendationStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = RecommendationStatus(data)



                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecommendationStatus, data)

        from_status = _parse_from_status(d.pop("from_status"))


        to_status = RecommendationStatus(d.pop("to_status"))




        actor_client_id = d.pop("actor_client_id")

        actor_agency = d.pop("actor_agency")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        details = RecommendationEventDetails.from_dict(d.pop("details"))




        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        recommendation_event = cls(
            id=id,
            action=action,
            from_status=from_status,
            to_status=to_status,
            actor_client_id=actor_client_id,
            actor_agency=actor_agency,
            reason=reason,
            details=details,
            occurred_at=occurred_at,
        )

        return recommendation_event

