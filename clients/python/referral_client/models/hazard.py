from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.hazard_category import HazardCategory
from ..models.hazard_status import HazardStatus
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="Hazard")



@_attrs_define
class Hazard:
    """ 
        Attributes:
            id (UUID):
            category (HazardCategory): `fire_safety` 消防安全 (blocked fire exits), `electrical` 用电安全 (飞线充电), `road_transport`
                道路运输 (overloaded freight), `hazardous_chemicals` 危险化学品, `construction` 建筑施工,
                `school_safety` 校园安全 (unguarded power rooms), `food_drug` 食品药品, `environment` 生态环境,
                `gas` 燃气, `special_equipment` 特种设备, `other` 其他
            description (str):
            location (None | str):
            division_code (None | str):
            reply_status (HazardStatus | None): As the recipient's reply states it
            reply_note (None | str):
            finding (HazardStatus | None): As found on site at the follow-up (回头看)
            finding_note (None | str):
     """

    id: UUID
    category: HazardCategory
    description: str
    location: None | str
    division_code: None | str
    reply_status: HazardStatus | None
    reply_note: None | str
    finding: HazardStatus | None
    finding_note: None | str





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        category = self.category.value

        description = self.description

        location: None | str
        location = self.location

        division_code: None | str
        division_code = self.division_code

        reply_status: None | str
        if isinstance(self.reply_status, HazardStatus):
            reply_status = self.reply_status.value
        else:
            reply_status = self.reply_status

        reply_note: None | str
        reply_note = self.reply_note

        finding: None | str
        if isinstance(self.finding, HazardStatus):
            finding = self.finding.value
        else:
            finding = self.finding

        finding_note: None | str
        finding_note = self.finding_note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "category": category,
            "description": description,
            "location": location,
            "division_code": division_code,
            "reply_status": reply_status,
            "reply_note": reply_note,
            "finding": finding,
            "finding_note": finding_note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        category = HazardCategory(d.pop("category"))




        description = d.pop("description")

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))


        def _parse_division_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        division_code = _parse_division_code(d.pop("division_code"))


        def _parse_reply_status(data: object) -> HazardStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reply_status_type_0 = HazardStatus(data)



                return reply_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HazardStatus | None, data)

        reply_status = _parse_reply_status(d.pop("reply_status"))


        def _parse_reply_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reply_note = _parse_reply_note(d.pop("reply_note"))


        def _parse_finding(data: object) -> HazardStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finding_type_0 = HazardStatus(data)



                return finding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HazardStatus | None, data)

        finding = _parse_finding(d.pop("finding"))


        def _parse_finding_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        finding_note = _parse_finding_note(d.pop("finding_note"))


        hazard = cls(
            id=id,
            category=category,
            description=description,
            location=location,
            division_code=division_code,
            reply_status=reply_status,
            reply_note=reply_note,
            finding=finding,
            finding_note=finding_note,
        )

        return hazard

