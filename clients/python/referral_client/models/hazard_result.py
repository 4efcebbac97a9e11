from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.hazard_status import HazardStatus
from ..types import UNSET, Unset






T = TypeVar("T", bound="HazardResult")



@_attrs_define
class HazardResult:
    """ 
        Attributes:
            id (str): The hazard's id
            status (HazardStatus): `rectified` 已整改, `in_progress` 整改中, `not_rectified` 未整改
            note (str | Unset):
     """

    id: str
    status: HazardStatus
    note: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "status": status,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = HazardStatus(d.pop("status"))




        note = d.pop("note", UNSET)

        hazard_result = cls(
            id=id,
            status=status,
            note=note,
        )

        return hazard_result

