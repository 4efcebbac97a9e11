from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.referral import Referral
from ...models.referral_create import ReferralCreate
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: ReferralCreate,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/referrals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Referral | None:
    if response.status_code == 201:
        response_201 = Referral.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Referral]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReferralCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | Referral]:
    """ Transfer a case (移送) from the caller's agency to a recipient agency

     The caller's agency is the source. The referral starts `submitted`, with `due_at` set to
    the end of the recipient's receipt period (`deadline_working_days.receipt`, 1 working day).
    Parties' identifiers are validated by their check characters (GB 32100-2015, GB 11643-1999).
    Categories: `criminal` (涉嫌犯罪案件移送), `public_interest` (公益诉讼线索, recipient must be
    the procuratorate), `administrative_violation`, `reverse` (反向衔接, only the
    procuratorate as source).

    With an `Idempotency-Key` (scoped to the client) the same key and body replay the first
    201 (status, body, `Location`, `ETag`, plus `Idempotent-Replayed: true`); the same key with
    another body is 422. A retry that arrives while the first request is still running waits
    for it and then replays it, so concurrent retries create exactly one referral. A request
    that failed leaves no key behind, so it can be retried with the same key.

    Args:
        idempotency_key (str | Unset):
        body (ReferralCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Referral]
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
    body: ReferralCreate,
    idempotency_key: str | Unset = UNSET,

) -> Problem | Referral | None:
    """ Transfer a case (移送) from the caller's agency to a recipient agency

     The caller's agency is the source. The referral starts `submitted`, with `due_at` set to
    the end of the recipient's receipt period (`deadline_working_days.receipt`, 1 working day).
    Parties' identifiers are validated by their check characters (GB 32100-2015, GB 11643-1999).
    Categories: `criminal` (涉嫌犯罪案件移送), `public_interest` (公益诉讼线索, recipient must be
    the procuratorate), `administrative_violation`, `reverse` (反向衔接, only the
    procuratorate as source).

    With an `Idempotency-Key` (scoped to the client) the same key and body replay the first
    201 (status, body, `Location`, `ETag`, plus `Idempotent-Replayed: true`); the same key with
    another body is 422. A retry that arrives while the first request is still running waits
    for it and then replays it, so concurrent retries create exactly one referral. A request
    that failed leaves no key behind, so it can be retried with the same key.

    Args:
        idempotency_key (str | Unset):
        body (ReferralCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Referral
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReferralCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | Referral]:
    """ Transfer a case (移送) from the caller's agency to a recipient agency

     The caller's agency is the source. The referral starts `submitted`, with `due_at` set to
    the end of the recipient's receipt period (`deadline_working_days.receipt`, 1 working day).
    Parties' identifiers are validated by their check characters (GB 32100-2015, GB 11643-1999).
    Categories: `criminal` (涉嫌犯罪案件移送), `public_interest` (公益诉讼线索, recipient must be
    the procuratorate), `administrative_violation`, `reverse` (反向衔接, only the
    procuratorate as source).

    With an `Idempotency-Key` (scoped to the client) the same key and body replay the first
    201 (status, body, `Location`, `ETag`, plus `Idempotent-Replayed: true`); the same key with
    another body is 422. A retry that arrives while the first request is still running waits
    for it and then replays it, so concurrent retries create exactly one referral. A request
    that failed leaves no key behind, so it can be retried with the same key.

    Args:
        idempotency_key (str | Unset):
        body (ReferralCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Referral]
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
    body: ReferralCreate,
    idempotency_key: str | Unset = UNSET,

) -> Problem | Referral | None:
    """ Transfer a case (移送) from the caller's agency to a recipient agency

     The caller's agency is the source. The referral starts `submitted`, with `due_at` set to
    the end of the recipient's receipt period (`deadline_working_days.receipt`, 1 working day).
    Parties' identifiers are validated by their check characters (GB 32100-2015, GB 11643-1999).
    Categories: `criminal` (涉嫌犯罪案件移送), `public_interest` (公益诉讼线索, recipient must be
    the procuratorate), `administrative_violation`, `reverse` (反向衔接, only the
    procuratorate as source).

    With an `Idempotency-Key` (scoped to the client) the same key and body replay the first
    201 (status, body, `Location`, `ETag`, plus `Idempotent-Replayed: true`); the same key with
    another body is 422. A retry that arrives while the first request is still running waits
    for it and then replays it, so concurrent retries create exactly one referral. A request
    that failed leaves no key behind, so it can be retried with the same key.

    Args:
        idempotency_key (str | Unset):
        body (ReferralCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Referral
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
