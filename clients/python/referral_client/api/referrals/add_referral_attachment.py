from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.add_referral_attachment_body import AddReferralAttachmentBody
from ...models.attachment import Attachment
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    referral_id: str,
    *,
    body: AddReferralAttachmentBody,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/referrals/{referral_id}/attachments".format(referral_id=quote(str(referral_id), safe=""),),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Attachment | Problem | None:
    if response.status_code == 201:
        response_201 = Attachment.from_dict(response.json())



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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Attachment | Problem]:
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
    body: AddReferralAttachmentBody,
    idempotency_key: str | Unset = UNSET,

) -> Response[Attachment | Problem]:
    """ Add evidence (移送书, 调查报告, 涉案物品清单, 检验报告…) to an open referral

     `multipart/form-data` with the file in `file` and an optional `document_type`.
    Allowed: PDF, JPEG, PNG, Word (.doc, .docx) and OFD, judged by the file name's extension
    and by the contents (magic bytes; .docx and .ofd by their package entries); a file whose
    first KiB holds HTML, SVG or script markup, or a `javascript:` URL, is refused whatever
    its header. At most `attachment_max_bytes` (default 20 MiB; larger is 413); a
    referral holds at most 50 attachments (more is 422) of at most 200 MiB together (beyond
    is 413), both configurable. Downloads are served `Content-Disposition: attachment`
    with `X-Content-Type-Options: nosniff`. The SHA-256 of the bytes is
    recorded and returned. Source (referrals:submit), recipient (referrals:handle) and the
    procuratorate (referrals:supervise) may add evidence while the referral is neither
    closed nor withdrawn (else 409). Idempotency-Key: the same key with the same file and
    fields replays the first answer.

    Args:
        referral_id (str):
        idempotency_key (str | Unset):
        body (AddReferralAttachmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Attachment | Problem]
     """


    kwargs = _get_kwargs(
        referral_id=referral_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    referral_id: str,
    *,
    client: AuthenticatedClient,
    body: AddReferralAttachmentBody,
    idempotency_key: str | Unset = UNSET,

) -> Attachment | Problem | None:
    """ Add evidence (移送书, 调查报告, 涉案物品清单, 检验报告…) to an open referral

     `multipart/form-data` with the file in `file` and an optional `document_type`.
    Allowed: PDF, JPEG, PNG, Word (.doc, .docx) and OFD, judged by the file name's extension
    and by the contents (magic bytes; .docx and .ofd by their package entries); a file whose
    first KiB holds HTML, SVG or script markup, or a `javascript:` URL, is refused whatever
    its header. At most `attachment_max_bytes` (default 20 MiB; larger is 413); a
    referral holds at most 50 attachments (more is 422) of at most 200 MiB together (beyond
    is 413), both configurable. Downloads are served `Content-Disposition: attachment`
    with `X-Content-Type-Options: nosniff`. The SHA-256 of the bytes is
    recorded and returned. Source (referrals:submit), recipient (referrals:handle) and the
    procuratorate (referrals:supervise) may add evidence while the referral is neither
    closed nor withdrawn (else 409). Idempotency-Key: the same key with the same file and
    fields replays the first answer.

    Args:
        referral_id (str):
        idempotency_key (str | Unset):
        body (AddReferralAttachmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Attachment | Problem
     """


    return sync_detailed(
        referral_id=referral_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    referral_id: str,
    *,
    client: AuthenticatedClient,
    body: AddReferralAttachmentBody,
    idempotency_key: str | Unset = UNSET,

) -> Response[Attachment | Problem]:
    """ Add evidence (移送书, 调查报告, 涉案物品清单, 检验报告…) to an open referral

     `multipart/form-data` with the file in `file` and an optional `document_type`.
    Allowed: PDF, JPEG, PNG, Word (.doc, .docx) and OFD, judged by the file name's extension
    and by the contents (magic bytes; .docx and .ofd by their package entries); a file whose
    first KiB holds HTML, SVG or script markup, or a `javascript:` URL, is refused whatever
    its header. At most `attachment_max_bytes` (default 20 MiB; larger is 413); a
    referral holds at most 50 attachments (more is 422) of at most 200 MiB together (beyond
    is 413), both configurable. Downloads are served `Content-Disposition: attachment`
    with `X-Content-Type-Options: nosniff`. The SHA-256 of the bytes is
    recorded and returned. Source (referrals:submit), recipient (referrals:handle) and the
    procuratorate (referrals:supervise) may add evidence while the referral is neither
    closed nor withdrawn (else 409). Idempotency-Key: the same key with the same file and
    fields replays the first answer.

    Args:
        referral_id (str):
        idempotency_key (str | Unset):
        body (AddReferralAttachmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Attachment | Problem]
     """


    kwargs = _get_kwargs(
        referral_id=referral_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    referral_id: str,
    *,
    client: AuthenticatedClient,
    body: AddReferralAttachmentBody,
    idempotency_key: str | Unset = UNSET,

) -> Attachment | Problem | None:
    """ Add evidence (移送书, 调查报告, 涉案物品清单, 检验报告…) to an open referral

     `multipart/form-data` with the file in `file` and an optional `document_type`.
    Allowed: PDF, JPEG, PNG, Word (.doc, .docx) and OFD, judged by the file name's extension
    and by the contents (magic bytes; .docx and .ofd by their package entries); a file whose
    first KiB holds HTML, SVG or script markup, or a `javascript:` URL, is refused whatever
    its header. At most `attachment_max_bytes` (default 20 MiB; larger is 413); a
    referral holds at most 50 attachments (more is 422) of at most 200 MiB together (beyond
    is 413), both configurable. Downloads are served `Content-Disposition: attachment`
    with `X-Content-Type-Options: nosniff`. The SHA-256 of the bytes is
    recorded and returned. Source (referrals:submit), recipient (referrals:handle) and the
    procuratorate (referrals:supervise) may add evidence while the referral is neither
    closed nor withdrawn (else 409). Idempotency-Key: the same key with the same file and
    fields replays the first answer.

    Args:
        referral_id (str):
        idempotency_key (str | Unset):
        body (AddReferralAttachmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Attachment | Problem
     """


    return (await asyncio_detailed(
        referral_id=referral_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
