from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.recommendation import Recommendation
from ...models.recommendation_create import RecommendationCreate
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: RecommendationCreate,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/recommendations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Recommendation | None:
    if response.status_code == 201:
        response_201 = Recommendation.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Recommendation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RecommendationCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | Recommendation]:
    """ Draft a procuratorial recommendation (检察建议) to one agency, with the hazards found

     The caller's procuratorate is the issuer; the recommendation starts `drafted` and is seen
    by the recipient only once it is served. `document_number` (文号) is unique per
    procuratorate (409 if taken). `kind`: `retrial` (再审), `correction` (纠正违法),
    `public_interest` (公益诉讼), `social_governance` (社会治理), `other` (其他).
    `harm_spreading` (损害继续扩大) shortens the reply period to 15 days.
    `copies_to` (抄送) names the bodies an escalation may go to. With an `Idempotency-Key`
    the same key and body replay the first 201.

    Args:
        idempotency_key (str | Unset):
        body (RecommendationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recommendation]
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
    body: RecommendationCreate,
    idempotency_key: str | Unset = UNSET,

) -> Problem | Recommendation | None:
    """ Draft a procuratorial recommendation (检察建议) to one agency, with the hazards found

     The caller's procuratorate is the issuer; the recommendation starts `drafted` and is seen
    by the recipient only once it is served. `document_number` (文号) is unique per
    procuratorate (409 if taken). `kind`: `retrial` (再审), `correction` (纠正违法),
    `public_interest` (公益诉讼), `social_governance` (社会治理), `other` (其他).
    `harm_spreading` (损害继续扩大) shortens the reply period to 15 days.
    `copies_to` (抄送) names the bodies an escalation may go to. With an `Idempotency-Key`
    the same key and body replay the first 201.

    Args:
        idempotency_key (str | Unset):
        body (RecommendationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recommendation
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RecommendationCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | Recommendation]:
    """ Draft a procuratorial recommendation (检察建议) to one agency, with the hazards found

     The caller's procuratorate is the issuer; the recommendation starts `drafted` and is seen
    by the recipient only once it is served. `document_number` (文号) is unique per
    procuratorate (409 if taken). `kind`: `retrial` (再审), `correction` (纠正违法),
    `public_interest` (公益诉讼), `social_governance` (社会治理), `other` (其他).
    `harm_spreading` (损害继续扩大) shortens the reply period to 15 days.
    `copies_to` (抄送) names the bodies an escalation may go to. With an `Idempotency-Key`
    the same key and body replay the first 201.

    Args:
        idempotency_key (str | Unset):
        body (RecommendationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recommendation]
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
    body: RecommendationCreate,
    idempotency_key: str | Unset = UNSET,

) -> Problem | Recommendation | None:
    """ Draft a procuratorial recommendation (检察建议) to one agency, with the hazards found

     The caller's procuratorate is the issuer; the recommendation starts `drafted` and is seen
    by the recipient only once it is served. `document_number` (文号) is unique per
    procuratorate (409 if taken). `kind`: `retrial` (再审), `correction` (纠正违法),
    `public_interest` (公益诉讼), `social_governance` (社会治理), `other` (其他).
    `harm_spreading` (损害继续扩大) shortens the reply period to 15 days.
    `copies_to` (抄送) names the bodies an escalation may go to. With an `Idempotency-Key`
    the same key and body replay the first 201.

    Args:
        idempotency_key (str | Unset):
        body (RecommendationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recommendation
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
