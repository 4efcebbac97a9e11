from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="RecordContentPenaltyType0")



@_attrs_define
class RecordContentPenaltyType0:
    """ 
        Attributes:
            type_ (str):
            amount_yuan (None | str):
     """

    type_: str
    amount_yuan: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        amount_yuan: None | str
        amount_yuan = self.amount_yuan


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "type": type_,
            "amount_yuan": amount_yuan,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_amount_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount_yuan = _parse_amount_yuan(d.pop("amount_yuan"))


        record_content_penalty_type_0 = cls(
            type_=type_,
            amount_yuan=amount_yuan,
        )


        record_content_penalty_type_0.additional_properties = d
        return record_content_penalty_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
