from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.issue_token_body import IssueTokenBody
from ...models.issue_token_response_400 import IssueTokenResponse400
from ...models.issue_token_response_401 import IssueTokenResponse401
from ...models.problem import Problem
from ...models.token_response import TokenResponse
from typing import cast



def _get_kwargs(
    *,
    body: IssueTokenBody,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IssueTokenResponse400 | IssueTokenResponse401 | Problem | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = IssueTokenResponse400.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = IssueTokenResponse401.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IssueTokenResponse400 | IssueTokenResponse401 | Problem | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueTokenBody,

) -> Response[IssueTokenResponse400 | IssueTokenResponse401 | Problem | TokenResponse]:
    """ Issue an access token (client_credentials grant only)

     Authenticate with HTTP Basic (client_secret_basic) or with `client_id` and
    `client_secret` form fields (client_secret_post). An optional `scope` narrows the grant;
    asking for a scope the client is not registered for is `invalid_scope`.

    Args:
        body (IssueTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IssueTokenResponse400 | IssueTokenResponse401 | Problem | TokenResponse]
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
    body: IssueTokenBody,

) -> IssueTokenResponse400 | IssueTokenResponse401 | Problem | TokenResponse | None:
    """ Issue an access token (client_credentials grant only)

     Authenticate with HTTP Basic (client_secret_basic) or with `client_id` and
    `client_secret` form fields (client_secret_post). An optional `scope` narrows the grant;
    asking for a scope the client is not registered for is `invalid_scope`.

    Args:
        body (IssueTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IssueTokenResponse400 | IssueTokenResponse401 | Problem | TokenResponse
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueTokenBody,

) -> Response[IssueTokenResponse400 | IssueTokenResponse401 | Problem | TokenResponse]:
    """ Issue an access token (client_credentials grant only)

     Authenticate with HTTP Basic (client_secret_basic) or with `client_id` and
    `client_secret` form fields (client_secret_post). An optional `scope` narrows the grant;
    asking for a scope the client is not registered for is `invalid_scope`.

    Args:
        body (IssueTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IssueTokenResponse400 | IssueTokenResponse401 | Problem | TokenResponse]
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
    body: IssueTokenBody,

) -> IssueTokenResponse400 | IssueTokenResponse401 | Problem | TokenResponse | None:
    """ Issue an access token (client_credentials grant only)

     Authenticate with HTTP Basic (client_secret_basic) or with `client_id` and
    `client_secret` form fields (client_secret_post). An optional `scope` narrows the grant;
    asking for a scope the client is not registered for is `invalid_scope`.

    Args:
        body (IssueTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IssueTokenResponse400 | IssueTokenResponse401 | Problem | TokenResponse
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
