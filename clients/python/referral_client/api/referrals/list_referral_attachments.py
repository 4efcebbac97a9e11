from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.attachment_page import AttachmentPage
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    referral_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/referrals/{referral_id}/attachments".format(referral_id=quote(str(referral_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AttachmentPage | Problem | None:
    if response.status_code == 200:
        response_200 = AttachmentPage.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AttachmentPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    referral_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[AttachmentPage | Problem]:
    """ The referral's evidence files, oldest first (parties and the procuratorate only)

    Args:
        referral_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentPage | Problem]
     """


    kwargs = _get_kwargs(
        referral_id=referral_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    referral_id: str,
    *,
    client: AuthenticatedClient,

) -> AttachmentPage | Problem | None:
    """ The referral's evidence files, oldest first (parties and the procuratorate only)

    Args:
        referral_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentPage | Problem
     """


    return sync_detailed(
        referral_id=referral_id,
client=client,

    ).parsed

async def asyncio_detailed(
    referral_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[AttachmentPage | Problem]:
    """ The referral's evidence files, oldest first (parties and the procuratorate only)

    Args:
        referral_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentPage | Problem]
     """


    kwargs = _get_kwargs(
        referral_id=referral_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    referral_id: str,
    *,
    client: AuthenticatedClient,

) -> AttachmentPage | Problem | None:
    """ The referral's evidence files, oldest first (parties and the procuratorate only)

    Args:
        referral_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentPage | Problem
     """


    return (await asyncio_detailed(
        referral_id=referral_id,
client=client,

    )).parsed
