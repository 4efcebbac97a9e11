from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.referral_action_close_action import ReferralActionCloseAction
from ..types import UNSET, Unset






T = TypeVar("T", bound="ReferralActionClose")



@_attrs_define
class ReferralActionClose:
    """ close with the outcome (结案)

        Attributes:
            action (ReferralActionCloseAction):
            outcome (str):  Example: 已立案侦查.
            reason (str | Unset):  Example: 经审查，现有证据不足以证明存在犯罪事实.
     """

    action: ReferralActionCloseAction
    outcome: str
    reason: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        outcome = self.outcome

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
            "outcome": outcome,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ReferralActionCloseAction(d.pop("action"))




        outcome = d.pop("outcome")

        reason = d.pop("reason", UNSET)

        referral_action_close = cls(
            action=action,
            outcome=outcome,
            reason=reason,
        )

        return referral_action_close

