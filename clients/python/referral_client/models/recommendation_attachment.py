from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recommendation_document_type import RecommendationDocumentType
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="RecommendationAttachment")



@_attrs_define
class RecommendationAttachment:
    """ 
        Attributes:
            id (UUID):
            recommendation_id (UUID):
            filename (str):  Example: 检察建议书.pdf.
            content_type (str):
            size_bytes (int):
            sha256 (str):
            document_type (RecommendationDocumentType):
            uploaded_by_agency (str):
            created_at (datetime.datetime):
            download_url (str):
     """

    id: UUID
    recommendation_id: UUID
    filename: str
    content_type: str
    size_bytes: int
    sha256: str
    document_type: RecommendationDocumentType
    uploaded_by_agency: str
    created_at: datetime.datetime
    download_url: str





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        recommendation_id = str(self.recommendation_id)

        filename = self.filename

        content_type = self.content_type

        size_bytes = self.size_bytes

        sha256 = self.sha256

        document_type = self.document_type.value

        uploaded_by_agency = self.uploaded_by_agency

        created_at = self.created_at.isoformat()

        download_url = self.download_url


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "recommendation_id": recommendation_id,
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




        recommendation_id = UUID(d.pop("recommendation_id"))




        filename = d.pop("filename")

        content_type = d.pop("content_type")

        size_bytes = d.pop("size_bytes")

        sha256 = d.pop("sha256")

        document_type = RecommendationDocumentType(d.pop("document_type"))




        uploaded_by_agency = d.pop("uploaded_by_agency")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        download_url = d.pop("download_url")

        recommendation_attachment = cls(
            id=id,
            recommendation_id=recommendation_id,
            filename=filename,
            content_type=content_type,
            size_bytes=size_bytes,
            sha256=sha256,
            document_type=document_type,
            uploaded_by_agency=uploaded_by_agency,
            created_at=created_at,
            download_url=download_url,
        )

        return recommendation_attachment

