"""The access log's Merkle tree at size: sealing rate, verify against a checkpoint, proof latency.

`python -m bench.audit_tree --rows 1000000` runs on its own database (entries written unsealed, then
sealed by the real sealer); `bench.run` calls `measure` on the database it loaded.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from datetime import datetime, timedelta, timezone

import psycopg

from referral_service.audit import chain, checkpoints, service, tree
from referral_service.audit.chain import content_hash
from referral_service.audit.checkpoints import Notary, check_held
from referral_service.audit.notes import Signer, sign_checkpoint
from referral_service.db import make_engine
from referral_service.migrate import upgrade

from .load import drop_database, psycopg_url, recreate_database

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/referral_bench_tree"
TARGETS = {
    "audit_verify_entries_per_s": (">=", 100_000, "/s"),
    "audit_inclusion_proof_p50_ms": ("<=", 20, "ms"),
    "audit_consistency_proof_p50_ms": ("<=", 20, "ms"),
    "audit_seal_to_submit_ratio": (">=", 1, ""),
}
COLUMNS = ["occurred_at", "request_id", "client_id", "agency_code", "scopes", "method", "path", "action", "status",
           "outcome", "client_address", "user_agent", "resource_ids", "content_hash"]


def write_unsealed(url: str, n: int, seed: int = 12) -> None:
    """COPY n entries like a day of requests into audit_events, unsealed, as requests leave them."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 1, tzinfo=timezone.utc)
    with psycopg.connect(psycopg_url(url)) as conn, conn.cursor() as cur:
        with cur.copy(f"COPY audit_events ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for j in range(n):
                ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(rng.randrange(0, 3))]
                values = {"occurred_at": start + timedelta(milliseconds=j), "request_id": uuid.uuid4().hex,
                          "client_id": f"client-{rng.randrange(40)}", "agency_code": "HD-YJJ",
                          "scopes": "referrals:read referrals:submit", "method": "GET",
                          "path": f"/api/v1/referrals/{ids[0] if ids else 'x'}", "action": "referrals.read",
                          "status": 200, "outcome": "success", "client_address": "10.12.1.2",
                          "user_agent": "yjj-enforcement/1.8", "resource_ids": ids}
                row = [values[c] for c in COLUMNS[:-1]] + [content_hash(values)]
                row[12] = json.dumps(ids)
                copy.write_row(row)


def _seal_rate(url: str, n: int) -> float:
    """Entries per second the sealer links onto the chain and the tree."""
    engine = make_engine(url)
    began = time.perf_counter()
    sealed = 0
    while batch := chain.seal(engine, wait=True):
        sealed += batch
    seconds = time.perf_counter() - began
    engine.dispose()
    return sealed / seconds if sealed else 0.0


def _p50_ms(calls) -> float:
    """The median wall time of the calls, in milliseconds."""
    times = []
    for call in calls:
        began = time.perf_counter()
        call()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def measure(url: str, submit_rps: float | None, log=print, seal_rows: int = 20_000, proofs: int = 200) -> dict:
    """Figures on the database at url: sealing fresh entries, verify against a checkpoint, proofs."""
    write_unsealed(url, seal_rows)
    seal_rate = _seal_rate(url, seal_rows)
    notary = Notary(signer=Signer.generate("bench/access-log", "ed25519-sha256"), origin="bench/access-log")
    notary.verifiers = [notary.signer.verifier]
    engine = make_engine(url)
    rng = random.Random(7)
    with engine.connect() as conn:
        size = checkpoints.tree_size(conn)
        held = sign_checkpoint(notary.signer, notary.origin, size, tree.root(conn, notary.hash, size)).note
        began = time.perf_counter()
        found = check_held(conn, notary, held)
        verify_seconds = time.perf_counter() - began
        if not found.ok:
            log(f"  warning: verify against the checkpoint failed: {found.reason}")
        pairs = [(rng.randrange(1, size + 1), size) for _ in range(proofs)]
        inclusion = _p50_ms(lambda s=s, n=n: service.inclusion_proof(conn, notary, s, n) for s, n in pairs)
        firsts = [rng.randrange(1, size) for _ in range(proofs)]
        consistency = _p50_ms(lambda m=m: service.consistency_proof(conn, notary, m, size) for m in firsts)
    engine.dispose()
    figures = {"audit_tree_size": size, "audit_seal_entries_per_s": round(seal_rate, 1),
               "audit_verify_entries_per_s": round(found.checked / verify_seconds, 1),
               "audit_verify_seconds": round(verify_seconds, 2),
               "audit_inclusion_proof_p50_ms": round(inclusion, 3),
               "audit_consistency_proof_p50_ms": round(consistency, 3)}
    if submit_rps:
        figures["audit_seal_to_submit_ratio"] = round(seal_rate / submit_rps, 3)
    log(f"  audit tree: {size:,} entries; seal {seal_rate:,.0f}/s; verify {figures['audit_verify_entries_per_s']:,.0f}"
        f"/s; inclusion p50 {inclusion:.2f} ms; consistency p50 {consistency:.2f} ms")
    return figures


def main(argv: list[str] | None = None) -> int:
    """Standalone: a database of --rows entries, sealed by the real sealer, then every figure."""
    parser = argparse.ArgumentParser(prog="python -m bench.audit_tree", description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep-database", action="store_true")
    args = parser.parse_args(argv)
    url = os.environ.get("REFERRAL_BENCH_TREE_DATABASE_URL", DEFAULT_URL)
    recreate_database(url)
    upgrade(url)
    try:
        began = time.perf_counter()
        write_unsealed(url, args.rows, seed=1)
        print(f"written: {args.rows:,} unsealed entries in {time.perf_counter() - began:.1f} s", flush=True)
        rate = _seal_rate(url, args.rows)
        print(f"sealed: {args.rows:,} entries at {rate:,.0f}/s", flush=True)
        figures = measure(url, None)
        figures["audit_initial_seal_entries_per_s"] = round(rate, 1)
    finally:
        if not args.keep_database:
            drop_database(url)
    for name, value in figures.items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
