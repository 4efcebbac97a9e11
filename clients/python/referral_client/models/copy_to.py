from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.copy_body import CopyBody






T = TypeVar("T", bound="CopyTo")



@_attrs_define
class CopyTo:
    """ 
        Attributes:
            body (CopyBody): `party_committee` 党委, `people_congress` 人大, `government` 政府, `discipline_commission` 纪委监委,
                `other`
            name (str):  Example: 天津市河东区人民政府.
     """

    body: CopyBody
    name: str





    def to_dict(self) -> dict[str, Any]:
        body = self.body.value

        name = self.name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "body": body,
            "name": name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = CopyBody(d.pop("body"))




        name = d.pop("name")

        copy_to = cls(
            body=body,
            name=name,
        )

        return copy_to

