from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.audit_verifier_key_algorithm import AuditVerifierKeyAlgorithm
from typing import cast

if TYPE_CHECKING:
  from ..models.audit_verifier_key_jwk import AuditVerifierKeyJwk





T = TypeVar("T", bound="AuditVerifierKey")



@_attrs_define
class AuditVerifierKey:
    """ 
        Attributes:
            key_id (str):
            name (str):
            algorithm (AuditVerifierKeyAlgorithm):
            vkey (str): Signed-note verifier key
            current (bool):
            jwk (AuditVerifierKeyJwk): The public key as a JWK (OKP/Ed25519, or EC with crv SM2)
     """

    key_id: str
    name: str
    algorithm: AuditVerifierKeyAlgorithm
    vkey: str
    current: bool
    jwk: AuditVerifierKeyJwk
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_verifier_key_jwk import AuditVerifierKeyJwk # noqa: PLC0415
        key_id = self.key_id

        name = self.name

        algorithm = self.algorithm.value

        vkey = self.vkey

        current = self.current

        jwk = self.jwk.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "key_id": key_id,
            "name": name,
            "algorithm": algorithm,
            "vkey": vkey,
            "current": current,
            "jwk": jwk,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_verifier_key_jwk import AuditVerifierKeyJwk # noqa: PLC0415
        d = dict(src_dict)
        key_id = d.pop("key_id")

        name = d.pop("name")

        algorithm = AuditVerifierKeyAlgorithm(d.pop("algorithm"))




        vkey = d.pop("vkey")

        current = d.pop("current")

        jwk = AuditVerifierKeyJwk.from_dict(d.pop("jwk"))




        audit_verifier_key = cls(
            key_id=key_id,
            name=name,
            algorithm=algorithm,
            vkey=vkey,
            current=current,
            jwk=jwk,
        )


        audit_verifier_key.additional_properties = d
        return audit_verifier_key

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
