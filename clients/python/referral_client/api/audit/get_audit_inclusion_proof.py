from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.audit_inclusion_proof import AuditInclusionProof
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    seq: int,
    tree_size: int,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["seq"] = seq

    params["tree_size"] = tree_size


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit-events/proof/inclusion",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditInclusionProof | Problem | None:
    if response.status_code == 200:
        response_200 = AuditInclusionProof.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AuditInclusionProof | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    seq: int,
    tree_size: int,

) -> Response[AuditInclusionProof | Problem]:
    """ RFC 9162 inclusion proof of one entry in a tree of a given size

     The audit path (RFC 9162 §2.1.3) from the entry's leaf to the root of the tree of its first
    `tree_size` entries, to check against a checkpoint of that size. Hashes are base64.

    Args:
        seq (int):
        tree_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditInclusionProof | Problem]
     """


    kwargs = _get_kwargs(
        seq=seq,
tree_size=tree_size,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    seq: int,
    tree_size: int,

) -> AuditInclusionProof | Problem | None:
    """ RFC 9162 inclusion proof of one entry in a tree of a given size

     The audit path (RFC 9162 §2.1.3) from the entry's leaf to the root of the tree of its first
    `tree_size` entries, to check against a checkpoint of that size. Hashes are base64.

    Args:
        seq (int):
        tree_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditInclusionProof | Problem
     """


    return sync_detailed(
        client=client,
seq=seq,
tree_size=tree_size,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    seq: int,
    tree_size: int,

) -> Response[AuditInclusionProof | Problem]:
    """ RFC 9162 inclusion proof of one entry in a tree of a given size

     The audit path (RFC 9162 §2.1.3) from the entry's leaf to the root of the tree of its first
    `tree_size` entries, to check against a checkpoint of that size. Hashes are base64.

    Args:
        seq (int):
        tree_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditInclusionProof | Problem]
     """


    kwargs = _get_kwargs(
        seq=seq,
tree_size=tree_size,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    seq: int,
    tree_size: int,

) -> AuditInclusionProof | Problem | None:
    """ RFC 9162 inclusion proof of one entry in a tree of a given size

     The audit path (RFC 9162 §2.1.3) from the entry's leaf to the root of the tree of its first
    `tree_size` entries, to check against a checkpoint of that size. Hashes are base64.

    Args:
        seq (int):
        tree_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditInclusionProof | Problem
     """


    return (await asyncio_detailed(
        client=client,
seq=seq,
tree_size=tree_size,

    )).parsed
