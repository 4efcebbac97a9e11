from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.record_batch_result_items_item_outcome import RecordBatchResultItemsItemOutcome






T = TypeVar("T", bound="RecordBatchResultItemsItem")



@_attrs_define
class RecordBatchResultItemsItem:
    """ 
        Attributes:
            index (int):
            id (str):
            case_number (str):
            version (int):
            outcome (RecordBatchResultItemsItemOutcome):
     """

    index: int
    id: str
    case_number: str
    version: int
    outcome: RecordBatchResultItemsItemOutcome
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        index = self.index

        id = self.id

        case_number = self.case_number

        version = self.version

        outcome = self.outcome.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "index": index,
            "id": id,
            "case_number": case_number,
            "version": version,
            "outcome": outcome,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        id = d.pop("id")

        case_number = d.pop("case_number")

        version = d.pop("version")

        outcome = RecordBatchResultItemsItemOutcome(d.pop("outcome"))




        record_batch_result_items_item = cls(
            index=index,
            id=id,
            case_number=case_number,
            version=version,
            outcome=outcome,
        )


        record_batch_result_items_item.additional_properties = d
        return record_batch_result_items_item

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
