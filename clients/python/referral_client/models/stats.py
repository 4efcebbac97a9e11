from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.stats_records import StatsRecords
  from ..models.stats_referrals import StatsReferrals





T = TypeVar("T", bound="Stats")



@_attrs_define
class Stats:
    """ 
        Attributes:
            referrals (StatsReferrals):
            records (StatsRecords):
            year (int | None | Unset):
     """

    referrals: StatsReferrals
    records: StatsRecords
    year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.stats_records import StatsRecords # noqa: PLC0415
        from ..models.stats_referrals import StatsReferrals # noqa: PLC0415
        referrals = self.referrals.to_dict()

        records = self.records.to_dict()

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "referrals": referrals,
            "records": records,
        })
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stats_records import StatsRecords # noqa: PLC0415
        from ..models.stats_referrals import StatsReferrals # noqa: PLC0415
        d = dict(src_dict)
        referrals = StatsReferrals.from_dict(d.pop("referrals"))




        records = StatsRecords.from_dict(d.pop("records"))




        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))


        stats = cls(
            referrals=referrals,
            records=records,
            year=year,
        )


        stats.additional_properties = d
        return stats

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
