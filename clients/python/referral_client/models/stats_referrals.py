from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.counts import Counts





T = TypeVar("T", bound="StatsReferrals")



@_attrs_define
class StatsReferrals:
    """ 
        Attributes:
            total (int):
            by_category (Counts):
            by_status (Counts):
            by_source_agency (Counts):
            by_recipient_agency (Counts):
            by_month (Counts):
     """

    total: int
    by_category: Counts
    by_status: Counts
    by_source_agency: Counts
    by_recipient_agency: Counts
    by_month: Counts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.counts import Counts # noqa: PLC0415
        total = self.total

        by_category = self.by_category.to_dict()

        by_status = self.by_status.to_dict()

        by_source_agency = self.by_source_agency.to_dict()

        by_recipient_agency = self.by_recipient_agency.to_dict()

        by_month = self.by_month.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "total": total,
            "by_category": by_category,
            "by_status": by_status,
            "by_source_agency": by_source_agency,
            "by_recipient_agency": by_recipient_agency,
            "by_month": by_month,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.counts import Counts # noqa: PLC0415
        d = dict(src_dict)
        total = d.pop("total")

        by_category = Counts.from_dict(d.pop("by_category"))




        by_status = Counts.from_dict(d.pop("by_status"))




        by_source_agency = Counts.from_dict(d.pop("by_source_agency"))




        by_recipient_agency = Counts.from_dict(d.pop("by_recipient_agency"))




        by_month = Counts.from_dict(d.pop("by_month"))




        stats_referrals = cls(
            total=total,
            by_category=by_category,
            by_status=by_status,
            by_source_agency=by_source_agency,
            by_recipient_agency=by_recipient_agency,
            by_month=by_month,
        )


        stats_referrals.additional_properties = d
        return stats_referrals

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
