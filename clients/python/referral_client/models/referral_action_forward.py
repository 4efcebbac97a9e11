from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.referral_action_forward_action import ReferralActionForwardAction
from ..types import UNSET, Unset






T = TypeVar("T", bound="ReferralActionForward")



@_attrs_define
class ReferralActionForward:
    """ forward to the agency that has jurisdiction (移送管辖)

        Attributes:
            action (ReferralActionForwardAction):
            to_agency (str): An agency's code in the directory Example: HD-YJJ.
            reason (str | Unset):  Example: 经审查，现有证据不足以证明存在犯罪事实.
     """

    action: ReferralActionForwardAction
    to_agency: str
    reason: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        to_agency = self.to_agency

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
            "to_agency": to_agency,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ReferralActionForwardAction(d.pop("action"))




        to_agency = d.pop("to_agency")

        reason = d.pop("reason", UNSET)

        referral_action_forward = cls(
            action=action,
            to_agency=to_agency,
            reason=reason,
        )

        return referral_action_forward

