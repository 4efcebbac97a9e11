from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.hazard_category import HazardCategory
from ...models.list_recommendations_due_soon import ListRecommendationsDueSoon
from ...models.list_recommendations_overdue import ListRecommendationsOverdue
from ...models.problem import Problem
from ...models.recommendation_kind import RecommendationKind
from ...models.recommendation_page import RecommendationPage
from ...models.recommendation_status import RecommendationStatus
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    agency: str | Unset = UNSET,
    kind: RecommendationKind | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    hazard_category: HazardCategory | Unset = UNSET,
    overdue: ListRecommendationsOverdue | Unset = UNSET,
    due_soon: ListRecommendationsDueSoon | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

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

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/recommendations",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RecommendationPage | None:
    if response.status_code == 200:
        response_200 = RecommendationPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RecommendationPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agency: str | Unset = UNSET,
    kind: RecommendationKind | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    hazard_category: HazardCategory | Unset = UNSET,
    overdue: ListRecommendationsOverdue | Unset = UNSET,
    due_soon: ListRecommendationsDueSoon | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Response[Problem | RecommendationPage]:
    """ The ledger (台账), newest first

     The procuratorate sees the recommendations it issued; an agency sees those served on it.
    Filters combine with AND. `overdue`: a reply is awaited and its period has ended;
    `due_soon`: a reply is awaited and due within `recommendation_due_soon_days` (7).

    Args:
        agency (str | Unset):  Example: HD-XFJY.
        kind (RecommendationKind | Unset): `retrial` 再审, `correction` 纠正违法, `public_interest`
            公益诉讼, `social_governance` 社会治理, `other` 其他
        status (RecommendationStatus | Unset):
        hazard_category (HazardCategory | Unset): `fire_safety` 消防安全 (blocked fire exits),
            `electrical` 用电安全 (飞线充电), `road_transport`
            道路运输 (overloaded freight), `hazardous_chemicals` 危险化学品, `construction` 建筑施工,
            `school_safety` 校园安全 (unguarded power rooms), `food_drug` 食品药品, `environment` 生态环境,
            `gas` 燃气, `special_equipment` 特种设备, `other` 其他
        overdue (ListRecommendationsOverdue | Unset):
        due_soon (ListRecommendationsDueSoon | Unset):
        q (str | Unset):  Example: 消防通道.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecommendationPage]
     """


    kwargs = _get_kwargs(
        agency=agency,
kind=kind,
status=status,
hazard_category=hazard_category,
overdue=overdue,
due_soon=due_soon,
q=q,
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
    agency: str | Unset = UNSET,
    kind: RecommendationKind | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    hazard_category: HazardCategory | Unset = UNSET,
    overdue: ListRecommendationsOverdue | Unset = UNSET,
    due_soon: ListRecommendationsDueSoon | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Problem | RecommendationPage | None:
    """ The ledger (台账), newest first

     The procuratorate sees the recommendations it issued; an agency sees those served on it.
    Filters combine with AND. `overdue`: a reply is awaited and its period has ended;
    `due_soon`: a reply is awaited and due within `recommendation_due_soon_days` (7).

    Args:
        agency (str | Unset):  Example: HD-XFJY.
        kind (RecommendationKind | Unset): `retrial` 再审, `correction` 纠正违法, `public_interest`
            公益诉讼, `social_governance` 社会治理, `other` 其他
        status (RecommendationStatus | Unset):
        hazard_category (HazardCategory | Unset): `fire_safety` 消防安全 (blocked fire exits),
            `electrical` 用电安全 (飞线充电), `road_transport`
            道路运输 (overloaded freight), `hazardous_chemicals` 危险化学品, `construction` 建筑施工,
            `school_safety` 校园安全 (unguarded power rooms), `food_drug` 食品药品, `environment` 生态环境,
            `gas` 燃气, `special_equipment` 特种设备, `other` 其他
        overdue (ListRecommendationsOverdue | Unset):
        due_soon (ListRecommendationsDueSoon | Unset):
        q (str | Unset):  Example: 消防通道.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecommendationPage
     """


    return sync_detailed(
        client=client,
agency=agency,
kind=kind,
status=status,
hazard_category=hazard_category,
overdue=overdue,
due_soon=due_soon,
q=q,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agency: str | Unset = UNSET,
    kind: RecommendationKind | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    hazard_category: HazardCategory | Unset = UNSET,
    overdue: ListRecommendationsOverdue | Unset = UNSET,
    due_soon: ListRecommendationsDueSoon | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Response[Problem | RecommendationPage]:
    """ The ledger (台账), newest first

     The procuratorate sees the recommendations it issued; an agency sees those served on it.
    Filters combine with AND. `overdue`: a reply is awaited and its period has ended;
    `due_soon`: a reply is awaited and due within `recommendation_due_soon_days` (7).

    Args:
        agency (str | Unset):  Example: HD-XFJY.
        kind (RecommendationKind | Unset): `retrial` 再审, `correction` 纠正违法, `public_interest`
            公益诉讼, `social_governance` 社会治理, `other` 其他
        status (RecommendationStatus | Unset):
        hazard_category (HazardCategory | Unset): `fire_safety` 消防安全 (blocked fire exits),
            `electrical` 用电安全 (飞线充电), `road_transport`
            道路运输 (overloaded freight), `hazardous_chemicals` 危险化学品, `construction` 建筑施工,
            `school_safety` 校园安全 (unguarded power rooms), `food_drug` 食品药品, `environment` 生态环境,
            `gas` 燃气, `special_equipment` 特种设备, `other` 其他
        overdue (ListRecommendationsOverdue | Unset):
        due_soon (ListRecommendationsDueSoon | Unset):
        q (str | Unset):  Example: 消防通道.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecommendationPage]
     """


    kwargs = _get_kwargs(
        agency=agency,
kind=kind,
status=status,
hazard_category=hazard_category,
overdue=overdue,
due_soon=due_soon,
q=q,
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
    agency: str | Unset = UNSET,
    kind: RecommendationKind | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    hazard_category: HazardCategory | Unset = UNSET,
    overdue: ListRecommendationsOverdue | Unset = UNSET,
    due_soon: ListRecommendationsDueSoon | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Problem | RecommendationPage | None:
    """ The ledger (台账), newest first

     The procuratorate sees the recommendations it issued; an agency sees those served on it.
    Filters combine with AND. `overdue`: a reply is awaited and its period has ended;
    `due_soon`: a reply is awaited and due within `recommendation_due_soon_days` (7).

    Args:
        agency (str | Unset):  Example: HD-XFJY.
        kind (RecommendationKind | Unset): `retrial` 再审, `correction` 纠正违法, `public_interest`
            公益诉讼, `social_governance` 社会治理, `other` 其他
        status (RecommendationStatus | Unset):
        hazard_category (HazardCategory | Unset): `fire_safety` 消防安全 (blocked fire exits),
            `electrical` 用电安全 (飞线充电), `road_transport`
            道路运输 (overloaded freight), `hazardous_chemicals` 危险化学品, `construction` 建筑施工,
            `school_safety` 校园安全 (unguarded power rooms), `food_drug` 食品药品, `environment` 生态环境,
            `gas` 燃气, `special_equipment` 特种设备, `other` 其他
        overdue (ListRecommendationsOverdue | Unset):
        due_soon (ListRecommendationsDueSoon | Unset):
        q (str | Unset):  Example: 消防通道.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecommendationPage
     """


    return (await asyncio_detailed(
        client=client,
agency=agency,
kind=kind,
status=status,
hazard_category=hazard_category,
overdue=overdue,
due_soon=due_soon,
q=q,
limit=limit,
cursor=cursor,

    )).parsed
