"""The ledger (台账): export one row per hazard as CSV or XLSX, and the joint-meeting counts."""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date, datetime
from typing import Any, Iterable

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..auth.protect import Caller
from .models import Recommendation

COLUMNS = (
    ("document_number", "文号"), ("kind", "类型"), ("status", "状态"), ("recipient_agency", "被建议单位"),
    ("title", "标题"), ("served_on", "送达日期"), ("reply_due_on", "回复期限"), ("overdue", "逾期"),
    ("replied_at", "回复时间"), ("adoption", "采纳情况"), ("hazard_no", "隐患序号"),
    ("hazard_category", "隐患类别"), ("hazard_description", "隐患描述"), ("hazard_location", "地点"),
    ("hazard_division_code", "区划代码"), ("hazard_reply_status", "整改情况（回复）"),
    ("hazard_finding", "回头看结果"),
)
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A spreadsheet runs a cell starting with these as a formula; exports defuse them.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A value as an export cell: text, ISO dates, 是/否, formulas defused."""
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else "否"
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))  # control characters XLSX cannot hold
    return "'" + text if text.startswith(_FORMULA_START) else text


def rows(recommendations: Iterable[Recommendation], now: datetime) -> Iterable[list[Any]]:
    """One row per hazard (a recommendation without hazards gives one row with them blank)."""
    for rec in recommendations:
        head = [rec.document_number, rec.kind.value, rec.status.value, rec.recipient_agency.code,
                rec.title, rec.served_on, rec.reply_due_on, rec.due_at is not None and rec.due_at < now,
                rec.replied_at, rec.adoption]
        hazards = rec.hazards or [None]
        for number, hazard in enumerate(hazards, start=1):
            tail = ([number, hazard.category, hazard.description, hazard.location, hazard.division_code,
                     hazard.reply_status, hazard.finding] if hazard else [None] * 7)
            yield [_cell(value) for value in head + tail]


def to_csv(recommendations: list[Recommendation], now: datetime) -> bytes:
    """UTF-8 CSV with a byte-order mark (so spreadsheet programs read the Chinese right)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([label for _key, label in COLUMNS])
    writer.writerows(rows(recommendations, now))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(recommendations: list[Recommendation], now: datetime) -> bytes:
    """One sheet, 检察建议台账: a header row of Chinese labels, then one row per hazard."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("检察建议台账")
    sheet.append([label for _key, label in COLUMNS])
    for row in rows(recommendations, now):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- statistics for the joint meeting (联席会议) -----------------------------------------------------

COUNTS = ("issued", "replied_on_time", "replied_late", "adopted", "partly_adopted", "hazards",
          "hazards_rectified")


def _rectified(hazard) -> bool:
    """The latest word on a hazard: the on-site finding if followed up, else the reply's status."""
    return (hazard.finding or hazard.reply_status) == "rectified"


def _count(rec: Recommendation) -> dict[str, int]:
    """One recommendation's contribution to each count."""
    on_time = rec.replied_at is not None and rec.reply_due_at is not None and rec.replied_at <= rec.reply_due_at
    return {
        "issued": 1,
        "replied_on_time": int(on_time),
        "replied_late": int(rec.replied_at is not None and not on_time),
        "adopted": int(rec.adoption == "adopted"),
        "partly_adopted": int(rec.adoption == "partly_adopted"),
        "hazards": len(rec.hazards),
        "hazards_rectified": sum(_rectified(h) for h in rec.hazards),
    }


def stats(db: Session, caller: Caller, year: int | None) -> dict[str, Any]:
    """Counts of the recommendations the caller's procuratorate served, by recipient and month of service."""
    stmt = select(Recommendation).where(Recommendation.issuer_agency_id == caller.agency_id,
                                        Recommendation.served_on.is_not(None))
    if year is not None:
        stmt = stmt.where(Recommendation.served_on >= date(year, 1, 1),
                          Recommendation.served_on < date(year + 1, 1, 1))
    zero = lambda: dict.fromkeys(COUNTS, 0)  # noqa: E731
    totals, by_agency, by_month = zero(), defaultdict(zero), defaultdict(zero)
    for rec in db.scalars(stmt):
        counted = _count(rec)
        for bucket in (totals, by_agency[rec.recipient_agency.code], by_month[rec.served_on.strftime("%Y-%m")]):
            for key, value in counted.items():
                bucket[key] += value
    return {"year": year, "totals": totals, "by_agency": dict(by_agency), "by_month": dict(by_month)}
