from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..types import File, FileTypes
from ..types import UNSET, Unset
from io import BytesIO
from typing import cast






T = TypeVar("T", bound="PostConsultationMessageFilesBody")



@_attrs_define
class PostConsultationMessageFilesBody:
    """ 
        Attributes:
            text (str):
            file (list[File] | Unset):
     """

    text: str
    file: list[File] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        text = self.text

        file: list[FileTypes] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = []
            for file_item_data in self.file:
                file_item = file_item_data.to_tuple()

                file.append(file_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "text": text,
        })
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("text", (None, str(self.text).encode(), "text/plain")))



        if not isinstance(self.file, Unset):
            for file_item_element in self.file:
                files.append(("file", file_item_element.to_tuple()))






        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        _file = d.pop("file", UNSET)
        file: list[File] | Unset = UNSET
        if _file is not UNSET:
            file = []
            for file_item_data in _file:
                file_item = File(
                     payload = BytesIO(file_item_data)
                )



                file.append(file_item)


        post_consultation_message_files_body = cls(
            text=text,
            file=file,
        )

        return post_consultation_message_files_body

