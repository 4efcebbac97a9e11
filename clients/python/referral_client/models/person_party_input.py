from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.party_role import PartyRole
from ..models.person_party_input_kind import PersonPartyInputKind
from ..types import UNSET, Unset






T = TypeVar("T", bound="PersonPartyInput")



@_attrs_define
class PersonPartyInput:
    """ 
        Attributes:
            kind (PersonPartyInputKind):
            role (PartyRole):
            name (str):  Example: 张三.
            resident_id (str | Unset): Resident ID number (居民身份证号码, GB 11643-1999): 17 digits and a check character (mod 11,
                a digit or X) that is verified, with a real birth date from 1900 to today.
                 Example: 120102198001011230.
     """

    kind: PersonPartyInputKind
    role: PartyRole
    name: str
    resident_id: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        role = self.role.value

        name = self.name

        resident_id = self.resident_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "role": role,
            "name": name,
        })
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = PersonPartyInputKind(d.pop("kind"))




        role = PartyRole(d.pop("role"))




        name = d.pop("name")

        resident_id = d.pop("resident_id", UNSET)

        person_party_input = cls(
            kind=kind,
            role=role,
            name=name,
            resident_id=resident_id,
        )

        return person_party_input

