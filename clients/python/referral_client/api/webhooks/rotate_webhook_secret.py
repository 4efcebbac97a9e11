from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.webhook_with_secret import WebhookWithSecret
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    webhook_id: str,
    *,
    if_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks/{webhook_id}/rotate-secret".format(webhook_id=quote(str(webhook_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | WebhookWithSecret | None:
    if response.status_code == 200:
        response_200 = WebhookWithSecret.from_dict(response.json())



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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | WebhookWithSecret]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,

) -> Response[Problem | WebhookWithSecret]:
    """ A new signing secret, shown this once; the old one stays valid for a grace period

     Until `previous_secret_expires_at` (24 hours by default) every delivery carries two
    signatures in `webhook-signature`, one per secret, so the receiver can switch at its pace.

    Args:
        webhook_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookWithSecret]
     """


    kwargs = _get_kwargs(
        webhook_id=webhook_id,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,

) -> Problem | WebhookWithSecret | None:
    """ A new signing secret, shown this once; the old one stays valid for a grace period

     Until `previous_secret_expires_at` (24 hours by default) every delivery carries two
    signatures in `webhook-signature`, one per secret, so the receiver can switch at its pace.

    Args:
        webhook_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookWithSecret
     """


    return sync_detailed(
        webhook_id=webhook_id,
client=client,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,

) -> Response[Problem | WebhookWithSecret]:
    """ A new signing secret, shown this once; the old one stays valid for a grace period

     Until `previous_secret_expires_at` (24 hours by default) every delivery carries two
    signatures in `webhook-signature`, one per secret, so the receiver can switch at its pace.

    Args:
        webhook_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookWithSecret]
     """


    kwargs = _get_kwargs(
        webhook_id=webhook_id,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,

) -> Problem | WebhookWithSecret | None:
    """ A new signing secret, shown this once; the old one stays valid for a grace period

     Until `previous_secret_expires_at` (24 hours by default) every delivery carries two
    signatures in `webhook-signature`, one per secret, so the receiver can switch at its pace.

    Args:
        webhook_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookWithSecret
     """


    return (await asyncio_detailed(
        webhook_id=webhook_id,
client=client,
if_match=if_match,

    )).parsed
