from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.event_subject_kind import EventSubjectKind
from ..models.event_type import EventType
from typing import cast
import datetime






T = TypeVar("T", bound="Event")



@_attrs_define
class Event:
    """ 
        Attributes:
            id (str): The event's id; the `webhook-id` of its deliveries
            type_ (EventType): Referral moves (to whoever must act or be told; never to the agency that acted):
                `referral.submitted`, `referral.resubmitted`, `referral.withdrawn` and
                `referral.reconsidered` to the recipient; `referral.received`, `referral.returned`,
                `referral.accepted` to the source; `referral.forwarded` to the source and the new
                recipient; `referral.declined` to the source and the procuratorate;
                `referral.under_supervision` to source, recipient and procuratorate;
                `referral.filing_notified` and `referral.closed` to source and recipient.
                Deadlines, from the worker's schedule, once per deadline: `referral.due_soon` (2 working
                days before) to the party that must act; `referral.overdue` to it and the procuratorate.
                `record.threshold_flagged`: a shared record reached the criminal threshold, to the procuratorate.
                Recommendation moves: `recommendation.served`, `.reviewed`, `.followed_up`, `.closed` and
                `.escalated` to the recipient; `recommendation.withdrawn` to the recipient if it had been
                served; `recommendation.objected` and `.replied` to the issuing procuratorate.
                Consultation moves: `consultation.opened`, `.agreement_recorded` and `.closed` to the
                addressee; `consultation.message_posted` to the other side; `consultation.answered` (the
                addressee's first message) to the opener.
            subject_kind (EventSubjectKind):
            subject_id (str): Read the subject at /api/v1/{subject_kind}s/{id}: referrals, records, recommendations or
                consultations
            occurred_at (datetime.datetime):
     """

    id: str
    type_: EventType
    subject_kind: EventSubjectKind
    subject_id: str
    occurred_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        subject_kind = self.subject_kind.value

        subject_id = self.subject_id

        occurred_at = self.occurred_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "type": type_,
            "subject_kind": subject_kind,
            "subject_id": subject_id,
            "occurred_at": occurred_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = EventType(d.pop("type"))




        subject_kind = EventSubjectKind(d.pop("subject_kind"))




        subject_id = d.pop("subject_id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        event = cls(
            id=id,
            type_=type_,
            subject_kind=subject_kind,
            subject_id=subject_id,
            occurred_at=occurred_at,
        )


        event.additional_properties = d
        return event

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
