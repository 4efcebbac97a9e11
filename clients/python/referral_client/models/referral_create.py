from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.referral_category import ReferralCategory
from ..models.suspected_offence import SuspectedOffence
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.contact import Contact
  from ..models.incident import Incident
  from ..models.organization_party_input import OrganizationPartyInput
  from ..models.person_party_input import PersonPartyInput





T = TypeVar("T", bound="ReferralCreate")



@_attrs_define
class ReferralCreate:
    """ 
        Attributes:
            category (ReferralCategory):
            recipient_agency (str): An agency's code in the directory Example: HD-YJJ.
            title (str):
            summary (str):
            suspected_offence (SuspectedOffence): Criminal Law article: 134(1) 重大责任事故罪, 134(2) 强令、组织他人违章冒险作业罪,
                134-1 危险作业罪, 135 重大劳动安全事故罪, 135-1 大型群众性活动重大安全事故罪,
                136 危险物品肇事罪, 137 工程重大安全事故罪, 138 教育设施重大安全事故罪,
                139 消防责任事故罪, 139-1 不报、谎报安全事故罪; `other` for anything else.
            contact (Contact): The handling officer named on the transfer letter (承办人及联系电话)
            incident (Incident | Unset):
            parties (list[OrganizationPartyInput | PersonPartyInput] | Unset):
            related_case_number (str | Unset): The source agency's administrative case number; links the referral to that
                shared record Example: 津河应急罚〔2026〕12号.
     """

    category: ReferralCategory
    recipient_agency: str
    title: str
    summary: str
    suspected_offence: SuspectedOffence
    contact: Contact
    incident: Incident | Unset = UNSET
    parties: list[OrganizationPartyInput | PersonPartyInput] | Unset = UNSET
    related_case_number: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.contact import Contact # noqa: PLC0415
        from ..models.incident import Incident # noqa: PLC0415
        from ..models.organization_party_input import OrganizationPartyInput # noqa: PLC0415
        from ..models.person_party_input import PersonPartyInput # noqa: PLC0415
        category = self.category.value

        recipient_agency = self.recipient_agency

        title = self.title

        summary = self.summary

        suspected_offence = self.suspected_offence.value

        contact = self.contact.to_dict()

        incident: dict[str, Any] | Unset = UNSET
        if not isinstance(self.incident, Unset):
            incident = self.incident.to_dict()

        parties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parties, Unset):
            parties = []
            for parties_item_data in self.parties:
                parties_item: dict[str, Any]
                if isinstance(parties_item_data, OrganizationPartyInput):
                    parties_item = parties_item_data.to_dict()
                else:
                    parties_item = parties_item_data.to_dict()

                parties.append(parties_item)



        related_case_number = self.related_case_number


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "category": category,
            "recipient_agency": recipient_agency,
            "title": title,
            "summary": summary,
            "suspected_offence": suspected_offence,
            "contact": contact,
        })
        if incident is not UNSET:
            field_dict["incident"] = incident
        if parties is not UNSET:
            field_dict["parties"] = parties
        if related_case_number is not UNSET:
            field_dict["related_case_number"] = related_case_number

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact # noqa: PLC0415
        from ..models.incident import Incident # noqa: PLC0415
        from ..models.organization_party_input import OrganizationPartyInput # noqa: PLC0415
        from ..models.person_party_input import PersonPartyInput # noqa: PLC0415
        d = dict(src_dict)
        category = ReferralCategory(d.pop("category"))




        recipient_agency = d.pop("recipient_agency")

        title = d.pop("title")

        summary = d.pop("summary")

        suspected_offence = SuspectedOffence(d.pop("suspected_offence"))




        contact = Contact.from_dict(d.pop("contact"))




        _incident = d.pop("incident", UNSET)
        incident: Incident | Unset
        if isinstance(_incident,  Unset):
            incident = UNSET
        else:
            incident = Incident.from_dict(_incident)




        _parties = d.pop("parties", UNSET)
        parties: list[OrganizationPartyInput | PersonPartyInput] | Unset = UNSET
        if _parties is not UNSET:
            parties = []
            for parties_item_data in _parties:
                def _parse_parties_item(data: object) -> OrganizationPartyInput | PersonPartyInput:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_party_input_type_0 = OrganizationPartyInput.from_dict(data)



                        return componentsschemas_party_input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_party_input_type_1 = PersonPartyInput.from_dict(data)



                    return componentsschemas_party_input_type_1

                parties_item = _parse_parties_item(parties_item_data)

                parties.append(parties_item)


        related_case_number = d.pop("related_case_number", UNSET)

        referral_create = cls(
            category=category,
            recipient_agency=recipient_agency,
            title=title,
            summary=summary,
            suspected_offence=suspected_offence,
            contact=contact,
            incident=incident,
            parties=parties,
            related_case_number=related_case_number,
        )

        return referral_create

