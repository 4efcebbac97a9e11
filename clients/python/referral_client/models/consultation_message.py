from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.message_attachment import MessageAttachment





T = TypeVar("T", bound="ConsultationMessage")



@_attrs_define
class ConsultationMessage:
    """ 
        Attributes:
            id (UUID):
            consultation_id (UUID):
            author_agency (str):
            text (str):
            attachments (list[MessageAttachment]):
            created_at (datetime.datetime):
     """

    id: UUID
    consultation_id: UUID
    author_agency: str
    text: str
    attachments: list[MessageAttachment]
    created_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.message_attachment import MessageAttachment # noqa: PLC0415
        id = str(self.id)

        consultation_id = str(self.consultation_id)

        author_agency = self.author_agency

        text = self.text

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)



        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "consultation_id": consultation_id,
            "author_agency": author_agency,
            "text": text,
            "attachments": attachments,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_attachment import MessageAttachment # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        consultation_id = UUID(d.pop("consultation_id"))




        author_agency = d.pop("author_agency")

        text = d.pop("text")

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in (_attachments):
            attachments_item = MessageAttachment.from_dict(attachments_item_data)



            attachments.append(attachments_item)


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        consultation_message = cls(
            id=id,
            consultation_id=consultation_id,
            author_agency=author_agency,
            text=text,
            attachments=attachments,
            created_at=created_at,
        )

        return consultation_message

