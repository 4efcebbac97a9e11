from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AuditEvent")



@_attrs_define
class AuditEvent:
    """ 
        Attributes:
            id (int):
            seq (int | None): Position on the hash chain; null until sealed (moments after the request)
            occurred_at (datetime.datetime):
            request_id (str): Also returned to the caller as X-Request-ID
            client_id (None | str):
            agency_code (None | str):
            scopes (list[str]):
            method (str):
            path (str):
            action (str):  Example: referrals.action.decline.
            status (int):
            outcome (str):
            client_address (None | str):
            user_agent (None | str):
            resource_ids (list[str]):
            content_hash (str): SHA-256 of the entry's content
            prev_hash (None | str):
            chain_hash (None | str): SHA-256(prev_hash + content_hash)
            leaf_hash (None | str | Unset): Base64 RFC 9162 leaf hash (see /audit-events/checkpoint); null until sealed
     """

    id: int
    seq: int | None
    occurred_at: datetime.datetime
    request_id: str
    client_id: None | str
    agency_code: None | str
    scopes: list[str]
    method: str
    path: str
    action: str
    status: int
    outcome: str
    client_address: None | str
    user_agent: None | str
    resource_ids: list[str]
    content_hash: str
    prev_hash: None | str
    chain_hash: None | str
    leaf_hash: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        seq: int | None
        seq = self.seq

        occurred_at = self.occurred_at.isoformat()

        request_id = self.request_id

        client_id: None | str
        client_id = self.client_id

        agency_code: None | str
        agency_code = self.agency_code

        scopes = self.scopes



        method = self.method

        path = self.path

        action = self.action

        status = self.status

        outcome = self.outcome

        client_address: None | str
        client_address = self.client_address

        user_agent: None | str
        user_agent = self.user_agent

        resource_ids = self.resource_ids



        content_hash = self.content_hash

        prev_hash: None | str
        prev_hash = self.prev_hash

        chain_hash: None | str
        chain_hash = self.chain_hash

        leaf_hash: None | str | Unset
        if isinstance(self.leaf_hash, Unset):
            leaf_hash = UNSET
        else:
            leaf_hash = self.leaf_hash


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "seq": seq,
            "occurred_at": occurred_at,
            "request_id": request_id,
            "client_id": client_id,
            "agency_code": agency_code,
            "scopes": scopes,
            "method": method,
            "path": path,
            "action": action,
            "status": status,
            "outcome": outcome,
            "client_address": client_address,
            "user_agent": user_agent,
            "resource_ids": resource_ids,
            "content_hash": content_hash,
            "prev_hash": prev_hash,
            "chain_hash": chain_hash,
        })
        if leaf_hash is not UNSET:
            field_dict["leaf_hash"] = leaf_hash

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_seq(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        seq = _parse_seq(d.pop("seq"))


        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        request_id = d.pop("request_id")

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("client_id"))


        def _parse_agency_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agency_code = _parse_agency_code(d.pop("agency_code"))


        scopes = cast(list[str], d.pop("scopes"))


        method = d.pop("method")

        path = d.pop("path")

        action = d.pop("action")

        status = d.pop("status")

        outcome = d.pop("outcome")

        def _parse_client_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_address = _parse_client_address(d.pop("client_address"))


        def _parse_user_agent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_agent = _parse_user_agent(d.pop("user_agent"))


        resource_ids = cast(list[str], d.pop("resource_ids"))


        content_hash = d.pop("content_hash")

        def _parse_prev_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prev_hash = _parse_prev_hash(d.pop("prev_hash"))


        def _parse_chain_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        chain_hash = _parse_chain_hash(d.pop("chain_hash"))


        def _parse_leaf_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        leaf_hash = _parse_leaf_hash(d.pop("leaf_hash", UNSET))


        audit_event = cls(
            id=id,
            seq=seq,
            occurred_at=occurred_at,
            request_id=request_id,
            client_id=client_id,
            agency_code=agency_code,
            scopes=scopes,
            method=method,
            path=path,
            action=action,
            status=status,
            outcome=outcome,
            client_address=client_address,
            user_agent=user_agent,
            resource_ids=resource_ids,
            content_hash=content_hash,
            prev_hash=prev_hash,
            chain_hash=chain_hash,
            leaf_hash=leaf_hash,
        )


        audit_event.additional_properties = d
        return audit_event

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
