from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.hazard_category import HazardCategory
from ..types import UNSET, Unset






T = TypeVar("T", bound="HazardInput")



@_attrs_define
class HazardInput:
    """ 
        Attributes:
            category (HazardCategory): `fire_safety` 消防安全 (blocked fire exits), `electrical` 用电安全 (飞线充电), `road_transport`
                道路运输 (overloaded freight), `hazardous_chemicals` 危险化学品, `construction` 建筑施工,
                `school_safety` 校园安全 (unguarded power rooms), `food_drug` 食品药品, `environment` 生态环境,
                `gas` 燃气, `special_equipment` 特种设备, `other` 其他
            description (str):  Example: 消防通道被私家车长期占用.
            location (str | Unset):  Example: 天津市河东区某小区3号楼北侧.
            division_code (str | Unset):  Example: 120102.
     """

    category: HazardCategory
    description: str
    location: str | Unset = UNSET
    division_code: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        description = self.description

        location = self.location

        division_code = self.division_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "category": category,
            "description": description,
        })
        if location is not UNSET:
            field_dict["location"] = location
        if division_code is not UNSET:
            field_dict["division_code"] = division_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = HazardCategory(d.pop("category"))




        description = d.pop("description")

        location = d.pop("location", UNSET)

        division_code = d.pop("division_code", UNSET)

        hazard_input = cls(
            category=category,
            description=description,
            location=location,
            division_code=division_code,
        )

        return hazard_input

