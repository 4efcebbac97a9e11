from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AuditInclusionProof")



@_attrs_define
class AuditInclusionProof:
    """ 
        Attributes:
            seq (int):
            leaf_index (int):
            tree_size (int):
            leaf_hash (str):
            root_hash (str):
            hashes (list[str]):
     """

    seq: int
    leaf_index: int
    tree_size: int
    leaf_hash: str
    root_hash: str
    hashes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        leaf_index = self.leaf_index

        tree_size = self.tree_size

        leaf_hash = self.leaf_hash

        root_hash = self.root_hash

        hashes = self.hashes




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "seq": seq,
            "leaf_index": leaf_index,
            "tree_size": tree_size,
            "leaf_hash": leaf_hash,
            "root_hash": root_hash,
            "hashes": hashes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seq = d.pop("seq")

        leaf_index = d.pop("leaf_index")

        tree_size = d.pop("tree_size")

        leaf_hash = d.pop("leaf_hash")

        root_hash = d.pop("root_hash")

        hashes = cast(list[str], d.pop("hashes"))


        audit_inclusion_proof = cls(
            seq=seq,
            leaf_index=leaf_index,
            tree_size=tree_size,
            leaf_hash=leaf_hash,
            root_hash=root_hash,
            hashes=hashes,
        )


        audit_inclusion_proof.additional_properties = d
        return audit_inclusion_proof

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
