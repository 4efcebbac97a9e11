from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.counts import Counts





T = TypeVar("T", bound="StatsRecords")



@_attrs_define
class StatsRecords:
    """ 
        Attributes:
            total (int):
            by_kind (Counts):
            by_flag (Counts):
     """

    total: int
    by_kind: Counts
    by_flag: Counts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.counts import Counts # noqa: PLC0415
        total = self.total

        by_kind = self.by_kind.to_dict()

        by_flag = self.by_flag.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "total": total,
            "by_kind": by_kind,
            "by_flag": by_flag,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.counts import Counts # noqa: PLC0415
        d = dict(src_dict)
        total = d.pop("total")

        by_kind = Counts.from_dict(d.pop("by_kind"))




        by_flag = Counts.from_dict(d.pop("by_flag"))




        stats_records = cls(
            total=total,
            by_kind=by_kind,
            by_flag=by_flag,
        )


        stats_records.additional_properties = d
        return stats_records

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
