from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.party_kind import PartyKind
from ..models.party_role import PartyRole
from ..types import UNSET, Unset






T = TypeVar("T", bound="Party")



@_attrs_define
class Party:
    """ An organization may carry `uscc` (统一社会信用代码, check character mod 31); a person may
    carry `resident_id` (居民身份证号码, check digit mod 11, birth date checked). Both are
    stored upper-case. `resident_id` is masked for callers other than source and recipient.

        Attributes:
            kind (PartyKind):
            role (PartyRole):
            name (str):  Example: 天津某化工有限公司.
            uscc (str | Unset):  Example: 91120102MA05L2XK3F.
            resident_id (str | Unset):  Example: 1201**********1230.
     """

    kind: PartyKind
    role: PartyRole
    name: str
    uscc: str | Unset = UNSET
    resident_id: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        role = self.role.value

        name = self.name

        uscc = self.uscc

        resident_id = self.resident_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "role": role,
            "name": name,
        })
        if uscc is not UNSET:
            field_dict["uscc"] = uscc
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = PartyKind(d.pop("kind"))




        role = PartyRole(d.pop("role"))




        name = d.pop("name")

        uscc = d.pop("uscc", UNSET)

        resident_id = d.pop("resident_id", UNSET)

        party = cls(
            kind=kind,
            role=role,
            name=name,
            uscc=uscc,
            resident_id=resident_id,
        )

        return party

