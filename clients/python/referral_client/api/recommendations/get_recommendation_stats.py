from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.recommendation_stats import RecommendationStats
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    year: int | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["year"] = year


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/recommendations/stats",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RecommendationStats | None:
    if response.status_code == 200:
        response_200 = RecommendationStats.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RecommendationStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,

) -> Response[Problem | RecommendationStats]:
    """ Counts for the joint meeting (联席会议), by recipient agency and month of service

     Over the recommendations the caller's procuratorate has served (in `year`, by the date
    of service, when given): issued, replied on time / late, adopted, partly adopted, hazards
    named and hazards rectified (the on-site finding of the follow-up where there was one,
    else the reply's status). Months are `YYYY-MM`.

    Args:
        year (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecommendationStats]
     """


    kwargs = _get_kwargs(
        year=year,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,

) -> Problem | RecommendationStats | None:
    """ Counts for the joint meeting (联席会议), by recipient agency and month of service

     Over the recommendations the caller's procuratorate has served (in `year`, by the date
    of service, when given): issued, replied on time / late, adopted, partly adopted, hazards
    named and hazards rectified (the on-site finding of the follow-up where there was one,
    else the reply's status). Months are `YYYY-MM`.

    Args:
        year (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecommendationStats
     """


    return sync_detailed(
        client=client,
year=year,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,

) -> Response[Problem | RecommendationStats]:
    """ Counts for the joint meeting (联席会议), by recipient agency and month of service

     Over the recommendations the caller's procuratorate has served (in `year`, by the date
    of service, when given): issued, replied on time / late, adopted, partly adopted, hazards
    named and hazards rectified (the on-site finding of the follow-up where there was one,
    else the reply's status). Months are `YYYY-MM`.

    Args:
        year (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecommendationStats]
     """


    kwargs = _get_kwargs(
        year=year,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,

) -> Problem | RecommendationStats | None:
    """ Counts for the joint meeting (联席会议), by recipient agency and month of service

     Over the recommendations the caller's procuratorate has served (in `year`, by the date
    of service, when given): issued, replied on time / late, adopted, partly adopted, hazards
    named and hazards rectified (the on-site finding of the follow-up where there was one,
    else the reply's status). Months are `YYYY-MM`.

    Args:
        year (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecommendationStats
     """


    return (await asyncio_detailed(
        client=client,
year=year,

    )).parsed
