from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AuditVerdict")



@_attrs_define
class AuditVerdict:
    """ 
        Attributes:
            ok (bool):
            checked (int):
            first_broken_id (int | None):
            first_broken_seq (int | None):
            reason (None | str):
     """

    ok: bool
    checked: int
    first_broken_id: int | None
    first_broken_seq: int | None
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        checked = self.checked

        first_broken_id: int | None
        first_broken_id = self.first_broken_id

        first_broken_seq: int | None
        first_broken_seq = self.first_broken_seq

        reason: None | str
        reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ok": ok,
            "checked": checked,
            "first_broken_id": first_broken_id,
            "first_broken_seq": first_broken_seq,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ok = d.pop("ok")

        checked = d.pop("checked")

        def _parse_first_broken_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_broken_id = _parse_first_broken_id(d.pop("first_broken_id"))


        def _parse_first_broken_seq(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_broken_seq = _parse_first_broken_seq(d.pop("first_broken_seq"))


        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        audit_verdict = cls(
            ok=ok,
            checked=checked,
            first_broken_id=first_broken_id,
            first_broken_seq=first_broken_seq,
            reason=reason,
        )


        audit_verdict.additional_properties = d
        return audit_verdict

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
