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
        "url": "/metrics",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

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
    """ Prometheus metrics, for the operator

     Prometheus text format, added up over every server worker: `referral_http_requests_total`
    (by method, route template and status), `referral_http_request_duration_seconds` (a
    histogram by method and route template), `referral_tokens_issued_total`,
    `referral_tokens_refused_total`, `referral_audit_unsealed_entries` (access-log entries not
    yet linked onto the hash chain) and `referral_referrals_overdue`. Not for agency clients:
    it takes the operator's token set in `REFERRAL_METRICS_TOKEN` (not an OAuth token), and is
    404 when none is set. Not in the access log, and its scrapes are not audited.

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
    """ Prometheus metrics, for the operator

     Prometheus text format, added up over every server worker: `referral_http_requests_total`
    (by method, route template and status), `referral_http_request_duration_seconds` (a
    histogram by method and route template), `referral_tokens_issued_total`,
    `referral_tokens_refused_total`, `referral_audit_unsealed_entries` (access-log entries not
    yet linked onto the hash chain) and `referral_referrals_overdue`. Not for agency clients:
    it takes the operator's token set in `REFERRAL_METRICS_TOKEN` (not an OAuth token), and is
    404 when none is set. Not in the access log, and its scrapes are not audited.

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
    """ Prometheus metrics, for the operator

     Prometheus text format, added up over every server worker: `referral_http_requests_total`
    (by method, route template and status), `referral_http_request_duration_seconds` (a
    histogram by method and route template), `referral_tokens_issued_total`,
    `referral_tokens_refused_total`, `referral_audit_unsealed_entries` (access-log entries not
    yet linked onto the hash chain) and `referral_referrals_overdue`. Not for agency clients:
    it takes the operator's token set in `REFERRAL_METRICS_TOKEN` (not an OAuth token), and is
    404 when none is set. Not in the access log, and its scrapes are not audited.

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
    """ Prometheus metrics, for the operator

     Prometheus text format, added up over every server worker: `referral_http_requests_total`
    (by method, route template and status), `referral_http_request_duration_seconds` (a
    histogram by method and route template), `referral_tokens_issued_total`,
    `referral_tokens_refused_total`, `referral_audit_unsealed_entries` (access-log entries not
    yet linked onto the hash chain) and `referral_referrals_overdue`. Not for agency clients:
    it takes the operator's token set in `REFERRAL_METRICS_TOKEN` (not an OAuth token), and is
    404 when none is set. Not in the access log, and its scrapes are not audited.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed
