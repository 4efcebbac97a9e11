from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.event_type import EventType
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.event import Event





T = TypeVar("T", bound="WebhookPayload")



@_attrs_define
class WebhookPayload:
    """ 
        Attributes:
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
            timestamp (datetime.datetime): When the event happened
            data (Event):
     """

    type_: EventType
    timestamp: datetime.datetime
    data: Event
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.event import Event # noqa: PLC0415
        type_ = self.type_.value

        timestamp = self.timestamp.isoformat()

        data = self.data.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "type": type_,
            "timestamp": timestamp,
            "data": data,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event import Event # noqa: PLC0415
        d = dict(src_dict)
        type_ = EventType(d.pop("type"))




        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))




        data = Event.from_dict(d.pop("data"))




        webhook_payload = cls(
            type_=type_,
            timestamp=timestamp,
            data=data,
        )


        webhook_payload.additional_properties = d
        return webhook_payload

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
