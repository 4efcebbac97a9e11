from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.event_page import EventPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = 50,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/events",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventPage | Problem | None:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[EventPage | Problem]:
    """ The caller's agency's events in order: poll with `after` instead of every list

     Any valid token. Each event names its type and subject (`subject_kind`, `subject_id`), not
    the object: read the object with its own endpoint and scope. Events have the same `id` as
    the `webhook-id` of their webhook deliveries. Pass the `next_cursor` of the previous
    answer as `after` to get what came since; with no new events the answer repeats the
    cursor. An event becomes listed only once every transaction before it has ended, so a
    poller never skips one.

    Args:
        after (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
     """


    kwargs = _get_kwargs(
        after=after,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 50,

) -> EventPage | Problem | None:
    """ The caller's agency's events in order: poll with `after` instead of every list

     Any valid token. Each event names its type and subject (`subject_kind`, `subject_id`), not
    the object: read the object with its own endpoint and scope. Events have the same `id` as
    the `webhook-id` of their webhook deliveries. Pass the `next_cursor` of the previous
    answer as `after` to get what came since; with no new events the answer repeats the
    cursor. An event becomes listed only once every transaction before it has ended, so a
    poller never skips one.

    Args:
        after (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
     """


    return sync_detailed(
        client=client,
after=after,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[EventPage | Problem]:
    """ The caller's agency's events in order: poll with `after` instead of every list

     Any valid token. Each event names its type and subject (`subject_kind`, `subject_id`), not
    the object: read the object with its own endpoint and scope. Events have the same `id` as
    the `webhook-id` of their webhook deliveries. Pass the `next_cursor` of the previous
    answer as `after` to get what came since; with no new events the answer repeats the
    cursor. An event becomes listed only once every transaction before it has ended, so a
    poller never skips one.

    Args:
        after (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
     """


    kwargs = _get_kwargs(
        after=after,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 50,

) -> EventPage | Problem | None:
    """ The caller's agency's events in order: poll with `after` instead of every list

     Any valid token. Each event names its type and subject (`subject_kind`, `subject_id`), not
    the object: read the object with its own endpoint and scope. Events have the same `id` as
    the `webhook-id` of their webhook deliveries. Pass the `next_cursor` of the previous
    answer as `after` to get what came since; with no new events the answer repeats the
    cursor. An event becomes listed only once every transaction before it has ended, so a
    poller never skips one.

    Args:
        after (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
after=after,
limit=limit,

    )).parsed
