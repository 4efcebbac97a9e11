from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ServerMetadata")



@_attrs_define
class ServerMetadata:
    """ 
        Attributes:
            issuer (str):
            token_endpoint (str):
            grant_types_supported (list[str]):
            scopes_supported (list[str]):
            revocation_endpoint (str | Unset):
            introspection_endpoint (str | Unset):
            token_endpoint_auth_methods_supported (list[str] | Unset):
            revocation_endpoint_auth_methods_supported (list[str] | Unset):
            introspection_endpoint_auth_methods_supported (list[str] | Unset):
            response_types_supported (list[str] | Unset):
            service_documentation (str | Unset):
     """

    issuer: str
    token_endpoint: str
    grant_types_supported: list[str]
    scopes_supported: list[str]
    revocation_endpoint: str | Unset = UNSET
    introspection_endpoint: str | Unset = UNSET
    token_endpoint_auth_methods_supported: list[str] | Unset = UNSET
    revocation_endpoint_auth_methods_supported: list[str] | Unset = UNSET
    introspection_endpoint_auth_methods_supported: list[str] | Unset = UNSET
    response_types_supported: list[str] | Unset = UNSET
    service_documentation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        token_endpoint = self.token_endpoint

        grant_types_supported = self.grant_types_supported



        scopes_supported = self.scopes_supported



        revocation_endpoint = self.revocation_endpoint

        introspection_endpoint = self.introspection_endpoint

        token_endpoint_auth_methods_supported: list[str] | Unset = UNSET
        if not isinstance(self.token_endpoint_auth_methods_supported, Unset):
            token_endpoint_auth_methods_supported = self.token_endpoint_auth_methods_supported



        revocation_endpoint_auth_methods_supported: list[str] | Unset = UNSET
        if not isinstance(self.revocation_endpoint_auth_methods_supported, Unset):
            revocation_endpoint_auth_methods_supported = self.revocation_endpoint_auth_methods_supported



        introspection_endpoint_auth_methods_supported: list[str] | Unset = UNSET
        if not isinstance(self.introspection_endpoint_auth_methods_supported, Unset):
            introspection_endpoint_auth_methods_supported = self.introspection_endpoint_auth_methods_supported



        response_types_supported: list[str] | Unset = UNSET
        if not isinstance(self.response_types_supported, Unset):
            response_types_supported = self.response_types_supported



        service_documentation = self.service_documentation


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "issuer": issuer,
            "token_endpoint": token_endpoint,
            "grant_types_supported": grant_types_supported,
            "scopes_supported": scopes_supported,
        })
        if revocation_endpoint is not UNSET:
            field_dict["revocation_endpoint"] = revocation_endpoint
        if introspection_endpoint is not UNSET:
            field_dict["introspection_endpoint"] = introspection_endpoint
        if token_endpoint_auth_methods_supported is not UNSET:
            field_dict["token_endpoint_auth_methods_supported"] = token_endpoint_auth_methods_supported
        if revocation_endpoint_auth_methods_supported is not UNSET:
            field_dict["revocation_endpoint_auth_methods_supported"] = revocation_endpoint_auth_methods_supported
        if introspection_endpoint_auth_methods_supported is not UNSET:
            field_dict["introspection_endpoint_auth_methods_supported"] = introspection_endpoint_auth_methods_supported
        if response_types_supported is not UNSET:
            field_dict["response_types_supported"] = response_types_supported
        if service_documentation is not UNSET:
            field_dict["service_documentation"] = service_documentation

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuer = d.pop("issuer")

        token_endpoint = d.pop("token_endpoint")

        grant_types_supported = cast(list[str], d.pop("grant_types_supported"))


        scopes_supported = cast(list[str], d.pop("scopes_supported"))


        revocation_endpoint = d.pop("revocation_endpoint", UNSET)

        introspection_endpoint = d.pop("introspection_endpoint", UNSET)

        token_endpoint_auth_methods_supported = cast(list[str], d.pop("token_endpoint_auth_methods_supported", UNSET))


        revocation_endpoint_auth_methods_supported = cast(list[str], d.pop("revocation_endpoint_auth_methods_supported", UNSET))


        introspection_endpoint_auth_methods_supported = cast(list[str], d.pop("introspection_endpoint_auth_methods_supported", UNSET))


        response_types_supported = cast(list[str], d.pop("response_types_supported", UNSET))


        service_documentation = d.pop("service_documentation", UNSET)

        server_metadata = cls(
            issuer=issuer,
            token_endpoint=token_endpoint,
            grant_types_supported=grant_types_supported,
            scopes_supported=scopes_supported,
            revocation_endpoint=revocation_endpoint,
            introspection_endpoint=introspection_endpoint,
            token_endpoint_auth_methods_supported=token_endpoint_auth_methods_supported,
            revocation_endpoint_auth_methods_supported=revocation_endpoint_auth_methods_supported,
            introspection_endpoint_auth_methods_supported=introspection_endpoint_auth_methods_supported,
            response_types_supported=response_types_supported,
            service_documentation=service_documentation,
        )


        server_metadata.additional_properties = d
        return server_metadata

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
