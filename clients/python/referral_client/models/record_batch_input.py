from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.record_input import RecordInput





T = TypeVar("T", bound="RecordBatchInput")



@_attrs_define
class RecordBatchInput:
    """ 
        Attributes:
            records (list[RecordInput]):
     """

    records: list[RecordInput]





    def to_dict(self) -> dict[str, Any]:
        from ..models.record_input import RecordInput # noqa: PLC0415
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "records": records,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_input import RecordInput # noqa: PLC0415
        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in (_records):
            records_item = RecordInput.from_dict(records_item_data)



            records.append(records_item)


        record_batch_input = cls(
            records=records,
        )

        return record_batch_input

