from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RecommendationCounts")



@_attrs_define
class RecommendationCounts:
    """ 
        Attributes:
            issued (int): Served
            replied_on_time (int):
            replied_late (int):
            adopted (int):
            partly_adopted (int):
            hazards (int):
            hazards_rectified (int):
     """

    issued: int
    replied_on_time: int
    replied_late: int
    adopted: int
    partly_adopted: int
    hazards: int
    hazards_rectified: int





    def to_dict(self) -> dict[str, Any]:
        issued = self.issued

        replied_on_time = self.replied_on_time

        replied_late = self.replied_late

        adopted = self.adopted

        partly_adopted = self.partly_adopted

        hazards = self.hazards

        hazards_rectified = self.hazards_rectified


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "issued": issued,
            "replied_on_time": replied_on_time,
            "replied_late": replied_late,
            "adopted": adopted,
            "partly_adopted": partly_adopted,
            "hazards": hazards,
            "hazards_rectified": hazards_rectified,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issued = d.pop("issued")

        replied_on_time = d.pop("replied_on_time")

        replied_late = d.pop("replied_late")

        adopted = d.pop("adopted")

        partly_adopted = d.pop("partly_adopted")

        hazards = d.pop("hazards")

        hazards_rectified = d.pop("hazards_rectified")

        recommendation_counts = cls(
            issued=issued,
            replied_on_time=replied_on_time,
            replied_late=replied_late,
            adopted=adopted,
            partly_adopted=partly_adopted,
            hazards=hazards,
            hazards_rectified=hazards_rectified,
        )

        return recommendation_counts

