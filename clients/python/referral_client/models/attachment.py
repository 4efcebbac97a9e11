from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.attachment_content_type import AttachmentContentType
from ..models.document_type import DocumentType
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Attachment")



@_attrs_define
class Attachment:
    """ 
        Attributes:
            id (UUID):
            referral_id (UUID):
            filename (str):  Example: 涉嫌犯罪案件移送书.pdf.
            content_type (AttachmentContentType):
            size_bytes (int):
            sha256 (str):
            document_type (DocumentType): 移送书, 调查报告, 涉案物品清单, 检验报告或鉴定结论, 其他 (Decree 310 Art. 6)
            uploaded_by_agency (str):
            created_at (datetime.datetime):
            download_url (str):
     """

    id: UUID
    referral_id: UUID
    filename: str
    content_type: AttachmentContentType
    size_bytes: int
    sha256: str
    document_type: DocumentType
    uploaded_by_agency: str
    created_at: datetime.datetime
    download_url: str





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        referral_id = str(self.referral_id)

        filename = self.filename

        content_type = self.content_type.value

        size_bytes = self.size_bytes

        sha256 = self.sha256

        document_type = self.document_type.value

        uploaded_by_agency = self.uploaded_by_agency

        created_at = self.created_at.isoformat()

        download_url = self.download_url


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "referral_id": referral_id,
            "filename": filename,
            "content_type": content_type,
            "size_bytes": size_bytes,
            "sha256": sha256,
            "document_type": document_type,
            "uploaded_by_agency": uploaded_by_agency,
            "created_at": created_at,
            "download_url": download_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        referral_id = UUID(d.pop("referral_id"))




        filename = d.pop("filename")

        content_type = AttachmentContentType(d.pop("content_type"))




        size_bytes = d.pop("size_bytes")

        sha256 = d.pop("sha256")

        document_type = DocumentType(d.pop("document_type"))




        uploaded_by_agency = d.pop("uploaded_by_agency")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        download_url = d.pop("download_url")

        attachment = cls(
            id=id,
            referral_id=referral_id,
            filename=filename,
            content_type=content_type,
            size_bytes=size_bytes,
            sha256=sha256,
            document_type=document_type,
            uploaded_by_agency=uploaded_by_agency,
            created_at=created_at,
            download_url=download_url,
        )

        return attachment

