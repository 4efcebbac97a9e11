from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AuditConsistencyProof")



@_attrs_define
class AuditConsistencyProof:
    """ 
        Attributes:
            first (int):
            second (int):
            first_root_hash (str):
            second_root_hash (str):
            hashes (list[str]):
     """

    first: int
    second: int
    first_root_hash: str
    second_root_hash: str
    hashes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        first = self.first

        second = self.second

        first_root_hash = self.first_root_hash

        second_root_hash = self.second_root_hash

        hashes = self.hashes




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "first": first,
            "second": second,
            "first_root_hash": first_root_hash,
            "second_root_hash": second_root_hash,
            "hashes": hashes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first = d.pop("first")

        second = d.pop("second")

        first_root_hash = d.pop("first_root_hash")

        second_root_hash = d.pop("second_root_hash")

        hashes = cast(list[str], d.pop("hashes"))


        audit_consistency_proof = cls(
            first=first,
            second=second,
            first_root_hash=first_root_hash,
            second_root_hash=second_root_hash,
            hashes=hashes,
        )


        audit_consistency_proof.additional_properties = d
        return audit_consistency_proof

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
