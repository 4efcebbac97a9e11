from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.consultation import Consultation
from ...models.consultation_action import ConsultationAction
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    consultation_id: str,
    *,
    body: ConsultationAction,
    if_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/consultations/{consultation_id}/actions".format(consultation_id=quote(str(consultation_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Consultation | Problem | None:
    if response.status_code == 200:
        response_200 = Consultation.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Consultation | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consultation_id: str,
    *,
    client: AuthenticatedClient,
    body: ConsultationAction,
    if_match: str | Unset = UNSET,

) -> Response[Consultation | Problem]:
    """ Record the pre-suit agreement, or close the consultation (the agency that opened it)

     `record_agreement` (诉前磋商 only): `minutes` (会议纪要), and/or `agreed_plan` with
    `agreed_rectification_date` (整改方案及期限, together). `close`: the same optional fields;
    a pre-suit consultation closes only with minutes. Only the opener acts (else 403); a
    closed consultation is 409; a stale `If-Match` 412.

    Args:
        consultation_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (ConsultationAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Consultation | Problem]
     """


    kwargs = _get_kwargs(
        consultation_id=consultation_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    consultation_id: str,
    *,
    client: AuthenticatedClient,
    body: ConsultationAction,
    if_match: str | Unset = UNSET,

) -> Consultation | Problem | None:
    """ Record the pre-suit agreement, or close the consultation (the agency that opened it)

     `record_agreement` (诉前磋商 only): `minutes` (会议纪要), and/or `agreed_plan` with
    `agreed_rectification_date` (整改方案及期限, together). `close`: the same optional fields;
    a pre-suit consultation closes only with minutes. Only the opener acts (else 403); a
    closed consultation is 409; a stale `If-Match` 412.

    Args:
        consultation_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (ConsultationAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Consultation | Problem
     """


    return sync_detailed(
        consultation_id=consultation_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    consultation_id: str,
    *,
    client: AuthenticatedClient,
    body: ConsultationAction,
    if_match: str | Unset = UNSET,

) -> Response[Consultation | Problem]:
    """ Record the pre-suit agreement, or close the consultation (the agency that opened it)

     `record_agreement` (诉前磋商 only): `minutes` (会议纪要), and/or `agreed_plan` with
    `agreed_rectification_date` (整改方案及期限, together). `close`: the same optional fields;
    a pre-suit consultation closes only with minutes. Only the opener acts (else 403); a
    closed consultation is 409; a stale `If-Match` 412.

    Args:
        consultation_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (ConsultationAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Consultation | Problem]
     """


    kwargs = _get_kwargs(
        consultation_id=consultation_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    consultation_id: str,
    *,
    client: AuthenticatedClient,
    body: ConsultationAction,
    if_match: str | Unset = UNSET,

) -> Consultation | Problem | None:
    """ Record the pre-suit agreement, or close the consultation (the agency that opened it)

     `record_agreement` (诉前磋商 only): `minutes` (会议纪要), and/or `agreed_plan` with
    `agreed_rectification_date` (整改方案及期限, together). `close`: the same optional fields;
    a pre-suit consultation closes only with minutes. Only the opener acts (else 403); a
    closed consultation is 409; a stale `If-Match` 412.

    Args:
        consultation_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (ConsultationAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Consultation | Problem
     """


    return (await asyncio_detailed(
        consultation_id=consultation_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
