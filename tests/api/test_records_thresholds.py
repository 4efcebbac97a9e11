"""The criminal thresholds come from configuration, not code."""
from __future__ import annotations

from dataclasses import replace

import pytest

from ..support import EMERGENCY
from .record_support import record


@pytest.fixture
def settings(settings):
    return replace(settings, threshold_deaths=3, threshold_serious_injuries=10,
                   threshold_direct_loss_yuan=5_000_000)


@pytest.mark.parametrize("consequences, flagged", [
    ({"deaths": 2, "serious_injuries": 9, "direct_loss_yuan": "4999999.99"}, False),
    ({"deaths": 3}, True),
    ({"serious_injuries": 10}, True),
    ({"direct_loss_yuan": "5000000"}, True),
])
def test_configured_thresholds(as_agency, consequences, flagged):
    published = as_agency(EMERGENCY).post("/api/v1/records", json=record(**consequences)).json
    assert ("meets_criminal_threshold" in published["flags"]) is flagged
    assert ("unreferred" in published["flags"]) is flagged
