from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="MessageAttachment")



@_attrs_define
class MessageAttachment:
    """ 
        Attributes:
            id (UUID):
            filename (str):
            content_type (str):
            size_bytes (int):
            sha256 (str):
            download_url (str):
     """

    id: UUID
    filename: str
    content_type: str
    size_bytes: int
    sha256: str
    download_url: str





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        filename = self.filename

        content_type = self.content_type

        size_bytes = self.size_bytes

        sha256 = self.sha256

        download_url = self.download_url


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "filename": filename,
            "content_type": content_type,
            "size_bytes": size_bytes,
            "sha256": sha256,
            "download_url": download_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        filename = d.pop("filename")

        content_type = d.pop("content_type")

        size_bytes = d.pop("size_bytes")

        sha256 = d.pop("sha256")

        download_url = d.pop("download_url")

        message_attachment = cls(
            id=id,
            filename=filename,
            content_type=content_type,
            size_bytes=size_bytes,
            sha256=sha256,
            download_url=download_url,
        )

        return message_attachment

