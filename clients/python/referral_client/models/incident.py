from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="Incident")



@_attrs_define
class Incident:
    """ 
        Attributes:
            occurred_at (datetime.datetime): With its UTC offset; not in the future
            division_code (None | str | Unset):  Example: 120102.
            address (None | str | Unset):  Example: 天津市河东区津塘路88号.
            deaths (int | Unset):  Default: 0.
            serious_injuries (int | Unset):  Default: 0.
            minor_injuries (int | Unset):  Default: 0.
            direct_loss_yuan (None | str | Unset):
     """

    occurred_at: datetime.datetime
    division_code: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    deaths: int | Unset = 0
    serious_injuries: int | Unset = 0
    minor_injuries: int | Unset = 0
    direct_loss_yuan: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        occurred_at = self.occurred_at.isoformat()

        division_code: None | str | Unset
        if isinstance(self.division_code, Unset):
            division_code = UNSET
        else:
            division_code = self.division_code

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        deaths = self.deaths

        serious_injuries = self.serious_injuries

        minor_injuries = self.minor_injuries

        direct_loss_yuan: None | str | Unset
        if isinstance(self.direct_loss_yuan, Unset):
            direct_loss_yuan = UNSET
        else:
            direct_loss_yuan = self.direct_loss_yuan


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "occurred_at": occurred_at,
        })
        if division_code is not UNSET:
            field_dict["division_code"] = division_code
        if address is not UNSET:
            field_dict["address"] = address
        if deaths is not UNSET:
            field_dict["deaths"] = deaths
        if serious_injuries is not UNSET:
            field_dict["serious_injuries"] = serious_injuries
        if minor_injuries is not UNSET:
            field_dict["minor_injuries"] = minor_injuries
        if direct_loss_yuan is not UNSET:
            field_dict["direct_loss_yuan"] = direct_loss_yuan

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        def _parse_division_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        division_code = _parse_division_code(d.pop("division_code", UNSET))


        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        deaths = d.pop("deaths", UNSET)

        serious_injuries = d.pop("serious_injuries", UNSET)

        minor_injuries = d.pop("minor_injuries", UNSET)

        def _parse_direct_loss_yuan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        direct_loss_yuan = _parse_direct_loss_yuan(d.pop("direct_loss_yuan", UNSET))


        incident = cls(
            occurred_at=occurred_at,
            division_code=division_code,
            address=address,
            deaths=deaths,
            serious_injuries=serious_injuries,
            minor_injuries=minor_injuries,
            direct_loss_yuan=direct_loss_yuan,
        )

        return incident

