from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.referral_status import ReferralStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ReferralEvent")



@_attrs_define
class ReferralEvent:
    """ 
        Attributes:
            id (int):
            action (str): `submit` for the creation, else a ReferralAction Example: decline.
            from_status (None | ReferralStatus):
            to_status (ReferralStatus):
            actor_client_id (str):
            actor_agency (str):  Example: HD-GAJ.
            reason (None | str):
            to_agency (None | str): forward only
            from_agency (None | str): forward only (the previous recipient)
            outcome (None | str): close only
            due_at (datetime.datetime | None): The deadline this move set
            occurred_at (datetime.datetime):
     """

    id: int
    action: str
    from_status: None | ReferralStatus
    to_status: ReferralStatus
    actor_client_id: str
    actor_agency: str
    reason: None | str
    to_agency: None | str
    from_agency: None | str
    outcome: None | str
    due_at: datetime.datetime | None
    occurred_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = self.action

        from_status: None | str
        if isinstance(self.from_status, ReferralStatus):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        to_status = self.to_status.value

        actor_client_id = self.actor_client_id

        actor_agency = self.actor_agency

        reason: None | str
        reason = self.reason

        to_agency: None | str
        to_agency = self.to_agency

        from_agency: None | str
        from_agency = self.from_agency

        outcome: None | str
        outcome = self.outcome

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

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
            "to_agency": to_agency,
            "from_agency": from_agency,
            "outcome": outcome,
            "due_at": due_at,
            "occurred_at": occurred_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        action = d.pop("action")

        def _parse_from_status(data: object) -> None | ReferralStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = ReferralStatus(data)



                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferralStatus, data)

        from_status = _parse_from_status(d.pop("from_status"))


        to_status = ReferralStatus(d.pop("to_status"))




        actor_client_id = d.pop("actor_client_id")

        actor_agency = d.pop("actor_agency")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_to_agency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_agency = _parse_to_agency(d.pop("to_agency"))


        def _parse_from_agency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_agency = _parse_from_agency(d.pop("from_agency"))


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


        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        referral_event = cls(
            id=id,
            action=action,
            from_status=from_status,
            to_status=to_status,
            actor_client_id=actor_client_id,
            actor_agency=actor_agency,
            reason=reason,
            to_agency=to_agency,
            from_agency=from_agency,
            outcome=outcome,
            due_at=due_at,
            occurred_at=occurred_at,
        )

        return referral_event

