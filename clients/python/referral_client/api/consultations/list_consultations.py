from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.consultation_kind import ConsultationKind
from ...models.consultation_page import ConsultationPage
from ...models.consultation_status import ConsultationStatus
from ...models.list_consultations_overdue import ListConsultationsOverdue
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    kind: ConsultationKind | Unset = UNSET,
    status: ConsultationStatus | Unset = UNSET,
    agency: str | Unset = UNSET,
    overdue: ListConsultationsOverdue | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["agency"] = agency

    json_overdue: str | Unset = UNSET
    if not isinstance(overdue, Unset):
        json_overdue = overdue.value

    params["overdue"] = json_overdue

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/consultations",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConsultationPage | Problem | None:
    if response.status_code == 200:
        response_200 = ConsultationPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConsultationPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: ConsultationKind | Unset = UNSET,
    status: ConsultationStatus | Unset = UNSET,
    agency: str | Unset = UNSET,
    overdue: ListConsultationsOverdue | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Response[ConsultationPage | Problem]:
    """ The consultations the caller's agency opened or was asked, newest first

     `overdue`: still open (unanswered) after `due_on`. `agency`: the other side's code.

    Args:
        kind (ConsultationKind | Unset): `question` 咨询, `professional_opinion` 专业意见, `pre_suit`
            诉前磋商
        status (ConsultationStatus | Unset):
        agency (str | Unset):  Example: HD-XFJY.
        overdue (ListConsultationsOverdue | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationPage | Problem]
     """


    kwargs = _get_kwargs(
        kind=kind,
status=status,
agency=agency,
overdue=overdue,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    kind: ConsultationKind | Unset = UNSET,
    status: ConsultationStatus | Unset = UNSET,
    agency: str | Unset = UNSET,
    overdue: ListConsultationsOverdue | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> ConsultationPage | Problem | None:
    """ The consultations the caller's agency opened or was asked, newest first

     `overdue`: still open (unanswered) after `due_on`. `agency`: the other side's code.

    Args:
        kind (ConsultationKind | Unset): `question` 咨询, `professional_opinion` 专业意见, `pre_suit`
            诉前磋商
        status (ConsultationStatus | Unset):
        agency (str | Unset):  Example: HD-XFJY.
        overdue (ListConsultationsOverdue | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationPage | Problem
     """


    return sync_detailed(
        client=client,
kind=kind,
status=status,
agency=agency,
overdue=overdue,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: ConsultationKind | Unset = UNSET,
    status: ConsultationStatus | Unset = UNSET,
    agency: str | Unset = UNSET,
    overdue: ListConsultationsOverdue | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Response[ConsultationPage | Problem]:
    """ The consultations the caller's agency opened or was asked, newest first

     `overdue`: still open (unanswered) after `due_on`. `agency`: the other side's code.

    Args:
        kind (ConsultationKind | Unset): `question` 咨询, `professional_opinion` 专业意见, `pre_suit`
            诉前磋商
        status (ConsultationStatus | Unset):
        agency (str | Unset):  Example: HD-XFJY.
        overdue (ListConsultationsOverdue | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationPage | Problem]
     """


    kwargs = _get_kwargs(
        kind=kind,
status=status,
agency=agency,
overdue=overdue,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: ConsultationKind | Unset = UNSET,
    status: ConsultationStatus | Unset = UNSET,
    agency: str | Unset = UNSET,
    overdue: ListConsultationsOverdue | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> ConsultationPage | Problem | None:
    """ The consultations the caller's agency opened or was asked, newest first

     `overdue`: still open (unanswered) after `due_on`. `agency`: the other side's code.

    Args:
        kind (ConsultationKind | Unset): `question` 咨询, `professional_opinion` 专业意见, `pre_suit`
            诉前磋商
        status (ConsultationStatus | Unset):
        agency (str | Unset):  Example: HD-XFJY.
        overdue (ListConsultationsOverdue | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
kind=kind,
status=status,
agency=agency,
overdue=overdue,
limit=limit,
cursor=cursor,

    )).parsed
