from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.agency_kind import AgencyKind






T = TypeVar("T", bound="Agency")



@_attrs_define
class Agency:
    """ 
        Attributes:
            code (str):  Example: HD-YJJ.
            name (str):  Example: 天津市河东区应急管理局.
            kind (AgencyKind):
            division_code (str):  Example: 120102.
     """

    code: str
    name: str
    kind: AgencyKind
    division_code: str





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        kind = self.kind.value

        division_code = self.division_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "name": name,
            "kind": kind,
            "division_code": division_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        kind = AgencyKind(d.pop("kind"))




        division_code = d.pop("division_code")

        agency = cls(
            code=code,
            name=name,
            kind=kind,
            division_code=division_code,
        )

        return agency

