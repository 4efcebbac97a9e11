from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.referral_action_action import ReferralActionAction
from ..types import UNSET, Unset






T = TypeVar("T", bound="ReferralAction")



@_attrs_define
class ReferralAction:
    """ 
        Attributes:
            action (ReferralActionAction):
            reason (str | Unset):  Example: 经审查，现有证据不足以证明存在犯罪事实.
            to_agency (str | Unset): forward only Example: HD-XFJY.
            outcome (str | Unset): close only Example: 已立案侦查.
     """

    action: ReferralActionAction
    reason: str | Unset = UNSET
    to_agency: str | Unset = UNSET
    outcome: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        reason = self.reason

        to_agency = self.to_agency

        outcome = self.outcome


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if to_agency is not UNSET:
            field_dict["to_agency"] = to_agency
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ReferralActionAction(d.pop("action"))




        reason = d.pop("reason", UNSET)

        to_agency = d.pop("to_agency", UNSET)

        outcome = d.pop("outcome", UNSET)

        referral_action = cls(
            action=action,
            reason=reason,
            to_agency=to_agency,
            outcome=outcome,
        )

        return referral_action

