from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Contact")



@_attrs_define
class Contact:
    """ The handling officer named on the transfer letter (承办人及联系电话)

        Attributes:
            name (str):  Example: 李四.
            phone (str): Digits, spaces, + - ( ); 5 to 30 characters Example: 022-24123456.
     """

    name: str
    phone: str





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone = self.phone


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "phone": phone,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        phone = d.pop("phone")

        contact = cls(
            name=name,
            phone=phone,
        )

        return contact

