from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.recommendation import Recommendation
from ...models.recommendation_action import RecommendationAction
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    recommendation_id: str,
    *,
    body: RecommendationAction,
    if_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/recommendations/{recommendation_id}/actions".format(recommendation_id=quote(str(recommendation_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Recommendation | None:
    if response.status_code == 200:
        response_200 = Recommendation.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Recommendation]:
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
    body: RecommendationAction,
    if_match: str | Unset = UNSET,

) -> Response[Problem | Recommendation]:
    """ Move the recommendation through its lifecycle (serve, object, reply, follow up, close...)

     | action | who (scope) | from → to | needs |
    |---|---|---|---|
    | serve (送达) | issuer (recommendations:issue) | drafted → served | served_on, service_method
    (`in_writing` or `announced` 宣告送达) |
    | object (异议) | recipient (recommendations:reply) | served → objected | reason; within the objection
    period |
    | review (复查) | issuer | objected → reviewed, or withdrawn when `review_outcome` is `withdrawn` |
    review_outcome (`upheld`, `amended`, `withdrawn`), reason; `requested_measures` replaces them when
    amended |
    | reply (回复) | recipient | served, reviewed → replied | measures; `hazards`: one `{id, status,
    note}` per hazard, status `rectified`, `in_progress` or `not_rectified` |
    | follow_up (回头看) | issuer | replied → followed_up | followed_up_on; `hazards`: the on-site finding
    per hazard |
    | close (结案) | issuer | replied, followed_up, escalated → closed | adoption (`adopted`,
    `partly_adopted`, `not_adopted`) |
    | escalate (提请/通报) | issuer | served, reviewed, replied, followed_up → escalated | escalated_to
    (bodies it was copied to), reason |
    | withdraw (撤回) | issuer | any state but closed and withdrawn → withdrawn | reason |

    Serving sets `objection_due_on` (`recommendation_objection_days`, 10 calendar days after
    service) and `reply_due_on`: 2 calendar months after service, the day clamped to the
    month's end (31 January → 31 March; 31 December → 28/29 February), or 15 days when
    `harm_spreading`; a period whose last day is a holiday or rest day ends on the next
    working day (official calendar with its make-up working days). The reply is due by
    23:59:59 China time that day (`due_at`, while a reply is awaited). An objection does not
    stop the reply period. A caller who sees the recommendation but plays no part the action
    allows gets 403; a move the table does not allow is 409; a stale `If-Match` is 412; a
    missing field is 422 naming it. All of them change nothing. Each move appends an event.

    Args:
        recommendation_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (RecommendationAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recommendation]
     """


    kwargs = _get_kwargs(
        recommendation_id=recommendation_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    recommendation_id: str,
    *,
    client: AuthenticatedClient,
    body: RecommendationAction,
    if_match: str | Unset = UNSET,

) -> Problem | Recommendation | None:
    """ Move the recommendation through its lifecycle (serve, object, reply, follow up, close...)

     | action | who (scope) | from → to | needs |
    |---|---|---|---|
    | serve (送达) | issuer (recommendations:issue) | drafted → served | served_on, service_method
    (`in_writing` or `announced` 宣告送达) |
    | object (异议) | recipient (recommendations:reply) | served → objected | reason; within the objection
    period |
    | review (复查) | issuer | objected → reviewed, or withdrawn when `review_outcome` is `withdrawn` |
    review_outcome (`upheld`, `amended`, `withdrawn`), reason; `requested_measures` replaces them when
    amended |
    | reply (回复) | recipient | served, reviewed → replied | measures; `hazards`: one `{id, status,
    note}` per hazard, status `rectified`, `in_progress` or `not_rectified` |
    | follow_up (回头看) | issuer | replied → followed_up | followed_up_on; `hazards`: the on-site finding
    per hazard |
    | close (结案) | issuer | replied, followed_up, escalated → closed | adoption (`adopted`,
    `partly_adopted`, `not_adopted`) |
    | escalate (提请/通报) | issuer | served, reviewed, replied, followed_up → escalated | escalated_to
    (bodies it was copied to), reason |
    | withdraw (撤回) | issuer | any state but closed and withdrawn → withdrawn | reason |

    Serving sets `objection_due_on` (`recommendation_objection_days`, 10 calendar days after
    service) and `reply_due_on`: 2 calendar months after service, the day clamped to the
    month's end (31 January → 31 March; 31 December → 28/29 February), or 15 days when
    `harm_spreading`; a period whose last day is a holiday or rest day ends on the next
    working day (official calendar with its make-up working days). The reply is due by
    23:59:59 China time that day (`due_at`, while a reply is awaited). An objection does not
    stop the reply period. A caller who sees the recommendation but plays no part the action
    allows gets 403; a move the table does not allow is 409; a stale `If-Match` is 412; a
    missing field is 422 naming it. All of them change nothing. Each move appends an event.

    Args:
        recommendation_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (RecommendationAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recommendation
     """


    return sync_detailed(
        recommendation_id=recommendation_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    recommendation_id: str,
    *,
    client: AuthenticatedClient,
    body: RecommendationAction,
    if_match: str | Unset = UNSET,

) -> Response[Problem | Recommendation]:
    """ Move the recommendation through its lifecycle (serve, object, reply, follow up, close...)

     | action | who (scope) | from → to | needs |
    |---|---|---|---|
    | serve (送达) | issuer (recommendations:issue) | drafted → served | served_on, service_method
    (`in_writing` or `announced` 宣告送达) |
    | object (异议) | recipient (recommendations:reply) | served → objected | reason; within the objection
    period |
    | review (复查) | issuer | objected → reviewed, or withdrawn when `review_outcome` is `withdrawn` |
    review_outcome (`upheld`, `amended`, `withdrawn`), reason; `requested_measures` replaces them when
    amended |
    | reply (回复) | recipient | served, reviewed → replied | measures; `hazards`: one `{id, status,
    note}` per hazard, status `rectified`, `in_progress` or `not_rectified` |
    | follow_up (回头看) | issuer | replied → followed_up | followed_up_on; `hazards`: the on-site finding
    per hazard |
    | close (结案) | issuer | replied, followed_up, escalated → closed | adoption (`adopted`,
    `partly_adopted`, `not_adopted`) |
    | escalate (提请/通报) | issuer | served, reviewed, replied, followed_up → escalated | escalated_to
    (bodies it was copied to), reason |
    | withdraw (撤回) | issuer | any state but closed and withdrawn → withdrawn | reason |

    Serving sets `objection_due_on` (`recommendation_objection_days`, 10 calendar days after
    service) and `reply_due_on`: 2 calendar months after service, the day clamped to the
    month's end (31 January → 31 March; 31 December → 28/29 February), or 15 days when
    `harm_spreading`; a period whose last day is a holiday or rest day ends on the next
    working day (official calendar with its make-up working days). The reply is due by
    23:59:59 China time that day (`due_at`, while a reply is awaited). An objection does not
    stop the reply period. A caller who sees the recommendation but plays no part the action
    allows gets 403; a move the table does not allow is 409; a stale `If-Match` is 412; a
    missing field is 422 naming it. All of them change nothing. Each move appends an event.

    Args:
        recommendation_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (RecommendationAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recommendation]
     """


    kwargs = _get_kwargs(
        recommendation_id=recommendation_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    recommendation_id: str,
    *,
    client: AuthenticatedClient,
    body: RecommendationAction,
    if_match: str | Unset = UNSET,

) -> Problem | Recommendation | None:
    """ Move the recommendation through its lifecycle (serve, object, reply, follow up, close...)

     | action | who (scope) | from → to | needs |
    |---|---|---|---|
    | serve (送达) | issuer (recommendations:issue) | drafted → served | served_on, service_method
    (`in_writing` or `announced` 宣告送达) |
    | object (异议) | recipient (recommendations:reply) | served → objected | reason; within the objection
    period |
    | review (复查) | issuer | objected → reviewed, or withdrawn when `review_outcome` is `withdrawn` |
    review_outcome (`upheld`, `amended`, `withdrawn`), reason; `requested_measures` replaces them when
    amended |
    | reply (回复) | recipient | served, reviewed → replied | measures; `hazards`: one `{id, status,
    note}` per hazard, status `rectified`, `in_progress` or `not_rectified` |
    | follow_up (回头看) | issuer | replied → followed_up | followed_up_on; `hazards`: the on-site finding
    per hazard |
    | close (结案) | issuer | replied, followed_up, escalated → closed | adoption (`adopted`,
    `partly_adopted`, `not_adopted`) |
    | escalate (提请/通报) | issuer | served, reviewed, replied, followed_up → escalated | escalated_to
    (bodies it was copied to), reason |
    | withdraw (撤回) | issuer | any state but closed and withdrawn → withdrawn | reason |

    Serving sets `objection_due_on` (`recommendation_objection_days`, 10 calendar days after
    service) and `reply_due_on`: 2 calendar months after service, the day clamped to the
    month's end (31 January → 31 March; 31 December → 28/29 February), or 15 days when
    `harm_spreading`; a period whose last day is a holiday or rest day ends on the next
    working day (official calendar with its make-up working days). The reply is due by
    23:59:59 China time that day (`due_at`, while a reply is awaited). An objection does not
    stop the reply period. A caller who sees the recommendation but plays no part the action
    allows gets 403; a move the table does not allow is 409; a stale `If-Match` is 412; a
    missing field is 422 naming it. All of them change nothing. Each move appends an event.

    Args:
        recommendation_id (str):
        if_match (str | Unset):  Example: "referral-6f1c2b1e-0d1c-4c55-9a55-3b1f4f0a9d10-v2".
        body (RecommendationAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recommendation
     """


    return (await asyncio_detailed(
        recommendation_id=recommendation_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
