from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.consultation_message import ConsultationMessage
from ...models.consultation_message_input import ConsultationMessageInput
from ...models.post_consultation_message_files_body import PostConsultationMessageFilesBody
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    consultation_id: str,
    *,
    body:    ConsultationMessageInput  |     PostConsultationMessageFilesBody  | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/consultations/{consultation_id}/messages".format(consultation_id=quote(str(consultation_id), safe=""),),
    }

    if isinstance(body, ConsultationMessageInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, PostConsultationMessageFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConsultationMessage | Problem | None:
    if response.status_code == 201:
        response_201 = ConsultationMessage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConsultationMessage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consultation_id: str,
    *,
    client: AuthenticatedClient,
    body:    ConsultationMessageInput  |     PostConsultationMessageFilesBody  | Unset = UNSET,

) -> Response[ConsultationMessage | Problem]:
    """ Post a message, with files, in a consultation of the caller's agency

     JSON `{"text": ...}`, or `multipart/form-data` with `text` and up to 10 `file` parts (the
    file types and size limit of referral attachments). The addressee's first message marks
    the consultation `answered`. A closed consultation takes no messages (409).

    Args:
        consultation_id (str):
        body (ConsultationMessageInput):
        body (PostConsultationMessageFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationMessage | Problem]
     """


    kwargs = _get_kwargs(
        consultation_id=consultation_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    consultation_id: str,
    *,
    client: AuthenticatedClient,
    body:    ConsultationMessageInput  |     PostConsultationMessageFilesBody  | Unset = UNSET,

) -> ConsultationMessage | Problem | None:
    """ Post a message, with files, in a consultation of the caller's agency

     JSON `{"text": ...}`, or `multipart/form-data` with `text` and up to 10 `file` parts (the
    file types and size limit of referral attachments). The addressee's first message marks
    the consultation `answered`. A closed consultation takes no messages (409).

    Args:
        consultation_id (str):
        body (ConsultationMessageInput):
        body (PostConsultationMessageFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationMessage | Problem
     """


    return sync_detailed(
        consultation_id=consultation_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    consultation_id: str,
    *,
    client: AuthenticatedClient,
    body:    ConsultationMessageInput  |     PostConsultationMessageFilesBody  | Unset = UNSET,

) -> Response[ConsultationMessage | Problem]:
    """ Post a message, with files, in a consultation of the caller's agency

     JSON `{"text": ...}`, or `multipart/form-data` with `text` and up to 10 `file` parts (the
    file types and size limit of referral attachments). The addressee's first message marks
    the consultation `answered`. A closed consultation takes no messages (409).

    Args:
        consultation_id (str):
        body (ConsultationMessageInput):
        body (PostConsultationMessageFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationMessage | Problem]
     """


    kwargs = _get_kwargs(
        consultation_id=consultation_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    consultation_id: str,
    *,
    client: AuthenticatedClient,
    body:    ConsultationMessageInput  |     PostConsultationMessageFilesBody  | Unset = UNSET,

) -> ConsultationMessage | Problem | None:
    """ Post a message, with files, in a consultation of the caller's agency

     JSON `{"text": ...}`, or `multipart/form-data` with `text` and up to 10 `file` parts (the
    file types and size limit of referral attachments). The addressee's first message marks
    the consultation `answered`. A closed consultation takes no messages (409).

    Args:
        consultation_id (str):
        body (ConsultationMessageInput):
        body (PostConsultationMessageFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationMessage | Problem
     """


    return (await asyncio_detailed(
        consultation_id=consultation_id,
client=client,
body=body,

    )).parsed
