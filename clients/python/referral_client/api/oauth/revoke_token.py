from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.revoke_token_body import RevokeTokenBody
from ...models.revoke_token_response_200 import RevokeTokenResponse200
from ...models.revoke_token_response_400 import RevokeTokenResponse400
from ...models.revoke_token_response_401 import RevokeTokenResponse401
from typing import cast



def _get_kwargs(
    *,
    body: RevokeTokenBody,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/revoke",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RevokeTokenResponse200 | RevokeTokenResponse400 | RevokeTokenResponse401 | None:
    if response.status_code == 200:
        response_200 = RevokeTokenResponse200.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = RevokeTokenResponse400.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = RevokeTokenResponse401.from_dict(response.json())



        return response_401

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RevokeTokenResponse200 | RevokeTokenResponse400 | RevokeTokenResponse401]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeTokenBody,

) -> Response[Problem | RevokeTokenResponse200 | RevokeTokenResponse400 | RevokeTokenResponse401]:
    """ Revoke a token (RFC 7009); it stops working on the next request

    Args:
        body (RevokeTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RevokeTokenResponse200 | RevokeTokenResponse400 | RevokeTokenResponse401]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeTokenBody,

) -> Problem | RevokeTokenResponse200 | RevokeTokenResponse400 | RevokeTokenResponse401 | None:
    """ Revoke a token (RFC 7009); it stops working on the next request

    Args:
        body (RevokeTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RevokeTokenResponse200 | RevokeTokenResponse400 | RevokeTokenResponse401
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeTokenBody,

) -> Response[Problem | RevokeTokenResponse200 | RevokeTokenResponse400 | RevokeTokenResponse401]:
    """ Revoke a token (RFC 7009); it stops working on the next request

    Args:
        body (RevokeTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RevokeTokenResponse200 | RevokeTokenResponse400 | RevokeTokenResponse401]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeTokenBody,

) -> Problem | RevokeTokenResponse200 | RevokeTokenResponse400 | RevokeTokenResponse401 | None:
    """ Revoke a token (RFC 7009); it stops working on the next request

    Args:
        body (RevokeTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RevokeTokenResponse200 | RevokeTokenResponse400 | RevokeTokenResponse401
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
