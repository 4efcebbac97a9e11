from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..models.recommendation_document_type import RecommendationDocumentType
from ..types import File, FileTypes
from ..types import UNSET, Unset
from io import BytesIO






T = TypeVar("T", bound="AddRecommendationAttachmentBody")



@_attrs_define
class AddRecommendationAttachmentBody:
    """ 
        Attributes:
            file (File):
            document_type (RecommendationDocumentType | Unset):
     """

    file: File
    document_type: RecommendationDocumentType | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()


        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "file": file,
        })
        if document_type is not UNSET:
            field_dict["document_type"] = document_type

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))



        if not isinstance(self.document_type, Unset):
            files.append(("document_type",  (None, str(self.document_type.value).encode(), "text/plain")))





        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(
             payload = BytesIO(d.pop("file"))
        )




        _document_type = d.pop("document_type", UNSET)
        document_type: RecommendationDocumentType | Unset
        if isinstance(_document_type,  Unset):
            document_type = UNSET
        else:
            document_type = RecommendationDocumentType(_document_type)




        add_recommendation_attachment_body = cls(
            file=file,
            document_type=document_type,
        )

        return add_recommendation_attachment_body

