from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.consultation_action_action import ConsultationActionAction
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ConsultationAction")



@_attrs_define
class ConsultationAction:
    """ 
        Attributes:
            action (ConsultationActionAction):
            minutes (str | Unset):
            agreed_plan (str | Unset):
            agreed_rectification_date (datetime.date | Unset):
     """

    action: ConsultationActionAction
    minutes: str | Unset = UNSET
    agreed_plan: str | Unset = UNSET
    agreed_rectification_date: datetime.date | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        minutes = self.minutes

        agreed_plan = self.agreed_plan

        agreed_rectification_date: str | Unset = UNSET
        if not isinstance(self.agreed_rectification_date, Unset):
            agreed_rectification_date = self.agreed_rectification_date.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
        })
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if agreed_plan is not UNSET:
            field_dict["agreed_plan"] = agreed_plan
        if agreed_rectification_date is not UNSET:
            field_dict["agreed_rectification_date"] = agreed_rectification_date

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ConsultationActionAction(d.pop("action"))




        minutes = d.pop("minutes", UNSET)

        agreed_plan = d.pop("agreed_plan", UNSET)

        _agreed_rectification_date = d.pop("agreed_rectification_date", UNSET)
        agreed_rectification_date: datetime.date | Unset
        if isinstance(_agreed_rectification_date,  Unset):
            agreed_rectification_date = UNSET
        else:
            agreed_rectification_date = datetime.date.fromisoformat(_agreed_rectification_date)




        consultation_action = cls(
            action=action,
            minutes=minutes,
            agreed_plan=agreed_plan,
            agreed_rectification_date=agreed_rectification_date,
        )

        return consultation_action

