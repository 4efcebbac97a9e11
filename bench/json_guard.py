"""What the strict JSON loader costs over json.loads: a full 1,000-record batch, and 60,000 empty items.

Run: .venv/bin/python -m bench.json_guard   (medians of 5; no database, no server)
"""
from __future__ import annotations

import json
import statistics
import time
from typing import Callable

from referral_service.guard import load_json

RECORD = {"kind": "penalty_decision", "case_number": "津河应急罚〔2026〕7号",
          "subject": {"name": "天津市某化工有限公司", "credit_code": None},
          "facts": "仓库违规存放危险化学品。" * 100, "legal_basis": "《安全生产法》第一百零二条",
          "penalty": {"type": "fine", "amount_yuan": "20000.00"}, "decided_at": "2026-03-20T10:00:00+08:00",
          "deaths": 0, "serious_injuries": 0, "direct_loss_yuan": "100.00",
          "rectification": {"status": "pending", "due_date": "2026-04-20"}, "division_code": "120102",
          "address": "津塘路88号"}


def median_ms(work: Callable[[], object], rounds: int = 5) -> float:
    """The median wall time of `work`, in milliseconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    """Print each figure as `name: value`."""
    full = json.dumps({"records": [RECORD] * 1000}, ensure_ascii=False).encode()
    empty = json.dumps({"records": [{}] * 60_000}).encode()
    print(f"batch_1000_bytes: {len(full)}")
    print(f"batch_1000_json_loads_ms: {median_ms(lambda: json.loads(full)):.1f}")
    print(f"batch_1000_load_json_ms: {median_ms(lambda: load_json(full)):.1f}")
    print(f"empty_60000_load_json_ms: {median_ms(lambda: load_json(empty)):.1f}")


if __name__ == "__main__":
    main()
