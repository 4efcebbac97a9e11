"""The referral workflow as data, and the guard that checks a move; no I/O."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Iterable, Mapping

from ..errors import Refused
from ..fields import strip_space


class Status(str, enum.Enum):
    submitted = "submitted"
    received = "received"
    returned = "returned"
    accepted = "accepted"
    declined = "declined"
    reconsidering = "reconsidering"
    under_supervision = "under_supervision"
    filing_notified = "filing_notified"
    closed = "closed"
    withdrawn = "withdrawn"


class Category(str, enum.Enum):
    criminal = "criminal"
    public_interest = "public_interest"
    administrative_violation = "administrative_violation"
    reverse = "reverse"


class Offence(str, enum.Enum):
    """Work-safety offences of the Criminal Law (Arts. 134-139-1), and `other`."""

    art_134_1 = "134(1)"
    art_134_2 = "134(2)"
    art_134a = "134-1"
    art_135 = "135"
    art_135a = "135-1"
    art_136 = "136"
    art_137 = "137"
    art_138 = "138"
    art_139 = "139"
    art_139a = "139-1"
    other = "other"


class Role(str, enum.Enum):
    source = "source"
    recipient = "recipient"
    procuratorate = "procuratorate"


# The scope each role acts under (the scope table in the README).
ROLE_SCOPES: dict[Role, str] = {
    Role.source: "referrals:submit",
    Role.recipient: "referrals:handle",
    Role.procuratorate: "referrals:supervise",
}


@dataclass(frozen=True)
class Move:
    action: str
    actors: frozenset[Role]
    from_states: frozenset[Status]
    to_state: Status
    required: tuple[str, ...] = ()
    # The key of Settings.deadline_working_days for the step that becomes pending; None: no deadline.
    starts: str | None = None
    # Whether the move may change which record the referral covers (records.links refreshes its flags).
    relinks: bool = False


def _move(action: str, actors: Iterable[Role], from_states: Iterable[Status], to_state: Status,
          required: tuple[str, ...] = (), starts: str | None = None, relinks: bool = False) -> Move:
    return Move(action, frozenset(actors), frozenset(from_states), to_state, required, starts, relinks)


S, R = Status, Role
# Creation is the move from nothing to `submitted`; its event opens every history.
SUBMIT = _move("submit", [R.source], [], S.submitted, starts="receipt", relinks=True)

MOVES: dict[str, Move] = {m.action: m for m in [
    _move("receive", [R.recipient], [S.submitted], S.received, starts="decision"),
    _move("forward", [R.recipient], [S.submitted, S.received], S.submitted, ("to_agency",), "receipt"),
    _move("return", [R.recipient], [S.received], S.returned, ("reason",), "resubmission"),
    _move("resubmit", [R.source], [S.returned], S.submitted, starts="receipt", relinks=True),
    _move("withdraw", [R.source], [S.submitted], S.withdrawn, ("reason",), relinks=True),
    _move("accept", [R.recipient], [S.received, S.reconsidering, S.filing_notified], S.accepted),
    _move("decline", [R.recipient], [S.received, S.reconsidering], S.declined, ("reason",),
          "reconsideration_request"),
    _move("request_reconsideration", [R.source], [S.declined], S.reconsidering, ("reason",),
          "reconsideration_decision"),
    _move("request_supervision", [R.source, R.procuratorate], [S.declined], S.under_supervision,
          ("reason",), "supervision"),
    _move("notify_filing", [R.procuratorate], [S.under_supervision], S.filing_notified, ("reason",),
          "filing_after_notification"),
    _move("close", [R.recipient, R.procuratorate], [S.accepted, S.declined, S.under_supervision],
          S.closed, ("outcome",)),
]}

ACTIONS = tuple(MOVES)


def guard(action: str, status: Status, roles: Iterable[Role], scopes: Iterable[str],
          given: Mapping[str, object]) -> Move:
    """The move for `action` by a caller holding `roles` and `scopes`, or Refused."""
    move = MOVES.get(action)
    if move is None:
        raise Refused("missing", f"Unknown action {action!r}.", ("action",))
    _check_actor(move, frozenset(roles), frozenset(scopes))
    if status not in move.from_states:
        allowed = ", ".join(sorted(s.value for s in move.from_states))
        raise Refused("state", f"Cannot {action} a referral that is {status.value}; "
                               f"{action} is allowed from: {allowed}.")
    missing = tuple(f for f in move.required if not _present(given.get(f)))
    if missing:
        raise Refused("missing", f"{action} needs: {', '.join(missing)}.", missing)
    return move


def _check_actor(move: Move, roles: frozenset[Role], scopes: frozenset[str]) -> None:
    """Refused unless one of the caller's roles may make the move, with that role's scope."""
    held = move.actors & roles
    if not held:
        who = " or ".join(sorted(r.value for r in move.actors))
        raise Refused("role", f"Only the {who} may {move.action} this referral.")
    if not any(ROLE_SCOPES[role] in scopes for role in held):
        needed = " or ".join(sorted(ROLE_SCOPES[role] for role in held))
        raise Refused("scope", f"To {move.action} this referral the token needs {needed}.")


def _present(value: object) -> bool:
    return value is not None and (not isinstance(value, str) or bool(strip_space(value)))
