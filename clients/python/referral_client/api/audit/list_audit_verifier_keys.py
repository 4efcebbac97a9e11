from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.audit_verifier_key_list import AuditVerifierKeyList
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit-events/keys",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditVerifierKeyList | Problem | None:
    if response.status_code == 200:
        response_200 = AuditVerifierKeyList.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AuditVerifierKeyList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,

) -> Response[AuditVerifierKeyList | Problem]:
    """ Every public key the log has signed checkpoints with, old keys included

     Each key as a signed-note verifier key (`name+hex(key id)+base64(type || public key)`,
    type 0x01 for Ed25519) and as a JWK. Keys stay listed after a rotation so that older
    checkpoints remain verifiable; `current` marks the key signing now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditVerifierKeyList | Problem]
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

) -> AuditVerifierKeyList | Problem | None:
    """ Every public key the log has signed checkpoints with, old keys included

     Each key as a signed-note verifier key (`name+hex(key id)+base64(type || public key)`,
    type 0x01 for Ed25519) and as a JWK. Keys stay listed after a rotation so that older
    checkpoints remain verifiable; `current` marks the key signing now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditVerifierKeyList | Problem
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,

) -> Response[AuditVerifierKeyList | Problem]:
    """ Every public key the log has signed checkpoints with, old keys included

     Each key as a signed-note verifier key (`name+hex(key id)+base64(type || public key)`,
    type 0x01 for Ed25519) and as a JWK. Keys stay listed after a rotation so that older
    checkpoints remain verifiable; `current` marks the key signing now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditVerifierKeyList | Problem]
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

) -> AuditVerifierKeyList | Problem | None:
    """ Every public key the log has signed checkpoints with, old keys included

     Each key as a signed-note verifier key (`name+hex(key id)+base64(type || public key)`,
    type 0x01 for Ed25519) and as a JWK. Keys stay listed after a rotation so that older
    checkpoints remain verifiable; `current` marks the key signing now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditVerifierKeyList | Problem
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed
