"""`make bench SMOKE=1` end to end, so the benchmark never rots: load, both servers, every figure."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid

import pytest
from sqlalchemy.engine import make_url

from config import PROJECT_ROOT
from referral_service.db import normalize_url

FIGURES = [
    "load_seconds", "submit_rps", "submit_p50_ms", "submit_p99_ms", "submit_floor_rps", "submit_floor_p50_ms",
    "submit_floor_p99_ms", "submit_ratio_to_floor", "read_rps", "read_p99_ms", "read_floor_rps",
    "read_floor_p99_ms", "read_ratio_to_floor", "read_floor_logged_rps", "read_ratio_to_logged_floor",
    "list_page1_p50_ms", "list_deep_page", "list_deep_p50_ms",
    "list_deep_to_page1_ratio", "search_2char_p50_ms", "search_2char_p99_ms", "search_6char_p50_ms",
    "search_6char_p99_ms", "export_entries", "export_complete_rounds", "export_entries_per_s",
    "export_rss_before_mb", "export_peak_rss_mb", "loadgen_cpu_share_of_server_max", "foreign_cpu_share_max",
    "loadgen_check_rps", "loadgen_check_more_connections_rps",
    "audit_tree_size", "audit_seal_entries_per_s", "audit_verify_entries_per_s", "audit_verify_seconds",
    "audit_inclusion_proof_p50_ms", "audit_consistency_proof_p50_ms", "audit_seal_to_submit_ratio",
    "delivery_lag_p50_ms", "delivery_lag_p99_ms", "delivery_lag_events", "delivery_lag_duplicates",
    "submit_p99_to_floor_p99", "read_floor_logged_p99_ms", "read_p99_to_logged_floor_p99",
    "scaling_small_rows", "scaling_submit_rps_small", "scaling_read_rps_small", "scaling_submit_ratio",
    "scaling_read_ratio",
] + [f"{scenario}_{cost}" for scenario in ("submit", "submit_floor", "read", "read_floor", "read_floor_logged")
     for cost in ("worker_cpu_ms_per_request", "statements_per_request", "round_trips_per_request",
                  "parses_per_request")]
TARGETED = ["submit_ratio_to_floor", "submit_p99_to_floor_p99", "read_ratio_to_logged_floor",
            "read_p99_to_logged_floor_p99", "scaling_submit_ratio", "scaling_read_ratio", "list_deep_to_page1_ratio",
            "search_2char_p50_ms", "search_2char_p99_ms", "search_6char_p50_ms", "search_6char_p99_ms",
            "export_entries_per_s", "export_peak_rss_mb", "export_complete_rounds",
            "audit_verify_entries_per_s", "audit_inclusion_proof_p50_ms", "audit_consistency_proof_p50_ms",
            "audit_seal_to_submit_ratio", "delivery_lag_p99_ms"]


def _admin_url(url: str) -> str:
    return make_url(normalize_url(url)).set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False)


@pytest.mark.slow
@pytest.mark.postgres_only
def test_smoke_bench_prints_every_figure_and_writes_latest_json(database_url, tmp_path):
    import psycopg

    name = f"referral_bench_smoke_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    bench_url = make_url(normalize_url(database_url)).set(drivername="postgresql", database=name)
    bench_url = bench_url.render_as_string(hide_password=False)
    output = tmp_path / "latest.json"
    try:
        run = subprocess.run([sys.executable, "-m", "bench.run", "--smoke", "--output", str(output)],
                             cwd=PROJECT_ROOT, env={**os.environ, "REFERRAL_BENCH_DATABASE_URL": bench_url},
                             capture_output=True, text=True, timeout=240)
    finally:
        with psycopg.connect(_admin_url(database_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]

    printed = dict(re.findall(r"^(\w+): ([-0-9.]+)", run.stdout, re.MULTILINE))
    assert [f for f in FIGURES if f not in printed] == []
    assert re.search(r"^load_generator: (wrk|python)", run.stdout, re.MULTILINE)
    for name_ in TARGETED:
        assert re.search(rf"^{name_}: [-0-9.]+ +# target [<>=]+ [0-9.]+\S*: (met|MISSED)$", run.stdout,
                         re.MULTILINE), name_

    result = json.loads(output.read_text())
    figures = result["figures"]
    assert all(isinstance(figures[f], (int, float)) for f in FIGURES)
    assert figures["export_entries"] == 10_000  # the whole loaded access log came back
    assert figures["export_complete_rounds"] == 1
    assert figures["submit_rps"] > 0 and figures["read_rps"] > 0 and figures["read_floor_rps"] > 0
    # Counted on the wire: the floor's submit is its seven statements, and every request costs some.
    assert figures["submit_floor_statements_per_request"] == 7
    assert figures["submit_statements_per_request"] >= 3 and figures["read_round_trips_per_request"] >= 1
    assert figures["delivery_lag_events"] > 0 and figures["delivery_lag_undelivered"] == 0
    assert set(result["targets"]) == set(TARGETED)
    failed = {scenario: r["status_errors"] + r["connect_errors"] + r["timeouts"]
              for scenario, r in result["raw_rounds"][0].items() if "status_errors" in r}
    assert failed and not any(failed.values()), failed  # e.g. a submit body the API now refuses
