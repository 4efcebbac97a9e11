"""Shared helpers for the record tests: credit codes with their check character, and a valid record."""
from __future__ import annotations

from referral_service.identifiers import uscc_check_char


def uscc(body17: str) -> str:
    return body17 + uscc_check_char(body17)


COMPANY = uscc("91120102MA05K8RT3")
OTHER_COMPANY = uscc("91120102MA07LMN21")


def record(case_number: str = "津河应急罚〔2026〕1号", **overrides) -> dict:
    body = {
        "kind": "penalty_decision",
        "case_number": case_number,
        "subject": {"name": "天津市河东区恒安建筑工程有限公司", "credit_code": COMPANY},
        "facts": "检查发现该公司在建工地消防通道被堵塞，未按规定设置安全警示标志。",
        "legal_basis": "《中华人民共和国安全生产法》第九十九条",
        "penalty": {"type": "罚款", "amount_yuan": "50000.00"},
        "decided_at": "2026-03-15T10:00:00+08:00",
        "deaths": 0,
        "serious_injuries": 0,
        "direct_loss_yuan": "0",
        "rectification": {"status": "pending", "due_date": "2026-04-15"},
        "address": "天津市河东区大桥道1号",
    }
    body.update(overrides)
    return body
