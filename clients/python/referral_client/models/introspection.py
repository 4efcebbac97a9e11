from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Introspection")



@_attrs_define
class Introspection:
    """ 
        Attributes:
            active (bool):
            client_id (str | Unset):
            token_type (str | Unset):
            scope (str | Unset):
            iat (int | Unset):
            exp (int | Unset):
            iss (None | str | Unset):
            agency (str | Unset):
     """

    active: bool
    client_id: str | Unset = UNSET
    token_type: str | Unset = UNSET
    scope: str | Unset = UNSET
    iat: int | Unset = UNSET
    exp: int | Unset = UNSET
    iss: None | str | Unset = UNSET
    agency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        client_id = self.client_id

        token_type = self.token_type

        scope = self.scope

        iat = self.iat

        exp = self.exp

        iss: None | str | Unset
        if isinstance(self.iss, Unset):
            iss = UNSET
        else:
            iss = self.iss

        agency = self.agency


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
        })
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if scope is not UNSET:
            field_dict["scope"] = scope
        if iat is not UNSET:
            field_dict["iat"] = iat
        if exp is not UNSET:
            field_dict["exp"] = exp
        if iss is not UNSET:
            field_dict["iss"] = iss
        if agency is not UNSET:
            field_dict["agency"] = agency

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        client_id = d.pop("client_id", UNSET)

        token_type = d.pop("token_type", UNSET)

        scope = d.pop("scope", UNSET)

        iat = d.pop("iat", UNSET)

        exp = d.pop("exp", UNSET)

        def _parse_iss(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iss = _parse_iss(d.pop("iss", UNSET))


        agency = d.pop("agency", UNSET)

        introspection = cls(
            active=active,
            client_id=client_id,
            token_type=token_type,
            scope=scope,
            iat=iat,
            exp=exp,
            iss=iss,
            agency=agency,
        )


        introspection.additional_properties = d
        return introspection

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
