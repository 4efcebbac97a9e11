from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.recommendation_counts import RecommendationCounts
  from ..models.recommendation_stats_by_agency import RecommendationStatsByAgency
  from ..models.recommendation_stats_by_month import RecommendationStatsByMonth





T = TypeVar("T", bound="RecommendationStats")



@_attrs_define
class RecommendationStats:
    """ 
        Attributes:
            year (int | None):
            totals (RecommendationCounts):
            by_agency (RecommendationStatsByAgency):
            by_month (RecommendationStatsByMonth):
     """

    year: int | None
    totals: RecommendationCounts
    by_agency: RecommendationStatsByAgency
    by_month: RecommendationStatsByMonth





    def to_dict(self) -> dict[str, Any]:
        from ..models.recommendation_counts import RecommendationCounts # noqa: PLC0415
        from ..models.recommendation_stats_by_agency import RecommendationStatsByAgency # noqa: PLC0415
        from ..models.recommendation_stats_by_month import RecommendationStatsByMonth # noqa: PLC0415
        year: int | None
        year = self.year

        totals = self.totals.to_dict()

        by_agency = self.by_agency.to_dict()

        by_month = self.by_month.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "year": year,
            "totals": totals,
            "by_agency": by_agency,
            "by_month": by_month,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recommendation_counts import RecommendationCounts # noqa: PLC0415
        from ..models.recommendation_stats_by_agency import RecommendationStatsByAgency # noqa: PLC0415
        from ..models.recommendation_stats_by_month import RecommendationStatsByMonth # noqa: PLC0415
        d = dict(src_dict)
        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))


        totals = RecommendationCounts.from_dict(d.pop("totals"))




        by_agency = RecommendationStatsByAgency.from_dict(d.pop("by_agency"))




        by_month = RecommendationStatsByMonth.from_dict(d.pop("by_month"))




        recommendation_stats = cls(
            year=year,
            totals=totals,
            by_agency=by_agency,
            by_month=by_month,
        )

        return recommendation_stats

