"""Every function of the service and of the benchmark stays at cyclomatic complexity 10 or less.

Measured with radon, which counts every branch, boolean operator, loop, `except` and comprehension
condition; a function past the bound is split (a table of effects, a plan then its application)
rather than allowed through.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from radon.complexity import cc_visit

ROOT = Path(__file__).resolve().parents[2]
BOUND = 10
CHECKED = ["referral_service", "bench", "config"]


def _functions(folder: str):
    for path in sorted((ROOT / folder).rglob("*.py")):
        pending = list(cc_visit(path.read_text(encoding="utf-8")))
        while pending:
            block = pending.pop()
            if hasattr(block, "methods"):  # a class: its methods are what is measured
                pending.extend(block.methods)
                continue
            pending.extend(block.closures)
            yield path.relative_to(ROOT), block


@pytest.mark.parametrize("folder", CHECKED)
def test_no_function_is_more_complex_than_the_bound(folder):
    over = sorted({f"{path}:{block.lineno} {block.fullname} ({block.complexity})"
                   for path, block in _functions(folder) if block.complexity > BOUND})
    assert not over, f"cyclomatic complexity above {BOUND}:\n" + "\n".join(over)


def test_the_check_sees_the_code():
    names = {block.fullname for _path, block in _functions("referral_service")}
    assert "create_app" in names and len(names) > 200
