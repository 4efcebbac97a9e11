from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.record_flag import RecordFlag
from ..models.record_kind import RecordKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.record_content_penalty_type_0 import RecordContentPenaltyType0
  from ..models.record_content_rectification_type_0 import RecordContentRectificationType0
  from ..models.record_content_subject import RecordContentSubject





T = TypeVar("T", bound="Record")



@_attrs_define
class Record:
    """ 
        Attributes:
            case_number (str):
            kind (RecordKind):
            subject (RecordContentSubject):
            facts (str):
            legal_basis (None | str):
            penalty (None | RecordContentPenaltyType0):
            decided_at (datetime.datetime):
            deaths (int):
            serious_injuries (int):
            direct_loss_yuan (str): Money in yuan (元) as a decimal string: up to 13 digits and at most two decimals, no
                sign.
                A third decimal is refused (422), never rounded; responses always carry two decimals.
                 Example: 1200000.00.
            rectification (None | RecordContentRectificationType0):
            division_code (str):
            address (None | str):
            id (str):
            agency (str): Publishing agency code Example: HD-YJJ.
            flags (list[RecordFlag]):
            referral_ids (list[str]): Referrals from the publishing agency whose related_case_number is this case number,
                withdrawn ones included
            version (int): Goes up by one each time the agency publishes changed content
            created_at (datetime.datetime):
            updated_at (datetime.datetime): When the current version was published
     """

    case_number: str
    kind: RecordKind
    subject: RecordContentSubject
    facts: str
    legal_basis: None | str
    penalty: None | RecordContentPenaltyType0
    decided_at: datetime.datetime
    deaths: int
    serious_injuries: int
    direct_loss_yuan: str
    rectification: None | RecordContentRectificationType0
    division_code: str
    address: None | str
    id: str
    agency: str
    flags: list[RecordFlag]
    referral_ids: list[str]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.record_content_penalty_type_0 import RecordContentPenaltyType0 # noqa: PLC0415
        from ..models.record_content_rectification_type_0 import RecordContentRectificationType0 # noqa: PLC0415
        from ..models.record_content_subject import RecordContentSubject # noqa: PLC0415
        case_number = self.case_number

        kind = self.kind.value

        subject = self.subject.to_dict()

        facts = self.facts

        legal_basis: None | str
        legal_basis = self.legal_basis

        penalty: dict[str, Any] | None
        if isinstance(self.penalty, RecordContentPenaltyType0):
            penalty = self.penalty.to_dict()
        else:
            penalty = self.penalty

        decided_at = self.decided_at.isoformat()

        deaths = self.deaths

        serious_injuries = self.serious_injuries

        direct_loss_yuan = self.direct_loss_yuan

        rectification: dict[str, Any] | None
        if isinstance(self.rectification, RecordContentRectificationType0):
            rectification = self.rectification.to_dict()
        else:
            rectification = self.rectification

        division_code = self.division_code

        address: None | str
        address = self.address

        id = self.id

        agency = self.agency

        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.value
            flags.append(flags_item)



        referral_ids = self.referral_ids



        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_number": case_number,
            "kind": kind,
            "subject": subject,
            "facts": facts,
            "legal_basis": legal_basis,
            "penalty": penalty,
            "decided_at": decided_at,
            "deaths": deaths,
            "serious_injuries": serious_injuries,
            "direct_loss_yuan": direct_loss_yuan,
            "rectification": rectification,
            "division_code": division_code,
            "address": address,
            "id": id,
            "agency": agency,
            "flags": flags,
            "referral_ids": referral_ids,
            "version": version,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_content_penalty_type_0 import RecordContentPenaltyType0 # noqa: PLC0415
        from ..models.record_content_rectification_type_0 import RecordContentRectificationType0 # noqa: PLC0415
        from ..models.record_content_subject import RecordContentSubject # noqa: PLC0415
        d = dict(src_dict)
        case_number = d.pop("case_number")

        kind = RecordKind(d.pop("kind"))




        subject = RecordContentSubject.from_dict(d.pop("subject"))




        facts = d.pop("facts")

        def _parse_legal_basis(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        legal_basis = _parse_legal_basis(d.pop("legal_basis"))


        def _parse_penalty(data: object) -> None | RecordContentPenaltyType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                penalty_type_0 = RecordContentPenaltyType0.from_dict(data)



                return penalty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordContentPenaltyType0, data)

        penalty = _parse_penalty(d.pop("penalty"))


        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))




        deaths = d.pop("deaths")

        serious_injuries = d.pop("serious_injuries")

        direct_loss_yuan = d.pop("direct_loss_yuan")

        def _parse_rectification(data: object) -> None | RecordContentRectificationType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rectification_type_0 = RecordContentRectificationType0.from_dict(data)



                return rectification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordContentRectificationType0, data)

        rectification = _parse_rectification(d.pop("rectification"))


        division_code = d.pop("division_code")

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))


        id = d.pop("id")

        agency = d.pop("agency")

        flags = []
        _flags = d.pop("flags")
        for flags_item_data in (_flags):
            flags_item = RecordFlag(flags_item_data)



            flags.append(flags_item)


        referral_ids = cast(list[str], d.pop("referral_ids"))


        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        record = cls(
            case_number=case_number,
            kind=kind,
            subject=subject,
            facts=facts,
            legal_basis=legal_basis,
            penalty=penalty,
            decided_at=decided_at,
            deaths=deaths,
            serious_injuries=serious_injuries,
            direct_loss_yuan=direct_loss_yuan,
            rectification=rectification,
            division_code=division_code,
            address=address,
            id=id,
            agency=agency,
            flags=flags,
            referral_ids=referral_ids,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )


        record.additional_properties = d
        return record

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
