from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.introspect_token_body import IntrospectTokenBody
from ...models.introspect_token_response_400 import IntrospectTokenResponse400
from ...models.introspect_token_response_401 import IntrospectTokenResponse401
from ...models.introspection import Introspection
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: IntrospectTokenBody,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/introspect",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IntrospectTokenResponse400 | IntrospectTokenResponse401 | Introspection | Problem | None:
    if response.status_code == 200:
        response_200 = Introspection.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = IntrospectTokenResponse400.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = IntrospectTokenResponse401.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IntrospectTokenResponse400 | IntrospectTokenResponse401 | Introspection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IntrospectTokenBody,

) -> Response[IntrospectTokenResponse400 | IntrospectTokenResponse401 | Introspection | Problem]:
    """ Introspect a token (RFC 7662)

     A client may introspect its own tokens; clients with `audit:read`, any token.

    Args:
        body (IntrospectTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntrospectTokenResponse400 | IntrospectTokenResponse401 | Introspection | Problem]
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
    body: IntrospectTokenBody,

) -> IntrospectTokenResponse400 | IntrospectTokenResponse401 | Introspection | Problem | None:
    """ Introspect a token (RFC 7662)

     A client may introspect its own tokens; clients with `audit:read`, any token.

    Args:
        body (IntrospectTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntrospectTokenResponse400 | IntrospectTokenResponse401 | Introspection | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IntrospectTokenBody,

) -> Response[IntrospectTokenResponse400 | IntrospectTokenResponse401 | Introspection | Problem]:
    """ Introspect a token (RFC 7662)

     A client may introspect its own tokens; clients with `audit:read`, any token.

    Args:
        body (IntrospectTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntrospectTokenResponse400 | IntrospectTokenResponse401 | Introspection | Problem]
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
    body: IntrospectTokenBody,

) -> IntrospectTokenResponse400 | IntrospectTokenResponse401 | Introspection | Problem | None:
    """ Introspect a token (RFC 7662)

     A client may introspect its own tokens; clients with `audit:read`, any token.

    Args:
        body (IntrospectTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntrospectTokenResponse400 | IntrospectTokenResponse401 | Introspection | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
