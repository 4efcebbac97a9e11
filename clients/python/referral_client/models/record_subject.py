from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RecordSubject")



@_attrs_define
class RecordSubject:
    """ 
        Attributes:
            name (str):  Example: 天津市河东区某某建筑工程有限公司.
            credit_code (None | str | Unset): Unified social credit code (GB 32100-2015), check character verified; absent
                for a natural person
     """

    name: str
    credit_code: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        credit_code: None | str | Unset
        if isinstance(self.credit_code, Unset):
            credit_code = UNSET
        else:
            credit_code = self.credit_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if credit_code is not UNSET:
            field_dict["credit_code"] = credit_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_credit_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_code = _parse_credit_code(d.pop("credit_code", UNSET))


        record_subject = cls(
            name=name,
            credit_code=credit_code,
        )

        return record_subject

