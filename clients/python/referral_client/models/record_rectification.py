from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.record_rectification_status import RecordRectificationStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RecordRectification")



@_attrs_define
class RecordRectification:
    """ 
        Attributes:
            status (RecordRectificationStatus):
            due_date (datetime.date | None | Unset): Required when status is pending
     """

    status: RecordRectificationStatus
    due_date: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status": status,
        })
        if due_date is not UNSET:
            field_dict["due_date"] = due_date

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = RecordRectificationStatus(d.pop("status"))




        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)



                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))


        record_rectification = cls(
            status=status,
            due_date=due_date,
        )

        return record_rectification

