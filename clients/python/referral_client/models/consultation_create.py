from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.consultation_kind import ConsultationKind
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.consultation_link import ConsultationLink





T = TypeVar("T", bound="ConsultationCreate")



@_attrs_define
class ConsultationCreate:
    """ 
        Attributes:
            kind (ConsultationKind): `question` 咨询, `professional_opinion` 专业意见, `pre_suit` 诉前磋商
            addressee_agency (str):  Example: HD-XFJY.
            subject (str):
            question (str):
            link (ConsultationLink | Unset):
            due_on (datetime.date | Unset): Not in the past
     """

    kind: ConsultationKind
    addressee_agency: str
    subject: str
    question: str
    link: ConsultationLink | Unset = UNSET
    due_on: datetime.date | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.consultation_link import ConsultationLink # noqa: PLC0415
        kind = self.kind.value

        addressee_agency = self.addressee_agency

        subject = self.subject

        question = self.question

        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        due_on: str | Unset = UNSET
        if not isinstance(self.due_on, Unset):
            due_on = self.due_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "addressee_agency": addressee_agency,
            "subject": subject,
            "question": question,
        })
        if link is not UNSET:
            field_dict["link"] = link
        if due_on is not UNSET:
            field_dict["due_on"] = due_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consultation_link import ConsultationLink # noqa: PLC0415
        d = dict(src_dict)
        kind = ConsultationKind(d.pop("kind"))




        addressee_agency = d.pop("addressee_agency")

        subject = d.pop("subject")

        question = d.pop("question")

        _link = d.pop("link", UNSET)
        link: ConsultationLink | Unset
        if isinstance(_link,  Unset):
            link = UNSET
        else:
            link = ConsultationLink.from_dict(_link)




        _due_on = d.pop("due_on", UNSET)
        due_on: datetime.date | Unset
        if isinstance(_due_on,  Unset):
            due_on = UNSET
        else:
            due_on = datetime.date.fromisoformat(_due_on)




        consultation_create = cls(
            kind=kind,
            addressee_agency=addressee_agency,
            subject=subject,
            question=question,
            link=link,
            due_on=due_on,
        )

        return consultation_create

