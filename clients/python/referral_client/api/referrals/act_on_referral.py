from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.referral import Referral
from ...models.referral_action_close import ReferralActionClose
from ...models.referral_action_forward import ReferralActionForward
from ...models.referral_action_plain import ReferralActionPlain
from ...models.referral_action_with_reason import ReferralActionWithReason
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    referral_id: str,
    *,
    body: ReferralActionClose | ReferralActionForward | ReferralActionPlain | ReferralActionWithReason,
    if_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/referrals/{referral_id}/actions".format(referral_id=quote(str(referral_id), safe=""),),
    }

    
    if isinstance(body, ReferralActionPlain):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ReferralActionWithReason):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ReferralActionForward):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()


    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Referral | None:
    if response.status_code == 200:
        response_200 = Referral.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Referral]:
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
    body: ReferralActionClose | ReferralActionForward | ReferralActionPlain | ReferralActionWithReason,
    if_match: str | Unset = UNSET,

) -> Response[Problem | Referral]:
    """ Move the referral through its workflow (receive, decide, supervise, ...)

     | action | who (scope) | from → to | needs | next deadline (working days) |
    |---|---|---|---|---|
    | receive (签收回执) | recipient (referrals:handle) | submitted → received | | decision, 3 |
    | forward (移送管辖) | recipient (referrals:handle) | submitted, received → submitted | to_agency |
    receipt, 1 (new recipient) |
    | return (退回) | recipient (referrals:handle) | received → returned | reason | resubmission, 3 |
    | resubmit (补充移送) | source (referrals:submit) | returned → submitted | | receipt, 1 |
    | withdraw (撤回) | source (referrals:submit) | submitted → withdrawn | reason | none |
    | accept (立案) | recipient (referrals:handle) | received, reconsidering, filing_notified → accepted |
    | none |
    | decline (不予立案) | recipient (referrals:handle) | received, reconsidering → declined | reason |
    reconsideration_request, 3 |
    | request_reconsideration (复议) | source (referrals:submit) | declined → reconsidering | reason |
    reconsideration_decision, 3 |
    | request_supervision (立案监督) | source (referrals:submit) or procuratorate (referrals:supervise) |
    declined → under_supervision | reason | supervision, 7 |
    | notify_filing (通知立案) | procuratorate (referrals:supervise) | under_supervision → filing_notified |
    reason | filing_after_notification, 15 |
    | close (结案) | recipient (referrals:handle) or procuratorate (referrals:supervise) | accepted,
    declined, under_supervision → closed | outcome | none |

    A referral the caller cannot see is 404. A caller who sees it but plays no part the
    action allows (e.g. the source trying to `accept`), or whose token lacks the role's scope,
    gets 403. A move the table does not allow from the current state is 409; a stale
    `If-Match` is 412; a missing `reason`/`to_agency`/`outcome` is 422 naming it. All of them
    change nothing. Each move appends an event and sets `due_at` to the end (23:59:59 China
    time) of the N-th working day after today under the official holiday calendar; the day
    of the move is not counted (CPL Art.105).

    A forward hands the referral to the new recipient: the previous recipient no longer
    sees it (404), the forward stays in the history.

    Args:
        referral_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (ReferralActionClose | ReferralActionForward | ReferralActionPlain |
            ReferralActionWithReason): One workflow move; `action` decides which fields it takes.
            `reason` may accompany any move
            and is required where the table says so; `to_agency` belongs to `forward` only and
            `outcome` to `close` only (sent with another action, 422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Referral]
     """


    kwargs = _get_kwargs(
        referral_id=referral_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    referral_id: str,
    *,
    client: AuthenticatedClient,
    body: ReferralActionClose | ReferralActionForward | ReferralActionPlain | ReferralActionWithReason,
    if_match: str | Unset = UNSET,

) -> Problem | Referral | None:
    """ Move the referral through its workflow (receive, decide, supervise, ...)

     | action | who (scope) | from → to | needs | next deadline (working days) |
    |---|---|---|---|---|
    | receive (签收回执) | recipient (referrals:handle) | submitted → received | | decision, 3 |
    | forward (移送管辖) | recipient (referrals:handle) | submitted, received → submitted | to_agency |
    receipt, 1 (new recipient) |
    | return (退回) | recipient (referrals:handle) | received → returned | reason | resubmission, 3 |
    | resubmit (补充移送) | source (referrals:submit) | returned → submitted | | receipt, 1 |
    | withdraw (撤回) | source (referrals:submit) | submitted → withdrawn | reason | none |
    | accept (立案) | recipient (referrals:handle) | received, reconsidering, filing_notified → accepted |
    | none |
    | decline (不予立案) | recipient (referrals:handle) | received, reconsidering → declined | reason |
    reconsideration_request, 3 |
    | request_reconsideration (复议) | source (referrals:submit) | declined → reconsidering | reason |
    reconsideration_decision, 3 |
    | request_supervision (立案监督) | source (referrals:submit) or procuratorate (referrals:supervise) |
    declined → under_supervision | reason | supervision, 7 |
    | notify_filing (通知立案) | procuratorate (referrals:supervise) | under_supervision → filing_notified |
    reason | filing_after_notification, 15 |
    | close (结案) | recipient (referrals:handle) or procuratorate (referrals:supervise) | accepted,
    declined, under_supervision → closed | outcome | none |

    A referral the caller cannot see is 404. A caller who sees it but plays no part the
    action allows (e.g. the source trying to `accept`), or whose token lacks the role's scope,
    gets 403. A move the table does not allow from the current state is 409; a stale
    `If-Match` is 412; a missing `reason`/`to_agency`/`outcome` is 422 naming it. All of them
    change nothing. Each move appends an event and sets `due_at` to the end (23:59:59 China
    time) of the N-th working day after today under the official holiday calendar; the day
    of the move is not counted (CPL Art.105).

    A forward hands the referral to the new recipient: the previous recipient no longer
    sees it (404), the forward stays in the history.

    Args:
        referral_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (ReferralActionClose | ReferralActionForward | ReferralActionPlain |
            ReferralActionWithReason): One workflow move; `action` decides which fields it takes.
            `reason` may accompany any move
            and is required where the table says so; `to_agency` belongs to `forward` only and
            `outcome` to `close` only (sent with another action, 422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Referral
     """


    return sync_detailed(
        referral_id=referral_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    referral_id: str,
    *,
    client: AuthenticatedClient,
    body: ReferralActionClose | ReferralActionForward | ReferralActionPlain | ReferralActionWithReason,
    if_match: str | Unset = UNSET,

) -> Response[Problem | Referral]:
    """ Move the referral through its workflow (receive, decide, supervise, ...)

     | action | who (scope) | from → to | needs | next deadline (working days) |
    |---|---|---|---|---|
    | receive (签收回执) | recipient (referrals:handle) | submitted → received | | decision, 3 |
    | forward (移送管辖) | recipient (referrals:handle) | submitted, received → submitted | to_agency |
    receipt, 1 (new recipient) |
    | return (退回) | recipient (referrals:handle) | received → returned | reason | resubmission, 3 |
    | resubmit (补充移送) | source (referrals:submit) | returned → submitted | | receipt, 1 |
    | withdraw (撤回) | source (referrals:submit) | submitted → withdrawn | reason | none |
    | accept (立案) | recipient (referrals:handle) | received, reconsidering, filing_notified → accepted |
    | none |
    | decline (不予立案) | recipient (referrals:handle) | received, reconsidering → declined | reason |
    reconsideration_request, 3 |
    | request_reconsideration (复议) | source (referrals:submit) | declined → reconsidering | reason |
    reconsideration_decision, 3 |
    | request_supervision (立案监督) | source (referrals:submit) or procuratorate (referrals:supervise) |
    declined → under_supervision | reason | supervision, 7 |
    | notify_filing (通知立案) | procuratorate (referrals:supervise) | under_supervision → filing_notified |
    reason | filing_after_notification, 15 |
    | close (结案) | recipient (referrals:handle) or procuratorate (referrals:supervise) | accepted,
    declined, under_supervision → closed | outcome | none |

    A referral the caller cannot see is 404. A caller who sees it but plays no part the
    action allows (e.g. the source trying to `accept`), or whose token lacks the role's scope,
    gets 403. A move the table does not allow from the current state is 409; a stale
    `If-Match` is 412; a missing `reason`/`to_agency`/`outcome` is 422 naming it. All of them
    change nothing. Each move appends an event and sets `due_at` to the end (23:59:59 China
    time) of the N-th working day after today under the official holiday calendar; the day
    of the move is not counted (CPL Art.105).

    A forward hands the referral to the new recipient: the previous recipient no longer
    sees it (404), the forward stays in the history.

    Args:
        referral_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (ReferralActionClose | ReferralActionForward | ReferralActionPlain |
            ReferralActionWithReason): One workflow move; `action` decides which fields it takes.
            `reason` may accompany any move
            and is required where the table says so; `to_agency` belongs to `forward` only and
            `outcome` to `close` only (sent with another action, 422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Referral]
     """


    kwargs = _get_kwargs(
        referral_id=referral_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    referral_id: str,
    *,
    client: AuthenticatedClient,
    body: ReferralActionClose | ReferralActionForward | ReferralActionPlain | ReferralActionWithReason,
    if_match: str | Unset = UNSET,

) -> Problem | Referral | None:
    """ Move the referral through its workflow (receive, decide, supervise, ...)

     | action | who (scope) | from → to | needs | next deadline (working days) |
    |---|---|---|---|---|
    | receive (签收回执) | recipient (referrals:handle) | submitted → received | | decision, 3 |
    | forward (移送管辖) | recipient (referrals:handle) | submitted, received → submitted | to_agency |
    receipt, 1 (new recipient) |
    | return (退回) | recipient (referrals:handle) | received → returned | reason | resubmission, 3 |
    | resubmit (补充移送) | source (referrals:submit) | returned → submitted | | receipt, 1 |
    | withdraw (撤回) | source (referrals:submit) | submitted → withdrawn | reason | none |
    | accept (立案) | recipient (referrals:handle) | received, reconsidering, filing_notified → accepted |
    | none |
    | decline (不予立案) | recipient (referrals:handle) | received, reconsidering → declined | reason |
    reconsideration_request, 3 |
    | request_reconsideration (复议) | source (referrals:submit) | declined → reconsidering | reason |
    reconsideration_decision, 3 |
    | request_supervision (立案监督) | source (referrals:submit) or procuratorate (referrals:supervise) |
    declined → under_supervision | reason | supervision, 7 |
    | notify_filing (通知立案) | procuratorate (referrals:supervise) | under_supervision → filing_notified |
    reason | filing_after_notification, 15 |
    | close (结案) | recipient (referrals:handle) or procuratorate (referrals:supervise) | accepted,
    declined, under_supervision → closed | outcome | none |

    A referral the caller cannot see is 404. A caller who sees it but plays no part the
    action allows (e.g. the source trying to `accept`), or whose token lacks the role's scope,
    gets 403. A move the table does not allow from the current state is 409; a stale
    `If-Match` is 412; a missing `reason`/`to_agency`/`outcome` is 422 naming it. All of them
    change nothing. Each move appends an event and sets `due_at` to the end (23:59:59 China
    time) of the N-th working day after today under the official holiday calendar; the day
    of the move is not counted (CPL Art.105).

    A forward hands the referral to the new recipient: the previous recipient no longer
    sees it (404), the forward stays in the history.

    Args:
        referral_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (ReferralActionClose | ReferralActionForward | ReferralActionPlain |
            ReferralActionWithReason): One workflow move; `action` decides which fields it takes.
            `reason` may accompany any move
            and is required where the table says so; `to_agency` belongs to `forward` only and
            `outcome` to `close` only (sent with another action, 422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Referral
     """


    return (await asyncio_detailed(
        referral_id=referral_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
