"""GROUP BY counts of referrals and records, for tokens with `stats:read` (procuratorate, oversight)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..agencies.models import Agency
from ..auth.protect import Caller
from ..calendar import CHINA_TIME
from ..errors import Forbidden
from ..records.models import Record
from ..records.flags import FLAGS
from ..referrals.models import Referral

# Months and years are counted on the users' clock, China Standard Time (no daylight saving).
CHINA_OFFSET_HOURS = 8


def _month(db: Session, column):
    """The 'YYYY-MM' of a UTC timestamp column, in China Standard Time."""
    if db.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("Asia/Shanghai", column), "YYYY-MM")
    return func.strftime("%Y-%m", column, f"+{CHINA_OFFSET_HOURS} hours")


def _counts(db: Session, stmt) -> dict[str, int]:
    return {getattr(key, "value", key): count for key, count in db.execute(stmt) if key is not None}


def stats(db: Session, caller: Caller, year: int | None) -> dict[str, Any]:
    # The route needs `stats:read`; checked here too, so no other caller of this use case can forget it.
    if "stats:read" not in caller.scopes:
        raise Forbidden("Statistics need the scope 'stats:read'.")
    referral_filter, record_filter = [], []
    if year is not None:
        start, end = datetime(year, 1, 1, tzinfo=CHINA_TIME), datetime(year + 1, 1, 1, tzinfo=CHINA_TIME)
        referral_filter = [Referral.created_at >= start, Referral.created_at < end]
        record_filter = [Record.decided_at >= start, Record.decided_at < end]

    def by(column, *joins):
        stmt = select(column, func.count()).select_from(Referral)
        for target, on in joins:
            stmt = stmt.join(target, on)
        return _counts(db, stmt.where(*referral_filter).group_by(column))

    source, recipient = aliased(Agency), aliased(Agency)
    month = _month(db, Referral.created_at)
    referrals = {
        "total": db.scalar(select(func.count()).select_from(Referral).where(*referral_filter)),
        "by_category": by(Referral.category),
        "by_status": by(Referral.status),
        "by_source_agency": by(source.code, (source, source.id == Referral.source_agency_id)),
        "by_recipient_agency": by(recipient.code, (recipient, recipient.id == Referral.recipient_agency_id)),
        "by_month": by(month),
    }
    flag_counts = select(*(func.count().filter(getattr(Record, flag).is_(True)) for flag in FLAGS))
    flag_row = db.execute(flag_counts.select_from(Record).where(*record_filter)).one()
    records = {
        "total": db.scalar(select(func.count()).select_from(Record).where(*record_filter)),
        "by_kind": _counts(db, select(Record.kind, func.count()).where(*record_filter).group_by(Record.kind)),
        "by_flag": {flag: count for flag, count in zip(FLAGS, flag_row) if count},
    }
    return {"year": year, "referrals": referrals, "records": records}
