from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.organization_party_input_kind import OrganizationPartyInputKind
from ..models.party_role import PartyRole
from ..types import UNSET, Unset






T = TypeVar("T", bound="OrganizationPartyInput")



@_attrs_define
class OrganizationPartyInput:
    """ 
        Attributes:
            kind (OrganizationPartyInputKind):
            role (PartyRole):
            name (str):  Example: 天津某化工有限公司.
            uscc (str | Unset): Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the 18th a check
                character (mod 31) that is verified; letters in either case, stored upper-case.
                 Example: 91120102MA05L2XK3F.
     """

    kind: OrganizationPartyInputKind
    role: PartyRole
    name: str
    uscc: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        role = self.role.value

        name = self.name

        uscc = self.uscc


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "role": role,
            "name": name,
        })
        if uscc is not UNSET:
            field_dict["uscc"] = uscc

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = OrganizationPartyInputKind(d.pop("kind"))




        role = PartyRole(d.pop("role"))




        name = d.pop("name")

        uscc = d.pop("uscc", UNSET)

        organization_party_input = cls(
            kind=kind,
            role=role,
            name=name,
            uscc=uscc,
        )

        return organization_party_input

