from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.add_recommendation_attachment_body import AddRecommendationAttachmentBody
from ...models.problem import Problem
from ...models.recommendation_attachment import RecommendationAttachment
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    recommendation_id: str,
    *,
    body: AddRecommendationAttachmentBody,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/recommendations/{recommendation_id}/attachments".format(recommendation_id=quote(str(recommendation_id), safe=""),),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RecommendationAttachment | None:
    if response.status_code == 201:
        response_201 = RecommendationAttachment.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RecommendationAttachment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    recommendation_id: str,
    *,
    client: AuthenticatedClient,
    body: AddRecommendationAttachmentBody,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | RecommendationAttachment]:
    """ Add a file (检察建议书, proof of service, evidence of rectification)

     `multipart/form-data` with the file in `file` and an optional `document_type`; the same
    file types and size limit as referral attachments. The issuer (recommendations:issue)
    and the recipient (recommendations:reply) may add files until the recommendation is
    closed or withdrawn (then 409).

    Args:
        recommendation_id (str):
        idempotency_key (str | Unset):
        body (AddRecommendationAttachmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecommendationAttachment]
     """


    kwargs = _get_kwargs(
        recommendation_id=recommendation_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    recommendation_id: str,
    *,
    client: AuthenticatedClient,
    body: AddRecommendationAttachmentBody,
    idempotency_key: str | Unset = UNSET,

) -> Problem | RecommendationAttachment | None:
    """ Add a file (检察建议书, proof of service, evidence of rectification)

     `multipart/form-data` with the file in `file` and an optional `document_type`; the same
    file types and size limit as referral attachments. The issuer (recommendations:issue)
    and the recipient (recommendations:reply) may add files until the recommendation is
    closed or withdrawn (then 409).

    Args:
        recommendation_id (str):
        idempotency_key (str | Unset):
        body (AddRecommendationAttachmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecommendationAttachment
     """


    return sync_detailed(
        recommendation_id=recommendation_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    recommendation_id: str,
    *,
    client: AuthenticatedClient,
    body: AddRecommendationAttachmentBody,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | RecommendationAttachment]:
    """ Add a file (检察建议书, proof of service, evidence of rectification)

     `multipart/form-data` with the file in `file` and an optional `document_type`; the same
    file types and size limit as referral attachments. The issuer (recommendations:issue)
    and the recipient (recommendations:reply) may add files until the recommendation is
    closed or withdrawn (then 409).

    Args:
        recommendation_id (str):
        idempotency_key (str | Unset):
        body (AddRecommendationAttachmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecommendationAttachment]
     """


    kwargs = _get_kwargs(
        recommendation_id=recommendation_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    recommendation_id: str,
    *,
    client: AuthenticatedClient,
    body: AddRecommendationAttachmentBody,
    idempotency_key: str | Unset = UNSET,

) -> Problem | RecommendationAttachment | None:
    """ Add a file (检察建议书, proof of service, evidence of rectification)

     `multipart/form-data` with the file in `file` and an optional `document_type`; the same
    file types and size limit as referral attachments. The issuer (recommendations:issue)
    and the recipient (recommendations:reply) may add files until the recommendation is
    closed or withdrawn (then 409).

    Args:
        recommendation_id (str):
        idempotency_key (str | Unset):
        body (AddRecommendationAttachmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecommendationAttachment
     """


    return (await asyncio_detailed(
        recommendation_id=recommendation_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
