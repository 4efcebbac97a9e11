from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.export_audit_events_format import ExportAuditEventsFormat
from ...models.export_audit_events_outcome import ExportAuditEventsOutcome
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    format_: ExportAuditEventsFormat | Unset = ExportAuditEventsFormat.NDJSON,
    from_: datetime.date | datetime.datetime | Unset = UNSET,
    to: datetime.date | datetime.datetime | Unset = UNSET,
    client_id: str | Unset = UNSET,
    agency: str | Unset = UNSET,
    action: str | Unset = UNSET,
    outcome: ExportAuditEventsOutcome | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    status: int | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    json_from_: str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_.isoformat()

    params["from"] = json_from_

    json_to: str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.datetime):
        json_to = to.isoformat()
    else:
        json_to = to.isoformat()

    params["to"] = json_to

    params["client_id"] = client_id

    params["agency"] = agency

    params["action"] = action

    json_outcome: str | Unset = UNSET
    if not isinstance(outcome, Unset):
        json_outcome = outcome.value

    params["outcome"] = json_outcome

    params["resource_id"] = resource_id

    params["status"] = status


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit-events/export",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
    format_: ExportAuditEventsFormat | Unset = ExportAuditEventsFormat.NDJSON,
    from_: datetime.date | datetime.datetime | Unset = UNSET,
    to: datetime.date | datetime.datetime | Unset = UNSET,
    client_id: str | Unset = UNSET,
    agency: str | Unset = UNSET,
    action: str | Unset = UNSET,
    outcome: ExportAuditEventsOutcome | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    status: int | Unset = UNSET,

) -> Response[Problem | str]:
    """ Stream the filtered access log, oldest first, as NDJSON or CSV

     NDJSON: one `AuditEvent` object per line, each line ending in `\\n` (a string never holds a
    raw line feed; split at `\\n` alone, as U+2028 and U+2029 may occur inside strings). The
    lines may be written by the database: the members and their values are fixed, but the
    order of the members and the whitespace between tokens are not part of the contract.
    CSV: a header row naming the columns, then one row per entry (RFC 4180 quoting, CRLF);
    `scopes` and `resource_ids` are space-separated.

    Args:
        format_ (ExportAuditEventsFormat | Unset):  Default: ExportAuditEventsFormat.NDJSON.
        from_ (datetime.date | datetime.datetime | Unset): A time bound of a list filter: an RFC
            3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        to (datetime.date | datetime.datetime | Unset): A time bound of a list filter: an RFC 3339
            date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        client_id (str | Unset):
        agency (str | Unset):  Example: HD-YJJ.
        action (str | Unset):  Example: referrals.read.
        outcome (ExportAuditEventsOutcome | Unset):
        resource_id (str | Unset):
        status (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        format_=format_,
from_=from_,
to=to,
client_id=client_id,
agency=agency,
action=action,
outcome=outcome,
resource_id=resource_id,
status=status,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    format_: ExportAuditEventsFormat | Unset = ExportAuditEventsFormat.NDJSON,
    from_: datetime.date | datetime.datetime | Unset = UNSET,
    to: datetime.date | datetime.datetime | Unset = UNSET,
    client_id: str | Unset = UNSET,
    agency: str | Unset = UNSET,
    action: str | Unset = UNSET,
    outcome: ExportAuditEventsOutcome | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    status: int | Unset = UNSET,

) -> Problem | str | None:
    """ Stream the filtered access log, oldest first, as NDJSON or CSV

     NDJSON: one `AuditEvent` object per line, each line ending in `\\n` (a string never holds a
    raw line feed; split at `\\n` alone, as U+2028 and U+2029 may occur inside strings). The
    lines may be written by the database: the members and their values are fixed, but the
    order of the members and the whitespace between tokens are not part of the contract.
    CSV: a header row naming the columns, then one row per entry (RFC 4180 quoting, CRLF);
    `scopes` and `resource_ids` are space-separated.

    Args:
        format_ (ExportAuditEventsFormat | Unset):  Default: ExportAuditEventsFormat.NDJSON.
        from_ (datetime.date | datetime.datetime | Unset): A time bound of a list filter: an RFC
            3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        to (datetime.date | datetime.datetime | Unset): A time bound of a list filter: an RFC 3339
            date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        client_id (str | Unset):
        agency (str | Unset):  Example: HD-YJJ.
        action (str | Unset):  Example: referrals.read.
        outcome (ExportAuditEventsOutcome | Unset):
        resource_id (str | Unset):
        status (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return sync_detailed(
        client=client,
format_=format_,
from_=from_,
to=to,
client_id=client_id,
agency=agency,
action=action,
outcome=outcome,
resource_id=resource_id,
status=status,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    format_: ExportAuditEventsFormat | Unset = ExportAuditEventsFormat.NDJSON,
    from_: datetime.date | datetime.datetime | Unset = UNSET,
    to: datetime.date | datetime.datetime | Unset = UNSET,
    client_id: str | Unset = UNSET,
    agency: str | Unset = UNSET,
    action: str | Unset = UNSET,
    outcome: ExportAuditEventsOutcome | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    status: int | Unset = UNSET,

) -> Response[Problem | str]:
    """ Stream the filtered access log, oldest first, as NDJSON or CSV

     NDJSON: one `AuditEvent` object per line, each line ending in `\\n` (a string never holds a
    raw line feed; split at `\\n` alone, as U+2028 and U+2029 may occur inside strings). The
    lines may be written by the database: the members and their values are fixed, but the
    order of the members and the whitespace between tokens are not part of the contract.
    CSV: a header row naming the columns, then one row per entry (RFC 4180 quoting, CRLF);
    `scopes` and `resource_ids` are space-separated.

    Args:
        format_ (ExportAuditEventsFormat | Unset):  Default: ExportAuditEventsFormat.NDJSON.
        from_ (datetime.date | datetime.datetime | Unset): A time bound of a list filter: an RFC
            3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        to (datetime.date | datetime.datetime | Unset): A time bound of a list filter: an RFC 3339
            date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        client_id (str | Unset):
        agency (str | Unset):  Example: HD-YJJ.
        action (str | Unset):  Example: referrals.read.
        outcome (ExportAuditEventsOutcome | Unset):
        resource_id (str | Unset):
        status (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        format_=format_,
from_=from_,
to=to,
client_id=client_id,
agency=agency,
action=action,
outcome=outcome,
resource_id=resource_id,
status=status,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    format_: ExportAuditEventsFormat | Unset = ExportAuditEventsFormat.NDJSON,
    from_: datetime.date | datetime.datetime | Unset = UNSET,
    to: datetime.date | datetime.datetime | Unset = UNSET,
    client_id: str | Unset = UNSET,
    agency: str | Unset = UNSET,
    action: str | Unset = UNSET,
    outcome: ExportAuditEventsOutcome | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    status: int | Unset = UNSET,

) -> Problem | str | None:
    """ Stream the filtered access log, oldest first, as NDJSON or CSV

     NDJSON: one `AuditEvent` object per line, each line ending in `\\n` (a string never holds a
    raw line feed; split at `\\n` alone, as U+2028 and U+2029 may occur inside strings). The
    lines may be written by the database: the members and their values are fixed, but the
    order of the members and the whitespace between tokens are not part of the contract.
    CSV: a header row naming the columns, then one row per entry (RFC 4180 quoting, CRLF);
    `scopes` and `resource_ids` are space-separated.

    Args:
        format_ (ExportAuditEventsFormat | Unset):  Default: ExportAuditEventsFormat.NDJSON.
        from_ (datetime.date | datetime.datetime | Unset): A time bound of a list filter: an RFC
            3339 date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        to (datetime.date | datetime.datetime | Unset): A time bound of a list filter: an RFC 3339
            date-time with its offset
            (`2026-03-15T09:30:00+08:00`), or a bare date meaning that whole day in China Standard
            Time
            (UTC+8): a lower bound (`*_after`, `from`) starts at its 00:00, an upper bound
            (`*_before`,
            `to`, exclusive) ends at the next day's 00:00, so `after=D&before=D` is exactly day D.
             Example: 2026-03-15.
        client_id (str | Unset):
        agency (str | Unset):  Example: HD-YJJ.
        action (str | Unset):  Example: referrals.read.
        outcome (ExportAuditEventsOutcome | Unset):
        resource_id (str | Unset):
        status (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return (await asyncio_detailed(
        client=client,
format_=format_,
from_=from_,
to=to,
client_id=client_id,
agency=agency,
action=action,
outcome=outcome,
resource_id=resource_id,
status=status,

    )).parsed
