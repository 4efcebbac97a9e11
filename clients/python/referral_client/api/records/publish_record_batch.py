from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.record_batch_input import RecordBatchInput
from ...models.record_batch_result import RecordBatchResult
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: RecordBatchInput,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/records/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RecordBatchResult | None:
    if response.status_code == 200:
        response_200 = RecordBatchResult.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RecordBatchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RecordBatchInput,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | RecordBatchResult]:
    """ Publish up to 1,000 records at once, all or nothing

     Each record is published as by `POST /records`. If any record is invalid, nothing is
    written and the 422 problem's `errors.records` maps each failing index (as a string) to
    that record's field errors, e.g. `{"records": {"3": {"subject": {"credit_code": [...]}}}}`.
    A case number may appear only once per batch. The body may be up to 16 MiB
    (`REFERRAL_RECORDS_BATCH_MAX_BODY_BYTES`).

    Args:
        idempotency_key (str | Unset):
        body (RecordBatchInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordBatchResult]
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
    body: RecordBatchInput,
    idempotency_key: str | Unset = UNSET,

) -> Problem | RecordBatchResult | None:
    """ Publish up to 1,000 records at once, all or nothing

     Each record is published as by `POST /records`. If any record is invalid, nothing is
    written and the 422 problem's `errors.records` maps each failing index (as a string) to
    that record's field errors, e.g. `{"records": {"3": {"subject": {"credit_code": [...]}}}}`.
    A case number may appear only once per batch. The body may be up to 16 MiB
    (`REFERRAL_RECORDS_BATCH_MAX_BODY_BYTES`).

    Args:
        idempotency_key (str | Unset):
        body (RecordBatchInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordBatchResult
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RecordBatchInput,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | RecordBatchResult]:
    """ Publish up to 1,000 records at once, all or nothing

     Each record is published as by `POST /records`. If any record is invalid, nothing is
    written and the 422 problem's `errors.records` maps each failing index (as a string) to
    that record's field errors, e.g. `{"records": {"3": {"subject": {"credit_code": [...]}}}}`.
    A case number may appear only once per batch. The body may be up to 16 MiB
    (`REFERRAL_RECORDS_BATCH_MAX_BODY_BYTES`).

    Args:
        idempotency_key (str | Unset):
        body (RecordBatchInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordBatchResult]
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
    body: RecordBatchInput,
    idempotency_key: str | Unset = UNSET,

) -> Problem | RecordBatchResult | None:
    """ Publish up to 1,000 records at once, all or nothing

     Each record is published as by `POST /records`. If any record is invalid, nothing is
    written and the 422 problem's `errors.records` maps each failing index (as a string) to
    that record's field errors, e.g. `{"records": {"3": {"subject": {"credit_code": [...]}}}}`.
    A case number may appear only once per batch. The body may be up to 16 MiB
    (`REFERRAL_RECORDS_BATCH_MAX_BODY_BYTES`).

    Args:
        idempotency_key (str | Unset):
        body (RecordBatchInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordBatchResult
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
