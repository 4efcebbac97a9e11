from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.query_boolean import QueryBoolean
from ...models.referral_category import ReferralCategory
from ...models.referral_page import ReferralPage
from ...models.referral_status import ReferralStatus
from ...models.suspected_offence import SuspectedOffence
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    status: ReferralStatus | Unset = UNSET,
    category: ReferralCategory | Unset = UNSET,
    source: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    offence: SuspectedOffence | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    created_before: datetime.date | datetime.datetime | Unset = UNSET,
    overdue: QueryBoolean | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    params["source"] = source

    params["recipient"] = recipient

    json_offence: str | Unset = UNSET
    if not isinstance(offence, Unset):
        json_offence = offence.value

    params["offence"] = json_offence

    json_created_after: str | Unset
    if isinstance(created_after, Unset):
        json_created_after = UNSET
    elif isinstance(created_after, datetime.datetime):
        json_created_after = created_after.isoformat()
    else:
        json_created_after = created_after.isoformat()

    params["created_after"] = json_created_after

    json_created_before: str | Unset
    if isinstance(created_before, Unset):
        json_created_before = UNSET
    elif isinstance(created_before, datetime.datetime):
        json_created_before = created_before.isoformat()
    else:
        json_created_before = created_before.isoformat()

    params["created_before"] = json_created_before

    json_overdue: str | Unset = UNSET
    if not isinstance(overdue, Unset):
        json_overdue = overdue.value

    params["overdue"] = json_overdue

    params["q"] = q

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/referrals",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReferralPage | None:
    if response.status_code == 200:
        response_200 = ReferralPage.from_dict(response.json())



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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ReferralPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ReferralStatus | Unset = UNSET,
    category: ReferralCategory | Unset = UNSET,
    source: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    offence: SuspectedOffence | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    created_before: datetime.date | datetime.datetime | Unset = UNSET,
    overdue: QueryBoolean | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Response[Problem | ReferralPage]:
    """ The referrals the caller's agency sends or receives (the procuratorate, all), newest first

     Cursor pages ordered by (`created_at`, `id`) descending: a walk through the pages neither
    skips nor repeats a referral while new ones arrive (they appear before the first page).
    Filters combine with AND. Unknown query parameters are 422.

    Args:
        status (ReferralStatus | Unset):
        category (ReferralCategory | Unset):
        source (str | Unset): An agency's code in the directory Example: HD-YJJ.
        recipient (str | Unset): An agency's code in the directory Example: HD-YJJ.
        offence (SuspectedOffence | Unset): Criminal Law article: 134(1) 重大责任事故罪, 134(2)
            强令、组织他人违章冒险作业罪,
            134-1 危险作业罪, 135 重大劳动安全事故罪, 135-1 大型群众性活动重大安全事故罪,
            136 危险物品肇事罪, 137 工程重大安全事故罪, 138 教育设施重大安全事故罪,
            139 消防责任事故罪, 139-1 不报、谎报安全事故罪; `other` for anything else.
        created_after (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        created_before (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        overdue (QueryBoolean | Unset): A query flag; exactly `true` or `false` (`1`, `0`, `yes`
            are refused)
        q (str | Unset):  Example: 爆炸.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReferralPage]
     """


    kwargs = _get_kwargs(
        status=status,
category=category,
source=source,
recipient=recipient,
offence=offence,
created_after=created_after,
created_before=created_before,
overdue=overdue,
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
    status: ReferralStatus | Unset = UNSET,
    category: ReferralCategory | Unset = UNSET,
    source: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    offence: SuspectedOffence | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    created_before: datetime.date | datetime.datetime | Unset = UNSET,
    overdue: QueryBoolean | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Problem | ReferralPage | None:
    """ The referrals the caller's agency sends or receives (the procuratorate, all), newest first

     Cursor pages ordered by (`created_at`, `id`) descending: a walk through the pages neither
    skips nor repeats a referral while new ones arrive (they appear before the first page).
    Filters combine with AND. Unknown query parameters are 422.

    Args:
        status (ReferralStatus | Unset):
        category (ReferralCategory | Unset):
        source (str | Unset): An agency's code in the directory Example: HD-YJJ.
        recipient (str | Unset): An agency's code in the directory Example: HD-YJJ.
        offence (SuspectedOffence | Unset): Criminal Law article: 134(1) 重大责任事故罪, 134(2)
            强令、组织他人违章冒险作业罪,
            134-1 危险作业罪, 135 重大劳动安全事故罪, 135-1 大型群众性活动重大安全事故罪,
            136 危险物品肇事罪, 137 工程重大安全事故罪, 138 教育设施重大安全事故罪,
            139 消防责任事故罪, 139-1 不报、谎报安全事故罪; `other` for anything else.
        created_after (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        created_before (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        overdue (QueryBoolean | Unset): A query flag; exactly `true` or `false` (`1`, `0`, `yes`
            are refused)
        q (str | Unset):  Example: 爆炸.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReferralPage
     """


    return sync_detailed(
        client=client,
status=status,
category=category,
source=source,
recipient=recipient,
offence=offence,
created_after=created_after,
created_before=created_before,
overdue=overdue,
q=q,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ReferralStatus | Unset = UNSET,
    category: ReferralCategory | Unset = UNSET,
    source: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    offence: SuspectedOffence | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    created_before: datetime.date | datetime.datetime | Unset = UNSET,
    overdue: QueryBoolean | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Response[Problem | ReferralPage]:
    """ The referrals the caller's agency sends or receives (the procuratorate, all), newest first

     Cursor pages ordered by (`created_at`, `id`) descending: a walk through the pages neither
    skips nor repeats a referral while new ones arrive (they appear before the first page).
    Filters combine with AND. Unknown query parameters are 422.

    Args:
        status (ReferralStatus | Unset):
        category (ReferralCategory | Unset):
        source (str | Unset): An agency's code in the directory Example: HD-YJJ.
        recipient (str | Unset): An agency's code in the directory Example: HD-YJJ.
        offence (SuspectedOffence | Unset): Criminal Law article: 134(1) 重大责任事故罪, 134(2)
            强令、组织他人违章冒险作业罪,
            134-1 危险作业罪, 135 重大劳动安全事故罪, 135-1 大型群众性活动重大安全事故罪,
            136 危险物品肇事罪, 137 工程重大安全事故罪, 138 教育设施重大安全事故罪,
            139 消防责任事故罪, 139-1 不报、谎报安全事故罪; `other` for anything else.
        created_after (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        created_before (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        overdue (QueryBoolean | Unset): A query flag; exactly `true` or `false` (`1`, `0`, `yes`
            are refused)
        q (str | Unset):  Example: 爆炸.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReferralPage]
     """


    kwargs = _get_kwargs(
        status=status,
category=category,
source=source,
recipient=recipient,
offence=offence,
created_after=created_after,
created_before=created_before,
overdue=overdue,
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
    status: ReferralStatus | Unset = UNSET,
    category: ReferralCategory | Unset = UNSET,
    source: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    offence: SuspectedOffence | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    created_before: datetime.date | datetime.datetime | Unset = UNSET,
    overdue: QueryBoolean | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Problem | ReferralPage | None:
    """ The referrals the caller's agency sends or receives (the procuratorate, all), newest first

     Cursor pages ordered by (`created_at`, `id`) descending: a walk through the pages neither
    skips nor repeats a referral while new ones arrive (they appear before the first page).
    Filters combine with AND. Unknown query parameters are 422.

    Args:
        status (ReferralStatus | Unset):
        category (ReferralCategory | Unset):
        source (str | Unset): An agency's code in the directory Example: HD-YJJ.
        recipient (str | Unset): An agency's code in the directory Example: HD-YJJ.
        offence (SuspectedOffence | Unset): Criminal Law article: 134(1) 重大责任事故罪, 134(2)
            强令、组织他人违章冒险作业罪,
            134-1 危险作业罪, 135 重大劳动安全事故罪, 135-1 大型群众性活动重大安全事故罪,
            136 危险物品肇事罪, 137 工程重大安全事故罪, 138 教育设施重大安全事故罪,
            139 消防责任事故罪, 139-1 不报、谎报安全事故罪; `other` for anything else.
        created_after (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        created_before (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        overdue (QueryBoolean | Unset): A query flag; exactly `true` or `false` (`1`, `0`, `yes`
            are refused)
        q (str | Unset):  Example: 爆炸.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReferralPage
     """


    return (await asyncio_detailed(
        client=client,
status=status,
category=category,
source=source,
recipient=recipient,
offence=offence,
created_after=created_after,
created_before=created_before,
overdue=overdue,
q=q,
limit=limit,
cursor=cursor,

    )).parsed
