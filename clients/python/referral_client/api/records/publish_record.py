from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.record import Record
from ...models.record_input import RecordInput
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: RecordInput,
    idempotency_key: str | Unset = UNSET,
    if_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/records",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Record | None:
    if response.status_code == 200:
        response_200 = Record.from_dict(response.json())



        return response_200

    if response.status_code == 201:
        response_201 = Record.from_dict(response.json())



        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Record]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RecordInput,
    idempotency_key: str | Unset = UNSET,
    if_match: str | Unset = UNSET,

) -> Response[Problem | Record]:
    """ Publish one of the caller's enforcement records (upsert by case number)

     A record is keyed by the publishing agency and its own `case_number`. Publishing a case
    number for the first time creates the record (201); publishing it again replaces its
    content (200, `version` + 1) and keeps the previous content as a version
    (`/records/{id}/versions`). Publishing exactly the same content again changes nothing and
    makes no version (200, same `version`). `If-Match` is optional; when sent for an
    existing record it must name its current ETag (412 otherwise). Amounts are yuan with at
    most two decimals, sent and returned as a decimal string (`Yuan`).

    Args:
        idempotency_key (str | Unset):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (RecordInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Record]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: RecordInput,
    idempotency_key: str | Unset = UNSET,
    if_match: str | Unset = UNSET,

) -> Problem | Record | None:
    """ Publish one of the caller's enforcement records (upsert by case number)

     A record is keyed by the publishing agency and its own `case_number`. Publishing a case
    number for the first time creates the record (201); publishing it again replaces its
    content (200, `version` + 1) and keeps the previous content as a version
    (`/records/{id}/versions`). Publishing exactly the same content again changes nothing and
    makes no version (200, same `version`). `If-Match` is optional; when sent for an
    existing record it must name its current ETag (412 otherwise). Amounts are yuan with at
    most two decimals, sent and returned as a decimal string (`Yuan`).

    Args:
        idempotency_key (str | Unset):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (RecordInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Record
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RecordInput,
    idempotency_key: str | Unset = UNSET,
    if_match: str | Unset = UNSET,

) -> Response[Problem | Record]:
    """ Publish one of the caller's enforcement records (upsert by case number)

     A record is keyed by the publishing agency and its own `case_number`. Publishing a case
    number for the first time creates the record (201); publishing it again replaces its
    content (200, `version` + 1) and keeps the previous content as a version
    (`/records/{id}/versions`). Publishing exactly the same content again changes nothing and
    makes no version (200, same `version`). `If-Match` is optional; when sent for an
    existing record it must name its current ETag (412 otherwise). Amounts are yuan with at
    most two decimals, sent and returned as a decimal string (`Yuan`).

    Args:
        idempotency_key (str | Unset):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (RecordInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Record]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RecordInput,
    idempotency_key: str | Unset = UNSET,
    if_match: str | Unset = UNSET,

) -> Problem | Record | None:
    """ Publish one of the caller's enforcement records (upsert by case number)

     A record is keyed by the publishing agency and its own `case_number`. Publishing a case
    number for the first time creates the record (201); publishing it again replaces its
    content (200, `version` + 1) and keeps the previous content as a version
    (`/records/{id}/versions`). Publishing exactly the same content again changes nothing and
    makes no version (200, same `version`). `If-Match` is optional; when sent for an
    existing record it must name its current ETag (412 otherwise). Amounts are yuan with at
    most two decimals, sent and returned as a decimal string (`Yuan`).

    Args:
        idempotency_key (str | Unset):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (RecordInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Record
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,
if_match=if_match,

    )).parsed
