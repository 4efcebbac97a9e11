"""Shared helpers for the consultation tests: opening one with a valid body."""
from __future__ import annotations

from ..support import POLICE


def open_(caller, **changes):
    data = {"kind": "professional_opinion", "addressee_agency": POLICE, "subject": "危险物品认定的专业意见",
            "question": "请就涉案仓库存放物品是否属于危险化学品提供专业意见。", "due_on": "2030-12-31", **changes}
    return caller.post("/api/v1/consultations", json=data)
