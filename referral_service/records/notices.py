"""The procuratorate is told of every record that newly reaches the criminal threshold."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..agencies.models import Agency, AgencyKind
from ..notifications import emit


def notify_flagged(db: Session, record_ids: list[str], occurred_at: datetime) -> None:
    """Emit record.threshold_flagged for each record, to every procuratorate agency."""
    if not record_ids:
        return
    procuratorates = list(db.scalars(select(Agency.id).where(Agency.kind == AgencyKind.procuratorate)))
    for record_id in record_ids:
        emit(db, "record.threshold_flagged", "record", record_id, procuratorates, occurred_at)
