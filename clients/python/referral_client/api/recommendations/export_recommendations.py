from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.export_recommendations_due_soon import ExportRecommendationsDueSoon
from ...models.export_recommendations_format import ExportRecommendationsFormat
from ...models.export_recommendations_overdue import ExportRecommendationsOverdue
from ...models.hazard_category import HazardCategory
from ...models.problem import Problem
from ...models.recommendation_kind import RecommendationKind
from ...models.recommendation_status import RecommendationStatus
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    format_: ExportRecommendationsFormat | Unset = ExportRecommendationsFormat.CSV,
    agency: str | Unset = UNSET,
    kind: RecommendationKind | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    hazard_category: HazardCategory | Unset = UNSET,
    overdue: ExportRecommendationsOverdue | Unset = UNSET,
    due_soon: ExportRecommendationsDueSoon | Unset = UNSET,
    q: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["agency"] = agency

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_hazard_category: str | Unset = UNSET
    if not isinstance(hazard_category, Unset):
        json_hazard_category = hazard_category.value

    params["hazard_category"] = json_hazard_category

    json_overdue: str | Unset = UNSET
    if not isinstance(overdue, Unset):
        json_overdue = overdue.value

    params["overdue"] = json_overdue

    json_due_soon: str | Unset = UNSET
    if not isinstance(due_soon, Unset):
        json_due_soon = due_soon.value

    params["due_soon"] = json_due_soon

    params["q"] = q


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/recommendations/export",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
    format_: ExportRecommendationsFormat | Unset = ExportRecommendationsFormat.CSV,
    agency: str | Unset = UNSET,
    kind: RecommendationKind | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    hazard_category: HazardCategory | Unset = UNSET,
    overdue: ExportRecommendationsOverdue | Unset = UNSET,
    due_soon: ExportRecommendationsDueSoon | Unset = UNSET,
    q: str | Unset = UNSET,

) -> Response[Problem | str]:
    """ The ledger as CSV or XLSX, one row per hazard

     The list's filters and visibility, every match, newest first. One row per hazard (a
    recommendation without hazards gives one row with the hazard columns empty); the header
    row has Chinese column labels. CSV is UTF-8 with a byte-order mark. Cells that a
    spreadsheet would run as a formula are prefixed with `'`.

    Args:
        format_ (ExportRecommendationsFormat | Unset):  Default: ExportRecommendationsFormat.CSV.
        agency (str | Unset):  Example: HD-XFJY.
        kind (RecommendationKind | Unset): `retrial` 再审, `correction` 纠正违法, `public_interest`
            公益诉讼, `social_governance` 社会治理, `other` 其他
        status (RecommendationStatus | Unset):
        hazard_category (HazardCategory | Unset): `fire_safety` 消防安全 (blocked fire exits),
            `electrical` 用电安全 (飞线充电), `road_transport`
            道路运输 (overloaded freight), `hazardous_chemicals` 危险化学品, `construction` 建筑施工,
            `school_safety` 校园安全 (unguarded power rooms), `food_drug` 食品药品, `environment` 生态环境,
            `gas` 燃气, `special_equipment` 特种设备, `other` 其他
        overdue (ExportRecommendationsOverdue | Unset):
        due_soon (ExportRecommendationsDueSoon | Unset):
        q (str | Unset):  Example: 消防通道.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        format_=format_,
agency=agency,
kind=kind,
status=status,
hazard_category=hazard_category,
overdue=overdue,
due_soon=due_soon,
q=q,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    format_: ExportRecommendationsFormat | Unset = ExportRecommendationsFormat.CSV,
    agency: str | Unset = UNSET,
    kind: RecommendationKind | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    hazard_category: HazardCategory | Unset = UNSET,
    overdue: ExportRecommendationsOverdue | Unset = UNSET,
    due_soon: ExportRecommendationsDueSoon | Unset = UNSET,
    q: str | Unset = UNSET,

) -> Problem | str | None:
    """ The ledger as CSV or XLSX, one row per hazard

     The list's filters and visibility, every match, newest first. One row per hazard (a
    recommendation without hazards gives one row with the hazard columns empty); the header
    row has Chinese column labels. CSV is UTF-8 with a byte-order mark. Cells that a
    spreadsheet would run as a formula are prefixed with `'`.

    Args:
        format_ (ExportRecommendationsFormat | Unset):  Default: ExportRecommendationsFormat.CSV.
        agency (str | Unset):  Example: HD-XFJY.
        kind (RecommendationKind | Unset): `retrial` 再审, `correction` 纠正违法, `public_interest`
            公益诉讼, `social_governance` 社会治理, `other` 其他
        status (RecommendationStatus | Unset):
        hazard_category (HazardCategory | Unset): `fire_safety` 消防安全 (blocked fire exits),
            `electrical` 用电安全 (飞线充电), `road_transport`
            道路运输 (overloaded freight), `hazardous_chemicals` 危险化学品, `construction` 建筑施工,
            `school_safety` 校园安全 (unguarded power rooms), `food_drug` 食品药品, `environment` 生态环境,
            `gas` 燃气, `special_equipment` 特种设备, `other` 其他
        overdue (ExportRecommendationsOverdue | Unset):
        due_soon (ExportRecommendationsDueSoon | Unset):
        q (str | Unset):  Example: 消防通道.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return sync_detailed(
        client=client,
format_=format_,
agency=agency,
kind=kind,
status=status,
hazard_category=hazard_category,
overdue=overdue,
due_soon=due_soon,
q=q,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    format_: ExportRecommendationsFormat | Unset = ExportRecommendationsFormat.CSV,
    agency: str | Unset = UNSET,
    kind: RecommendationKind | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    hazard_category: HazardCategory | Unset = UNSET,
    overdue: ExportRecommendationsOverdue | Unset = UNSET,
    due_soon: ExportRecommendationsDueSoon | Unset = UNSET,
    q: str | Unset = UNSET,

) -> Response[Problem | str]:
    """ The ledger as CSV or XLSX, one row per hazard

     The list's filters and visibility, every match, newest first. One row per hazard (a
    recommendation without hazards gives one row with the hazard columns empty); the header
    row has Chinese column labels. CSV is UTF-8 with a byte-order mark. Cells that a
    spreadsheet would run as a formula are prefixed with `'`.

    Args:
        format_ (ExportRecommendationsFormat | Unset):  Default: ExportRecommendationsFormat.CSV.
        agency (str | Unset):  Example: HD-XFJY.
        kind (RecommendationKind | Unset): `retrial` 再审, `correction` 纠正违法, `public_interest`
            公益诉讼, `social_governance` 社会治理, `other` 其他
        status (RecommendationStatus | Unset):
        hazard_category (HazardCategory | Unset): `fire_safety` 消防安全 (blocked fire exits),
            `electrical` 用电安全 (飞线充电), `road_transport`
            道路运输 (overloaded freight), `hazardous_chemicals` 危险化学品, `construction` 建筑施工,
            `school_safety` 校园安全 (unguarded power rooms), `food_drug` 食品药品, `environment` 生态环境,
            `gas` 燃气, `special_equipment` 特种设备, `other` 其他
        overdue (ExportRecommendationsOverdue | Unset):
        due_soon (ExportRecommendationsDueSoon | Unset):
        q (str | Unset):  Example: 消防通道.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        format_=format_,
agency=agency,
kind=kind,
status=status,
hazard_category=hazard_category,
overdue=overdue,
due_soon=due_soon,
q=q,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    format_: ExportRecommendationsFormat | Unset = ExportRecommendationsFormat.CSV,
    agency: str | Unset = UNSET,
    kind: RecommendationKind | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    hazard_category: HazardCategory | Unset = UNSET,
    overdue: ExportRecommendationsOverdue | Unset = UNSET,
    due_soon: ExportRecommendationsDueSoon | Unset = UNSET,
    q: str | Unset = UNSET,

) -> Problem | str | None:
    """ The ledger as CSV or XLSX, one row per hazard

     The list's filters and visibility, every match, newest first. One row per hazard (a
    recommendation without hazards gives one row with the hazard columns empty); the header
    row has Chinese column labels. CSV is UTF-8 with a byte-order mark. Cells that a
    spreadsheet would run as a formula are prefixed with `'`.

    Args:
        format_ (ExportRecommendationsFormat | Unset):  Default: ExportRecommendationsFormat.CSV.
        agency (str | Unset):  Example: HD-XFJY.
        kind (RecommendationKind | Unset): `retrial` 再审, `correction` 纠正违法, `public_interest`
            公益诉讼, `social_governance` 社会治理, `other` 其他
        status (RecommendationStatus | Unset):
        hazard_category (HazardCategory | Unset): `fire_safety` 消防安全 (blocked fire exits),
            `electrical` 用电安全 (飞线充电), `road_transport`
            道路运输 (overloaded freight), `hazardous_chemicals` 危险化学品, `construction` 建筑施工,
            `school_safety` 校园安全 (unguarded power rooms), `food_drug` 食品药品, `environment` 生态环境,
            `gas` 燃气, `special_equipment` 特种设备, `other` 其他
        overdue (ExportRecommendationsOverdue | Unset):
        due_soon (ExportRecommendationsDueSoon | Unset):
        q (str | Unset):  Example: 消防通道.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return (await asyncio_detailed(
        client=client,
format_=format_,
agency=agency,
kind=kind,
status=status,
hazard_category=hazard_category,
overdue=overdue,
due_soon=due_soon,
q=q,

    )).parsed
