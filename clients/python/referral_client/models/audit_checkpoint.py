from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AuditCheckpoint")



@_attrs_define
class AuditCheckpoint:
    """ 
        Attributes:
            origin (str):  Example: referral-service/access-log.
            tree_size (int):
            root_hash (str): Base64 RFC 9162 tree head
            timestamp (datetime.datetime): When the service signed it (not itself signed)
            key_id (str): Hex of the 4-byte signed-note key id
            signature (str): Base64 of key id || signature, as in the note's signature line
            note (str): The signed note itself (text/plain form)
     """

    origin: str
    tree_size: int
    root_hash: str
    timestamp: datetime.datetime
    key_id: str
    signature: str
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        origin = self.origin

        tree_size = self.tree_size

        root_hash = self.root_hash

        timestamp = self.timestamp.isoformat()

        key_id = self.key_id

        signature = self.signature

        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "origin": origin,
            "tree_size": tree_size,
            "root_hash": root_hash,
            "timestamp": timestamp,
            "key_id": key_id,
            "signature": signature,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        origin = d.pop("origin")

        tree_size = d.pop("tree_size")

        root_hash = d.pop("root_hash")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))




        key_id = d.pop("key_id")

        signature = d.pop("signature")

        note = d.pop("note")

        audit_checkpoint = cls(
            origin=origin,
            tree_size=tree_size,
            root_hash=root_hash,
            timestamp=timestamp,
            key_id=key_id,
            signature=signature,
            note=note,
        )


        audit_checkpoint.additional_properties = d
        return audit_checkpoint

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
