from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit-events/checkpoint",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,

) -> Response[Problem | str]:
    """ The newest signed checkpoint (tree head) of the access log

     A C2SP tlog-checkpoint in the C2SP signed-note format: the origin line, the tree size in
    decimal, the base64 root hash, a blank line, and `— <key name> <base64(key id || signature)>`.
    The tree is RFC 9162's: leaf `HASH(0x00 || entry)`, node `HASH(0x01 || left || right)`,
    where the entry bytes are the RFC 8785 (JCS) canonical JSON of the entry's content fields
    (`occurred_at` with microseconds, `scopes` as a space-separated string) and leaf `seq` is
    at index `seq - 1`. HASH is SHA-256 with Ed25519 signatures, or SM3 with SM2 signatures
    where the deployment is configured so. Keep the checkpoints you fetch: a later log that
    is not consistent with them was cut short or rewritten. `Accept: application/json`
    returns the same checkpoint as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,

) -> Problem | str | None:
    """ The newest signed checkpoint (tree head) of the access log

     A C2SP tlog-checkpoint in the C2SP signed-note format: the origin line, the tree size in
    decimal, the base64 root hash, a blank line, and `— <key name> <base64(key id || signature)>`.
    The tree is RFC 9162's: leaf `HASH(0x00 || entry)`, node `HASH(0x01 || left || right)`,
    where the entry bytes are the RFC 8785 (JCS) canonical JSON of the entry's content fields
    (`occurred_at` with microseconds, `scopes` as a space-separated string) and leaf `seq` is
    at index `seq - 1`. HASH is SHA-256 with Ed25519 signatures, or SM3 with SM2 signatures
    where the deployment is configured so. Keep the checkpoints you fetch: a later log that
    is not consistent with them was cut short or rewritten. `Accept: application/json`
    returns the same checkpoint as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,

) -> Response[Problem | str]:
    """ The newest signed checkpoint (tree head) of the access log

     A C2SP tlog-checkpoint in the C2SP signed-note format: the origin line, the tree size in
    decimal, the base64 root hash, a blank line, and `— <key name> <base64(key id || signature)>`.
    The tree is RFC 9162's: leaf `HASH(0x00 || entry)`, node `HASH(0x01 || left || right)`,
    where the entry bytes are the RFC 8785 (JCS) canonical JSON of the entry's content fields
    (`occurred_at` with microseconds, `scopes` as a space-separated string) and leaf `seq` is
    at index `seq - 1`. HASH is SHA-256 with Ed25519 signatures, or SM3 with SM2 signatures
    where the deployment is configured so. Keep the checkpoints you fetch: a later log that
    is not consistent with them was cut short or rewritten. `Accept: application/json`
    returns the same checkpoint as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        
    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,

) -> Problem | str | None:
    """ The newest signed checkpoint (tree head) of the access log

     A C2SP tlog-checkpoint in the C2SP signed-note format: the origin line, the tree size in
    decimal, the base64 root hash, a blank line, and `— <key name> <base64(key id || signature)>`.
    The tree is RFC 9162's: leaf `HASH(0x00 || entry)`, node `HASH(0x01 || left || right)`,
    where the entry bytes are the RFC 8785 (JCS) canonical JSON of the entry's content fields
    (`occurred_at` with microseconds, `scopes` as a space-separated string) and leaf `seq` is
    at index `seq - 1`. HASH is SHA-256 with Ed25519 signatures, or SM3 with SM2 signatures
    where the deployment is configured so. Keep the checkpoints you fetch: a later log that
    is not consistent with them was cut short or rewritten. `Accept: application/json`
    returns the same checkpoint as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed
