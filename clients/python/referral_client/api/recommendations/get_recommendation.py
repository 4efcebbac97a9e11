from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.recommendation import Recommendation
from typing import cast



def _get_kwargs(
    recommendation_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/recommendations/{recommendation_id}".format(recommendation_id=quote(str(recommendation_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Recommendation | None:
    if response.status_code == 200:
        response_200 = Recommendation.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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
    recommendation_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | Recommendation]:
    """ One recommendation, with its hazards and its ETag

     Another agency's recommendation, or a draft not yet served on the caller, is 404.

    Args:
        recommendation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recommendation]
     """


    kwargs = _get_kwargs(
        recommendation_id=recommendation_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    recommendation_id: str,
    *,
    client: AuthenticatedClient,

) -> Problem | Recommendation | None:
    """ One recommendation, with its hazards and its ETag

     Another agency's recommendation, or a draft not yet served on the caller, is 404.

    Args:
        recommendation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recommendation
     """


    return sync_detailed(
        recommendation_id=recommendation_id,
client=client,

    ).parsed

async def asyncio_detailed(
    recommendation_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | Recommendation]:
    """ One recommendation, with its hazards and its ETag

     Another agency's recommendation, or a draft not yet served on the caller, is 404.

    Args:
        recommendation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recommendation]
     """


    kwargs = _get_kwargs(
        recommendation_id=recommendation_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    recommendation_id: str,
    *,
    client: AuthenticatedClient,

) -> Problem | Recommendation | None:
    """ One recommendation, with its hazards and its ETag

     Another agency's recommendation, or a draft not yet served on the caller, is 404.

    Args:
        recommendation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recommendation
     """


    return (await asyncio_detailed(
        recommendation_id=recommendation_id,
client=client,

    )).parsed
