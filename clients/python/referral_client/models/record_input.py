from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.record_kind import RecordKind
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.record_penalty import RecordPenalty
  from ..models.record_rectification import RecordRectification
  from ..models.record_subject import RecordSubject





T = TypeVar("T", bound="RecordInput")



@_attrs_define
class RecordInput:
    """ 
        Attributes:
            kind (RecordKind):
            case_number (str): The agency's own case number; with the agency, the record's key Example: 津河应急罚〔2026〕12号.
            subject (RecordSubject):
            facts (str):
            decided_at (datetime.datetime): With a UTC offset
            legal_basis (None | str | Unset):
            penalty (None | RecordPenalty | Unset):
            deaths (int | Unset):  Default: 0.
            serious_injuries (int | Unset):  Default: 0.
            direct_loss_yuan (str | Unset): Money in yuan (元) as a decimal string: up to 13 digits and at most two decimals,
                no sign.
                A third decimal is refused (422), never rounded; responses always carry two decimals.
                 Example: 1200000.00.
            rectification (None | RecordRectification | Unset):
            division_code (None | str | Unset): Defaults to the publishing agency's division
            address (None | str | Unset):
     """

    kind: RecordKind
    case_number: str
    subject: RecordSubject
    facts: str
    decided_at: datetime.datetime
    legal_basis: None | str | Unset = UNSET
    penalty: None | RecordPenalty | Unset = UNSET
    deaths: int | Unset = 0
    serious_injuries: int | Unset = 0
    direct_loss_yuan: str | Unset = UNSET
    rectification: None | RecordRectification | Unset = UNSET
    division_code: None | str | Unset = UNSET
    address: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.record_penalty import RecordPenalty # noqa: PLC0415
        from ..models.record_rectification import RecordRectification # noqa: PLC0415
        from ..models.record_subject import RecordSubject # noqa: PLC0415
        kind = self.kind.value

        case_number = self.case_number

        subject = self.subject.to_dict()

        facts = self.facts

        decided_at = self.decided_at.isoformat()

        legal_basis: None | str | Unset
        if isinstance(self.legal_basis, Unset):
            legal_basis = UNSET
        else:
            legal_basis = self.legal_basis

        penalty: dict[str, Any] | None | Unset
        if isinstance(self.penalty, Unset):
            penalty = UNSET
        elif isinstance(self.penalty, RecordPenalty):
            penalty = self.penalty.to_dict()
        else:
            penalty = self.penalty

        deaths = self.deaths

        serious_injuries = self.serious_injuries

        direct_loss_yuan = self.direct_loss_yuan

        rectification: dict[str, Any] | None | Unset
        if isinstance(self.rectification, Unset):
            rectification = UNSET
        elif isinstance(self.rectification, RecordRectification):
            rectification = self.rectification.to_dict()
        else:
            rectification = self.rectification

        division_code: None | str | Unset
        if isinstance(self.division_code, Unset):
            division_code = UNSET
        else:
            division_code = self.division_code

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "case_number": case_number,
            "subject": subject,
            "facts": facts,
            "decided_at": decided_at,
        })
        if legal_basis is not UNSET:
            field_dict["legal_basis"] = legal_basis
        if penalty is not UNSET:
            field_dict["penalty"] = penalty
        if deaths is not UNSET:
            field_dict["deaths"] = deaths
        if serious_injuries is not UNSET:
            field_dict["serious_injuries"] = serious_injuries
        if direct_loss_yuan is not UNSET:
            field_dict["direct_loss_yuan"] = direct_loss_yuan
        if rectification is not UNSET:
            field_dict["rectification"] = rectification
        if division_code is not UNSET:
            field_dict["division_code"] = division_code
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_penalty import RecordPenalty # noqa: PLC0415
        from ..models.record_rectification import RecordRectification # noqa: PLC0415
        from ..models.record_subject import RecordSubject # noqa: PLC0415
        d = dict(src_dict)
        kind = RecordKind(d.pop("kind"))




        case_number = d.pop("case_number")

        subject = RecordSubject.from_dict(d.pop("subject"))




        facts = d.pop("facts")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))




        def _parse_legal_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_basis = _parse_legal_basis(d.pop("legal_basis", UNSET))


        def _parse_penalty(data: object) -> None | RecordPenalty | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                penalty_type_0 = RecordPenalty.from_dict(data)



                return penalty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordPenalty | Unset, data)

        penalty = _parse_penalty(d.pop("penalty", UNSET))


        deaths = d.pop("deaths", UNSET)

        serious_injuries = d.pop("serious_injuries", UNSET)

        direct_loss_yuan = d.pop("direct_loss_yuan", UNSET)

        def _parse_rectification(data: object) -> None | RecordRectification | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rectification_type_0 = RecordRectification.from_dict(data)



                return rectification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordRectification | Unset, data)

        rectification = _parse_rectification(d.pop("rectification", UNSET))


        def _parse_division_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        division_code = _parse_division_code(d.pop("division_code", UNSET))


        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        record_input = cls(
            kind=kind,
            case_number=case_number,
            subject=subject,
            facts=facts,
            decided_at=decided_at,
            legal_basis=legal_basis,
            penalty=penalty,
            deaths=deaths,
            serious_injuries=serious_injuries,
            direct_loss_yuan=direct_loss_yuan,
            rectification=rectification,
            division_code=division_code,
            address=address,
        )

        return record_input

