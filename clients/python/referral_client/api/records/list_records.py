from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.record_flag import RecordFlag
from ...models.record_kind import RecordKind
from ...models.record_page import RecordPage
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    agency: str | Unset = UNSET,
    kind: RecordKind | Unset = UNSET,
    subject_credit_code: str | Unset = UNSET,
    decided_after: datetime.date | datetime.datetime | Unset = UNSET,
    decided_before: datetime.date | datetime.datetime | Unset = UNSET,
    division: str | Unset = UNSET,
    flag: list[RecordFlag] | Unset = UNSET,
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

    params["subject_credit_code"] = subject_credit_code

    json_decided_after: str | Unset
    if isinstance(decided_after, Unset):
        json_decided_after = UNSET
    elif isinstance(decided_after, datetime.datetime):
        json_decided_after = decided_after.isoformat()
    else:
        json_decided_after = decided_after.isoformat()

    params["decided_after"] = json_decided_after

    json_decided_before: str | Unset
    if isinstance(decided_before, Unset):
        json_decided_before = UNSET
    elif isinstance(decided_before, datetime.datetime):
        json_decided_before = decided_before.isoformat()
    else:
        json_decided_before = decided_before.isoformat()

    params["decided_before"] = json_decided_before

    params["division"] = division

    json_flag: list[str] | Unset = UNSET
    if not isinstance(flag, Unset):
        json_flag = []
        for flag_item_data in flag:
            flag_item = flag_item_data.value
            json_flag.append(flag_item)


    params["flag"] = json_flag

    params["q"] = q

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/records",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RecordPage | None:
    if response.status_code == 200:
        response_200 = RecordPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RecordPage]:
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
    kind: RecordKind | Unset = UNSET,
    subject_credit_code: str | Unset = UNSET,
    decided_after: datetime.date | datetime.datetime | Unset = UNSET,
    decided_before: datetime.date | datetime.datetime | Unset = UNSET,
    division: str | Unset = UNSET,
    flag: list[RecordFlag] | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Response[Problem | RecordPage]:
    """ Search and filter the records the caller may see, newest decision first

     An agency sees its own records; the procuratorate sees every agency's. Filters combine
    with AND. `flag=unreferred` is the warning list: records over the criminal threshold that
    no referral (other than a withdrawn one) names. `q` finds records whose facts, subject
    name or subject credit code contain `q` as a substring (at least 2 characters after
    trimming; Chinese, digits and Latin letters mixed; Latin letters match case-insensitively,
    full-width letters and digits as their ASCII forms; `%` and `_` are literal).
    With `q`, PostgreSQL may write the page's JSON itself: the members and values are those
    of `Record`, but the order of an object's members and the whitespace between tokens are
    not part of the contract (true of every JSON response; read them as JSON).

    Args:
        agency (str | Unset): An agency's code in the directory Example: HD-YJJ.
        kind (RecordKind | Unset):
        subject_credit_code (str | Unset): Unified social credit code (统一社会信用代码, GB 32100-2015):
            18 characters, the 18th a check
            character (mod 31) that is verified; letters in either case, stored upper-case.
             Example: 91120102MA05L2XK3F.
        decided_after (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        decided_before (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        division (str | Unset):
        flag (list[RecordFlag] | Unset):
        q (str | Unset):  Example: 消防通道.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordPage]
     """


    kwargs = _get_kwargs(
        agency=agency,
kind=kind,
subject_credit_code=subject_credit_code,
decided_after=decided_after,
decided_before=decided_before,
division=division,
flag=flag,
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
    kind: RecordKind | Unset = UNSET,
    subject_credit_code: str | Unset = UNSET,
    decided_after: datetime.date | datetime.datetime | Unset = UNSET,
    decided_before: datetime.date | datetime.datetime | Unset = UNSET,
    division: str | Unset = UNSET,
    flag: list[RecordFlag] | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Problem | RecordPage | None:
    """ Search and filter the records the caller may see, newest decision first

     An agency sees its own records; the procuratorate sees every agency's. Filters combine
    with AND. `flag=unreferred` is the warning list: records over the criminal threshold that
    no referral (other than a withdrawn one) names. `q` finds records whose facts, subject
    name or subject credit code contain `q` as a substring (at least 2 characters after
    trimming; Chinese, digits and Latin letters mixed; Latin letters match case-insensitively,
    full-width letters and digits as their ASCII forms; `%` and `_` are literal).
    With `q`, PostgreSQL may write the page's JSON itself: the members and values are those
    of `Record`, but the order of an object's members and the whitespace between tokens are
    not part of the contract (true of every JSON response; read them as JSON).

    Args:
        agency (str | Unset): An agency's code in the directory Example: HD-YJJ.
        kind (RecordKind | Unset):
        subject_credit_code (str | Unset): Unified social credit code (统一社会信用代码, GB 32100-2015):
            18 characters, the 18th a check
            character (mod 31) that is verified; letters in either case, stored upper-case.
             Example: 91120102MA05L2XK3F.
        decided_after (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        decided_before (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        division (str | Unset):
        flag (list[RecordFlag] | Unset):
        q (str | Unset):  Example: 消防通道.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordPage
     """


    return sync_detailed(
        client=client,
agency=agency,
kind=kind,
subject_credit_code=subject_credit_code,
decided_after=decided_after,
decided_before=decided_before,
division=division,
flag=flag,
q=q,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agency: str | Unset = UNSET,
    kind: RecordKind | Unset = UNSET,
    subject_credit_code: str | Unset = UNSET,
    decided_after: datetime.date | datetime.datetime | Unset = UNSET,
    decided_before: datetime.date | datetime.datetime | Unset = UNSET,
    division: str | Unset = UNSET,
    flag: list[RecordFlag] | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Response[Problem | RecordPage]:
    """ Search and filter the records the caller may see, newest decision first

     An agency sees its own records; the procuratorate sees every agency's. Filters combine
    with AND. `flag=unreferred` is the warning list: records over the criminal threshold that
    no referral (other than a withdrawn one) names. `q` finds records whose facts, subject
    name or subject credit code contain `q` as a substring (at least 2 characters after
    trimming; Chinese, digits and Latin letters mixed; Latin letters match case-insensitively,
    full-width letters and digits as their ASCII forms; `%` and `_` are literal).
    With `q`, PostgreSQL may write the page's JSON itself: the members and values are those
    of `Record`, but the order of an object's members and the whitespace between tokens are
    not part of the contract (true of every JSON response; read them as JSON).

    Args:
        agency (str | Unset): An agency's code in the directory Example: HD-YJJ.
        kind (RecordKind | Unset):
        subject_credit_code (str | Unset): Unified social credit code (统一社会信用代码, GB 32100-2015):
            18 characters, the 18th a check
            character (mod 31) that is verified; letters in either case, stored upper-case.
             Example: 91120102MA05L2XK3F.
        decided_after (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        decided_before (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        division (str | Unset):
        flag (list[RecordFlag] | Unset):
        q (str | Unset):  Example: 消防通道.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordPage]
     """


    kwargs = _get_kwargs(
        agency=agency,
kind=kind,
subject_credit_code=subject_credit_code,
decided_after=decided_after,
decided_before=decided_before,
division=division,
flag=flag,
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
    kind: RecordKind | Unset = UNSET,
    subject_credit_code: str | Unset = UNSET,
    decided_after: datetime.date | datetime.datetime | Unset = UNSET,
    decided_before: datetime.date | datetime.datetime | Unset = UNSET,
    division: str | Unset = UNSET,
    flag: list[RecordFlag] | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,

) -> Problem | RecordPage | None:
    """ Search and filter the records the caller may see, newest decision first

     An agency sees its own records; the procuratorate sees every agency's. Filters combine
    with AND. `flag=unreferred` is the warning list: records over the criminal threshold that
    no referral (other than a withdrawn one) names. `q` finds records whose facts, subject
    name or subject credit code contain `q` as a substring (at least 2 characters after
    trimming; Chinese, digits and Latin letters mixed; Latin letters match case-insensitively,
    full-width letters and digits as their ASCII forms; `%` and `_` are literal).
    With `q`, PostgreSQL may write the page's JSON itself: the members and values are those
    of `Record`, but the order of an object's members and the whitespace between tokens are
    not part of the contract (true of every JSON response; read them as JSON).

    Args:
        agency (str | Unset): An agency's code in the directory Example: HD-YJJ.
        kind (RecordKind | Unset):
        subject_credit_code (str | Unset): Unified social credit code (统一社会信用代码, GB 32100-2015):
            18 characters, the 18th a check
            character (mod 31) that is verified; letters in either case, stored upper-case.
             Example: 91120102MA05L2XK3F.
        decided_after (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        decided_before (datetime.date | datetime.datetime | Unset): A time bound of a list filter:
            an RFC 3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        division (str | Unset):
        flag (list[RecordFlag] | Unset):
        q (str | Unset):  Example: 消防通道.
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordPage
     """


    return (await asyncio_detailed(
        client=client,
agency=agency,
kind=kind,
subject_credit_code=subject_credit_code,
decided_after=decided_after,
decided_before=decided_before,
division=division,
flag=flag,
q=q,
limit=limit,
cursor=cursor,

    )).parsed
