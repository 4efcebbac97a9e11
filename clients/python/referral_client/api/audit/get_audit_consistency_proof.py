from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.audit_consistency_proof import AuditConsistencyProof
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    first: int,
    second: int,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["first"] = first

    params["second"] = second


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit-events/proof/consistency",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditConsistencyProof | Problem | None:
    if response.status_code == 200:
        response_200 = AuditConsistencyProof.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AuditConsistencyProof | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    first: int,
    second: int,

) -> Response[AuditConsistencyProof | Problem]:
    """ RFC 9162 consistency proof between two tree sizes

     Proves (RFC 9162 §2.1.4) that the tree of the first `first` entries is a prefix of the tree
    of the first `second`: that nothing signed in an older checkpoint was removed or changed.

    Args:
        first (int):
        second (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditConsistencyProof | Problem]
     """


    kwargs = _get_kwargs(
        first=first,
second=second,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    first: int,
    second: int,

) -> AuditConsistencyProof | Problem | None:
    """ RFC 9162 consistency proof between two tree sizes

     Proves (RFC 9162 §2.1.4) that the tree of the first `first` entries is a prefix of the tree
    of the first `second`: that nothing signed in an older checkpoint was removed or changed.

    Args:
        first (int):
        second (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditConsistencyProof | Problem
     """


    return sync_detailed(
        client=client,
first=first,
second=second,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    first: int,
    second: int,

) -> Response[AuditConsistencyProof | Problem]:
    """ RFC 9162 consistency proof between two tree sizes

     Proves (RFC 9162 §2.1.4) that the tree of the first `first` entries is a prefix of the tree
    of the first `second`: that nothing signed in an older checkpoint was removed or changed.

    Args:
        first (int):
        second (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditConsistencyProof | Problem]
     """


    kwargs = _get_kwargs(
        first=first,
second=second,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    first: int,
    second: int,

) -> AuditConsistencyProof | Problem | None:
    """ RFC 9162 consistency proof between two tree sizes

     Proves (RFC 9162 §2.1.4) that the tree of the first `first` entries is a prefix of the tree
    of the first `second`: that nothing signed in an older checkpoint was removed or changed.

    Args:
        first (int):
        second (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditConsistencyProof | Problem
     """


    return (await asyncio_detailed(
        client=client,
first=first,
second=second,

    )).parsed
