from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.referral_action_with_reason_action import ReferralActionWithReasonAction






T = TypeVar("T", bound="ReferralActionWithReason")



@_attrs_define
class ReferralActionWithReason:
    """ return, withdraw, decline, request_reconsideration, request_supervision or notify_filing

        Attributes:
            action (ReferralActionWithReasonAction):
            reason (str):  Example: 经审查，现有证据不足以证明存在犯罪事实.
     """

    action: ReferralActionWithReasonAction
    reason: str





    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ReferralActionWithReasonAction(d.pop("action"))




        reason = d.pop("reason")

        referral_action_with_reason = cls(
            action=action,
            reason=reason,
        )

        return referral_action_with_reason

