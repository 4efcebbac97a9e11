from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.webhook_create import WebhookCreate
from ...models.webhook_with_secret import WebhookWithSecret
from typing import cast



def _get_kwargs(
    *,
    body: WebhookCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | WebhookWithSecret | None:
    if response.status_code == 201:
        response_201 = WebhookWithSecret.from_dict(response.json())



        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

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
    *,
    client: AuthenticatedClient,
    body: WebhookCreate,

) -> Response[Problem | WebhookWithSecret]:
    """ Subscribe an endpoint of the caller's client to event types; the signing secret is shown this once

     The URL must be `https://` and resolve only to public addresses: a host that resolves to a
    private, loopback, link-local, multicast, reserved or cloud-metadata address is refused
    (422 naming `url`) unless the operator's allowlist (`REFERRAL_WEBHOOK_ALLOWLIST`) names it;
    allowlisted hosts may also use `http://`. The URL is checked again before every delivery,
    and the delivery connects to the address that was checked.

    The response carries `secret` (Standard Webhooks form, `whsec_` and base64). It is stored
    encrypted so that deliveries can be signed, and is never shown again: keep it, or rotate it.
    Each request is signed with the `webhook-id`, `webhook-timestamp` and `webhook-signature`
    headers of the Standard Webhooks specification (see the top-level `webhooks`).

    Args:
        body (WebhookCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookWithSecret]
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
    client: AuthenticatedClient,
    body: WebhookCreate,

) -> Problem | WebhookWithSecret | None:
    """ Subscribe an endpoint of the caller's client to event types; the signing secret is shown this once

     The URL must be `https://` and resolve only to public addresses: a host that resolves to a
    private, loopback, link-local, multicast, reserved or cloud-metadata address is refused
    (422 naming `url`) unless the operator's allowlist (`REFERRAL_WEBHOOK_ALLOWLIST`) names it;
    allowlisted hosts may also use `http://`. The URL is checked again before every delivery,
    and the delivery connects to the address that was checked.

    The response carries `secret` (Standard Webhooks form, `whsec_` and base64). It is stored
    encrypted so that deliveries can be signed, and is never shown again: keep it, or rotate it.
    Each request is signed with the `webhook-id`, `webhook-timestamp` and `webhook-signature`
    headers of the Standard Webhooks specification (see the top-level `webhooks`).

    Args:
        body (WebhookCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookWithSecret
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookCreate,

) -> Response[Problem | WebhookWithSecret]:
    """ Subscribe an endpoint of the caller's client to event types; the signing secret is shown this once

     The URL must be `https://` and resolve only to public addresses: a host that resolves to a
    private, loopback, link-local, multicast, reserved or cloud-metadata address is refused
    (422 naming `url`) unless the operator's allowlist (`REFERRAL_WEBHOOK_ALLOWLIST`) names it;
    allowlisted hosts may also use `http://`. The URL is checked again before every delivery,
    and the delivery connects to the address that was checked.

    The response carries `secret` (Standard Webhooks form, `whsec_` and base64). It is stored
    encrypted so that deliveries can be signed, and is never shown again: keep it, or rotate it.
    Each request is signed with the `webhook-id`, `webhook-timestamp` and `webhook-signature`
    headers of the Standard Webhooks specification (see the top-level `webhooks`).

    Args:
        body (WebhookCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookWithSecret]
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
    client: AuthenticatedClient,
    body: WebhookCreate,

) -> Problem | WebhookWithSecret | None:
    """ Subscribe an endpoint of the caller's client to event types; the signing secret is shown this once

     The URL must be `https://` and resolve only to public addresses: a host that resolves to a
    private, loopback, link-local, multicast, reserved or cloud-metadata address is refused
    (422 naming `url`) unless the operator's allowlist (`REFERRAL_WEBHOOK_ALLOWLIST`) names it;
    allowlisted hosts may also use `http://`. The URL is checked again before every delivery,
    and the delivery connects to the address that was checked.

    The response carries `secret` (Standard Webhooks form, `whsec_` and base64). It is stored
    encrypted so that deliveries can be signed, and is never shown again: keep it, or rotate it.
    Each request is signed with the `webhook-id`, `webhook-timestamp` and `webhook-signature`
    headers of the Standard Webhooks specification (see the top-level `webhooks`).

    Args:
        body (WebhookCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookWithSecret
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
