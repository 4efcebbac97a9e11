from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recommendation_kind import RecommendationKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.copy_to import CopyTo
  from ..models.hazard_input import HazardInput





T = TypeVar("T", bound="RecommendationCreate")



@_attrs_define
class RecommendationCreate:
    """ 
        Attributes:
            document_number (str): 文号, unique per procuratorate Example: 津河检建〔2026〕3号.
            recipient_agency (str): Code of an administrative or public-security agency Example: HD-XFJY.
            kind (RecommendationKind): `retrial` 再审, `correction` 纠正违法, `public_interest` 公益诉讼, `social_governance` 社会治理,
                `other` 其他
            title (str):
            facts (str):
            legal_basis (str):
            requested_measures (str):
            harm_spreading (bool | Unset): The harm is spreading; the reply is due in 15 days Default: False.
            hazards (list[HazardInput] | Unset):
            copies_to (list[CopyTo] | Unset):
     """

    document_number: str
    recipient_agency: str
    kind: RecommendationKind
    title: str
    facts: str
    legal_basis: str
    requested_measures: str
    harm_spreading: bool | Unset = False
    hazards: list[HazardInput] | Unset = UNSET
    copies_to: list[CopyTo] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.copy_to import CopyTo # noqa: PLC0415
        from ..models.hazard_input import HazardInput # noqa: PLC0415
        document_number = self.document_number

        recipient_agency = self.recipient_agency

        kind = self.kind.value

        title = self.title

        facts = self.facts

        legal_basis = self.legal_basis

        requested_measures = self.requested_measures

        harm_spreading = self.harm_spreading

        hazards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hazards, Unset):
            hazards = []
            for hazards_item_data in self.hazards:
                hazards_item = hazards_item_data.to_dict()
                hazards.append(hazards_item)



        copies_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.copies_to, Unset):
            copies_to = []
            for copies_to_item_data in self.copies_to:
                copies_to_item = copies_to_item_data.to_dict()
                copies_to.append(copies_to_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "document_number": document_number,
            "recipient_agency": recipient_agency,
            "kind": kind,
            "title": title,
            "facts": facts,
            "legal_basis": legal_basis,
            "requested_measures": requested_measures,
        })
        if harm_spreading is not UNSET:
            field_dict["harm_spreading"] = harm_spreading
        if hazards is not UNSET:
            field_dict["hazards"] = hazards
        if copies_to is not UNSET:
            field_dict["copies_to"] = copies_to

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.copy_to import CopyTo # noqa: PLC0415
        from ..models.hazard_input import HazardInput # noqa: PLC0415
        d = dict(src_dict)
        document_number = d.pop("document_number")

        recipient_agency = d.pop("recipient_agency")

        kind = RecommendationKind(d.pop("kind"))




        title = d.pop("title")

        facts = d.pop("facts")

        legal_basis = d.pop("legal_basis")

        requested_measures = d.pop("requested_measures")

        harm_spreading = d.pop("harm_spreading", UNSET)

        _hazards = d.pop("hazards", UNSET)
        hazards: list[HazardInput] | Unset = UNSET
        if _hazards is not UNSET:
            hazards = []
            for hazards_item_data in _hazards:
                hazards_item = HazardInput.from_dict(hazards_item_data)



                hazards.append(hazards_item)


        _copies_to = d.pop("copies_to", UNSET)
        copies_to: list[CopyTo] | Unset = UNSET
        if _copies_to is not UNSET:
            copies_to = []
            for copies_to_item_data in _copies_to:
                copies_to_item = CopyTo.from_dict(copies_to_item_data)



                copies_to.append(copies_to_item)


        recommendation_create = cls(
            document_number=document_number,
            recipient_agency=recipient_agency,
            kind=kind,
            title=title,
            facts=facts,
            legal_basis=legal_basis,
            requested_measures=requested_measures,
            harm_spreading=harm_spreading,
            hazards=hazards,
            copies_to=copies_to,
        )

        return recommendation_create

