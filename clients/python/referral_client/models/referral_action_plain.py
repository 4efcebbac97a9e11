from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.referral_action_plain_action import ReferralActionPlainAction
from ..types import UNSET, Unset






T = TypeVar("T", bound="ReferralActionPlain")



@_attrs_define
class ReferralActionPlain:
    """ receive, resubmit or accept; a reason is optional

        Attributes:
            action (ReferralActionPlainAction):
            reason (str | Unset):  Example: 经审查，现有证据不足以证明存在犯罪事实.
     """

    action: ReferralActionPlainAction
    reason: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ReferralActionPlainAction(d.pop("action"))




        reason = d.pop("reason", UNSET)

        referral_action_plain = cls(
            action=action,
            reason=reason,
        )

        return referral_action_plain

