from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RecordPenalty")



@_attrs_define
class RecordPenalty:
    """ 
        Attributes:
            type_ (str):  Example: 罚款.
            amount_yuan (None | str | Unset):
     """

    type_: str
    amount_yuan: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        amount_yuan: None | str | Unset
        if isinstance(self.amount_yuan, Unset):
            amount_yuan = UNSET
        else:
            amount_yuan = self.amount_yuan


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "type": type_,
        })
        if amount_yuan is not UNSET:
            field_dict["amount_yuan"] = amount_yuan

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_amount_yuan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_yuan = _parse_amount_yuan(d.pop("amount_yuan", UNSET))


        record_penalty = cls(
            type_=type_,
            amount_yuan=amount_yuan,
        )

        return record_penalty

