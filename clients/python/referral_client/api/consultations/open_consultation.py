from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.consultation import Consultation
from ...models.consultation_create import ConsultationCreate
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: ConsultationCreate,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/consultations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Consultation | Problem | None:
    if response.status_code == 201:
        response_201 = Consultation.from_dict(response.json())



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
    *,
    client: AuthenticatedClient,
    body: ConsultationCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[Consultation | Problem]:
    """ Ask another agency (专业支持、双向咨询), or open a pre-suit consultation (诉前磋商)

     Kinds: `question` (咨询), `professional_opinion` (专业意见), `pre_suit` (诉前磋商, opened by
    the procuratorate only). `link` optionally names a referral, record or recommendation
    that both agencies can read; anything else (including an id that does not exist) is the
    same 422, so nothing is disclosed. `due_on` is the date an answer is wanted by.

    Args:
        idempotency_key (str | Unset):
        body (ConsultationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Consultation | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: ConsultationCreate,
    idempotency_key: str | Unset = UNSET,

) -> Consultation | Problem | None:
    """ Ask another agency (专业支持、双向咨询), or open a pre-suit consultation (诉前磋商)

     Kinds: `question` (咨询), `professional_opinion` (专业意见), `pre_suit` (诉前磋商, opened by
    the procuratorate only). `link` optionally names a referral, record or recommendation
    that both agencies can read; anything else (including an id that does not exist) is the
    same 422, so nothing is disclosed. `due_on` is the date an answer is wanted by.

    Args:
        idempotency_key (str | Unset):
        body (ConsultationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Consultation | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ConsultationCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[Consultation | Problem]:
    """ Ask another agency (专业支持、双向咨询), or open a pre-suit consultation (诉前磋商)

     Kinds: `question` (咨询), `professional_opinion` (专业意见), `pre_suit` (诉前磋商, opened by
    the procuratorate only). `link` optionally names a referral, record or recommendation
    that both agencies can read; anything else (including an id that does not exist) is the
    same 422, so nothing is disclosed. `due_on` is the date an answer is wanted by.

    Args:
        idempotency_key (str | Unset):
        body (ConsultationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Consultation | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ConsultationCreate,
    idempotency_key: str | Unset = UNSET,

) -> Consultation | Problem | None:
    """ Ask another agency (专业支持、双向咨询), or open a pre-suit consultation (诉前磋商)

     Kinds: `question` (咨询), `professional_opinion` (专业意见), `pre_suit` (诉前磋商, opened by
    the procuratorate only). `link` optionally names a referral, record or recommendation
    that both agencies can read; anything else (including an id that does not exist) is the
    same 422, so nothing is disclosed. `due_on` is the date an answer is wanted by.

    Args:
        idempotency_key (str | Unset):
        body (ConsultationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Consultation | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
