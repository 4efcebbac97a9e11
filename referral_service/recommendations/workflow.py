"""The recommendation lifecycle as data, and the guard that checks a move; no I/O."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from ..errors import Refused


class Status(str, enum.Enum):
    drafted = "drafted"
    served = "served"
    objected = "objected"
    reviewed = "reviewed"
    replied = "replied"
    followed_up = "followed_up"
    closed = "closed"
    escalated = "escalated"
    withdrawn = "withdrawn"


class Kind(str, enum.Enum):
    """The five types of the recommendation rules: 再审, 纠正违法, 公益诉讼, 社会治理, 其他."""

    retrial = "retrial"
    correction = "correction"
    public_interest = "public_interest"
    social_governance = "social_governance"
    other = "other"


class Role(str, enum.Enum):
    issuer = "issuer"
    recipient = "recipient"


ROLE_SCOPES: dict[Role, str] = {Role.issuer: "recommendations:issue", Role.recipient: "recommendations:reply"}

# States in which the recipient's written reply is awaited (the reply deadline runs).
AWAITING_REPLY = frozenset({Status.served, Status.objected, Status.reviewed})
# States after which nothing moves any more.
FINAL = frozenset({Status.closed, Status.withdrawn})


@dataclass(frozen=True)
class Move:
    action: str
    actors: frozenset[Role]
    from_states: frozenset[Status]
    to_state: Status
    required: tuple[str, ...] = ()
    # When a field's value decides the target (review: withdrawn), {value: state}.
    target_by: tuple[str, Mapping[str, Status]] | None = field(default=None)

    def target(self, given: Mapping[str, object]) -> Status:
        """The state this move leads to, given the request's fields."""
        if self.target_by is None:
            return self.to_state
        name, targets = self.target_by
        return targets.get(str(given.get(name)), self.to_state)


def _move(action: str, actors: Iterable[Role], from_states: Iterable[Status], to_state: Status,
          required: tuple[str, ...] = (), target_by=None) -> Move:
    """A Move from plain arguments."""
    return Move(action, frozenset(actors), frozenset(from_states), to_state, required, target_by)


S, R = Status, Role
BEFORE_CLOSING = [S.drafted, S.served, S.objected, S.reviewed, S.replied, S.followed_up, S.escalated]
# Creation is the move from nothing to `drafted`; its event opens every history.
ISSUE = _move("issue", [R.issuer], [], S.drafted)

MOVES: dict[str, Move] = {m.action: m for m in [
    _move("serve", [R.issuer], [S.drafted], S.served, ("served_on", "service_method")),
    _move("object", [R.recipient], [S.served], S.objected, ("reason",)),
    _move("review", [R.issuer], [S.objected], S.reviewed, ("review_outcome", "reason"),
          ("review_outcome", {"withdrawn": S.withdrawn})),
    _move("reply", [R.recipient], [S.served, S.reviewed], S.replied, ("measures",)),
    _move("follow_up", [R.issuer], [S.replied], S.followed_up, ("followed_up_on",)),
    _move("close", [R.issuer], [S.replied, S.followed_up, S.escalated], S.closed, ("adoption",)),
    _move("escalate", [R.issuer], [S.served, S.reviewed, S.replied, S.followed_up], S.escalated,
          ("escalated_to", "reason")),
    _move("withdraw", [R.issuer], BEFORE_CLOSING, S.withdrawn, ("reason",)),
]}

ACTIONS = tuple(MOVES)


def guard(action: str, status: Status, roles: Iterable[Role], scopes: Iterable[str],
          given: Mapping[str, object]) -> Move:
    """The move for `action` by a caller holding `roles` and `scopes`, or Refused."""
    move = MOVES.get(action)
    if move is None:
        raise Refused("missing", f"Unknown action {action!r}.", ("action",))
    _check_actor(move, roles, scopes)
    if status not in move.from_states:
        allowed = ", ".join(sorted(s.value for s in move.from_states))
        raise Refused("state", f"Cannot {action} a recommendation that is {status.value}; "
                               f"{action} is allowed from: {allowed}.")
    missing = tuple(f for f in move.required if not _present(given.get(f)))
    if missing:
        raise Refused("missing", f"{action} needs: {', '.join(missing)}.", missing)
    return move


def _check_actor(move: Move, roles: Iterable[Role], scopes: Iterable[str]) -> None:
    """Refused unless the caller plays a part the move allows, with that part's scope."""
    held = move.actors & frozenset(roles)
    if not held:
        who = " or ".join(sorted(r.value for r in move.actors))
        raise Refused("role", f"Only the {who} may {move.action} this recommendation.")
    if not any(ROLE_SCOPES[role] in frozenset(scopes) for role in held):
        needed = " or ".join(sorted(ROLE_SCOPES[role] for role in held))
        raise Refused("scope", f"To {move.action} this recommendation the token needs {needed}.")


def _present(value: object) -> bool:
    """Whether a required field was given (not blank, not empty)."""
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple)):
        return bool(value)
    return value is not None
