"""`python -m bench.run [--smoke]`: load PostgreSQL, serve the service and the floor, measure, report.

Every figure is printed as `name: value` and written to bench/results/latest.json.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import psycopg

from config import load_settings
from referral_service.serving import gunicorn_argv

from . import audit_tree, delivery_lag, wire
from .load import drop_database, load, psycopg_url, recreate_database

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/referral_bench"
PAGE = 50  # the API's default page size
CLK = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Mode:
    name: str
    rows: int
    throughput_seconds: int
    latency_seconds: int
    rounds: int
    deep_page: int
    scaling_rows: int  # the smaller data set of the scaling figure
    # Enough connections to keep every worker thread of both apps busy.
    connections: int = 32
    threads: int = 4


FULL = Mode("full", 1_000_000, 15, 10, 3, 10_000, 100_000)
SMOKE = Mode("smoke", 10_000, 2, 2, 1, 100, 1_000)
THROUGHPUT_SCENARIOS = ("submit_floor", "submit", "read_floor", "read", "read_floor_logged")

# name -> (comparison, bound, unit); checked against the median figures of the run.
TARGETS = {
    "submit_ratio_to_floor": (">=", 0.6, ""),
    "submit_p99_to_floor_p99": ("<=", 2, ""),
    # Every read of the service writes its access-log entry: it is held to the floor that does too.
    "read_ratio_to_logged_floor": (">=", 0.8, ""),
    "read_p99_to_logged_floor_p99": ("<=", 2, ""),
    "scaling_submit_ratio": (">=", 0.9, ""),
    "scaling_read_ratio": (">=", 0.9, ""),
    "list_deep_to_page1_ratio": ("<=", 1.2, ""),
    "search_2char_p50_ms": ("<=", 12, "ms"),
    "search_2char_p99_ms": ("<=", 40, "ms"),
    "search_6char_p50_ms": ("<=", 12, "ms"),
    "search_6char_p99_ms": ("<=", 40, "ms"),
    "export_entries_per_s": (">=", 60_000, "/s"),
    "export_peak_rss_mb": ("<", 300, "MB"),
    "delivery_lag_p99_ms": ("<=", delivery_lag.TARGET_P99_MS, "ms"),
}


# --- processes --------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A gunicorn with the arguments `referral-service serve` uses, for the service or the floor."""

    def __init__(self, label: str, app: str, workers: int, env: dict[str, str], logdir: Path):
        self.label, self.port = label, free_port()
        # The command line of `referral-service serve`, so both apps run under identical settings.
        args = gunicorn_argv(app, "127.0.0.1", self.port, load_settings(environ={}), workers)
        self.log = logdir / f"{label}.log"
        self.proc = subprocess.Popen(args, cwd=ROOT, env={**os.environ, **env}, stdout=self.log.open("wb"),
                                     stderr=subprocess.STDOUT, start_new_session=True)
        self.workers = workers

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.label} exited; see {self.log}:\n{self.log.read_text()[-3000:]}")
            try:
                status, _ = request("GET", self.port, "/healthz")
                if status == 200 and len(self.worker_pids()) == self.workers:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.label} did not start; see {self.log}")

    def worker_pids(self) -> list[int]:
        try:
            text = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        except OSError:
            return []
        return [int(pid) for pid in text.split()]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """CPU seconds (user + system) of each live process."""
    out = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[pid] = (int(fields[11]) + int(fields[12])) / CLK  # utime, stime
    return out


def cpu_used(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU used between two readings; a process that started meanwhile counts whole, one that ended not at all."""
    return sum(value - before.get(pid, 0.0) for pid, value in after.items())


def machine_busy_seconds() -> float:
    """CPU time the whole machine spent busy (all cores), from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    return (sum(values) - values[3] - values[4]) / CLK


def database_backend_pids(url: str) -> list[int]:
    with psycopg.connect(psycopg_url(url), autocommit=True) as conn:
        return [r[0] for r in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")]


def sessions_opened(url: str) -> int:
    """Sessions (backends) ever opened on the database: each is a fork and a login for PostgreSQL."""
    with psycopg.connect(psycopg_url(url), autocommit=True) as conn:
        conn.execute("SELECT pg_stat_clear_snapshot()")
        return conn.execute("SELECT sessions FROM pg_stat_database WHERE datname = current_database()").fetchone()[0]


def rss_kb(pid: int, field: str = "VmRSS") -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def request(method: str, port: int, path: str, headers: dict | None = None, body: bytes | None = None,
            timeout: float = 60) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


# --- load generators ----------------------------------------------------------------------------------

class Wrk:
    name = "wrk"

    def __init__(self, binary: str):
        self.binary = binary

    def run(self, port: int, script: str, env: dict[str, str], seconds: int, connections: int,
            threads: int = 1) -> dict:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        args = [self.binary, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s",
                "-s", str(BENCH / "wrk" / script), f"http://127.0.0.1:{port}"]
        out = subprocess.run(args, env={**os.environ, **env, "BENCH_WRK_DIR": str(BENCH / "wrk")},
                             capture_output=True, text=True, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        line = next((l for l in out.stdout.splitlines() if l.startswith("BENCH ")), None)
        if line is None:
            raise RuntimeError(f"wrk printed no summary:\n{out.stdout}\n{out.stderr}")
        result = json.loads(line[6:])
        result["generator_cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return result


class PythonLoad:
    """The smoke-mode stand-in for wrk: threads, each sending one request at a time over http.client."""

    name = "python (threads + http.client), the smoke-mode fallback for wrk"

    def run(self, port: int, script: str, env: dict[str, str], seconds: int, connections: int,
            threads: int = 1) -> dict:
        import random

        token = env["BENCH_TOKEN"]
        if script == "submit.lua":
            body = Path(env["BENCH_BODY"]).read_bytes()
            paths = None
        else:
            body, paths = None, [l for l in Path(env["BENCH_PATHS"]).read_text().splitlines() if l]
        latencies: list[float] = []
        errors = {"status": 0, "other": 0}
        lock = threading.Lock()
        stop_at = time.monotonic() + seconds
        started_cpu = time.process_time()

        def worker(n: int) -> None:
            counter = 0
            while time.monotonic() < stop_at:
                counter += 1
                headers = {"Authorization": f"Bearer {token}"}
                if paths is None:
                    method, path = "POST", "/api/v1/referrals"
                    headers["Content-Type"] = "application/json"
                    headers["Idempotency-Key"] = f"pybench-{os.getpid()}-{n}-{counter}-{time.time_ns()}"
                else:
                    method, path = "GET", random.choice(paths)
                began = time.perf_counter()
                try:
                    status, _ = request(method, port, path, headers, body)
                except OSError:
                    with lock:
                        errors["other"] += 1
                    continue
                elapsed = time.perf_counter() - began
                with lock:
                    latencies.append(elapsed)
                    if status >= 400:
                        errors["status"] += 1

        began = time.monotonic()
        pool = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        duration = time.monotonic() - began
        latencies.sort()

        def pct(p: float) -> float:
            return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] * 1e6 if latencies else 0

        return {"requests": len(latencies), "duration_us": int(duration * 1e6), "connect_errors": errors["other"],
                "read_errors": 0, "write_errors": 0, "status_errors": errors["status"], "timeouts": 0,
                "p50_us": pct(50), "p99_us": pct(99),
                "mean_us": statistics.fmean(latencies) * 1e6 if latencies else 0,
                "generator_cpu_s": time.process_time() - started_cpu}


def choose_generator(smoke: bool, wanted: str = "auto"):
    binary = shutil.which("wrk")
    if binary and wanted in ("auto", "wrk"):
        return Wrk(binary)
    if smoke and wanted in ("auto", "python"):
        return PythonLoad()
    raise SystemExit("wrk is not installed; `make bench` installs it (apt-get install -y wrk). "
                     "Only --smoke falls back to the Python load generator.")


# --- the scenarios ----------------------------------------------------------------------------------

SUBMIT_BODY = {
    "category": "criminal",
    "recipient_agency": "HD-GAJ",
    "title": "天津恒泰宏达建筑安装工程有限公司在建工地高坠事故涉嫌重大责任事故罪线索移送",
    "summary": ("2026年10月12日，天津恒泰宏达建筑安装工程有限公司位于天津市河东区大王庄街道津塘路128号的在建工地"
                "发生高坠事故，造成1人死亡、2人重伤，直接经济损失约186.5万元。经调查，该单位作业人员未系安全带、"
                "临边洞口未设防护栏杆，主要负责人王建国未履行安全生产管理职责，涉嫌重大责任事故罪。依据《行政执法"
                "机关移送涉嫌犯罪案件的规定》第三条，现将案件线索移送你单位依法处理。"),
    "suspected_offence": "134(1)",
    "incident": {"occurred_at": "2026-10-12T09:30:00+08:00", "division_code": "120102",
                 "address": "天津市河东区大王庄街道津塘路128号", "deaths": 1, "serious_injuries": 2,
                 "direct_loss_yuan": "1865000"},
    "parties": [{"kind": "organization", "role": "suspect", "name": "天津恒泰宏达建筑安装工程有限公司",
                 "uscc": None},
                {"kind": "person", "role": "responsible_person", "name": "王建国"}],
    "contact": {"name": "李明", "phone": "022-24123456"},
}


class Bench:
    def __init__(self, mode: Mode, generator, url: str, workers: int, log=print):
        self.mode, self.gen, self.url, self.workers, self.log = mode, generator, url, workers, log
        self.tmp = Path(tempfile.mkdtemp(prefix="referral-bench-"))
        self.rounds: list[dict] = []
        self.resource_usage: list[dict] = []

    # setup -------------------------------------------------------------------------------------
    def start(self, loaded, lists: bool = True) -> None:
        env = {"REFERRAL_DATABASE_URL": self.url, "REFERRAL_ENV": "production",
               "REFERRAL_TOKEN_LIFETIME_SECONDS": "86400", "REFERRAL_INSTANCE_PATH": str(self.tmp / "instance")}
        self.service = Server("service", "referral_service.wsgi:app", self.workers, env, self.tmp)
        self.floor = Server("floor", "bench.floor:app", self.workers,
                            {"FLOOR_DATABASE_URL": psycopg_url(self.url)}, self.tmp)
        self.service.wait_ready()
        self.floor.wait_ready()
        self.submit_token = self.token(loaded.clients["HD-YJJ"])
        self.read_token = self.token(loaded.clients["HD-JCY"])
        from referral_service.identifiers import uscc_check_char

        body = json.loads(json.dumps(SUBMIT_BODY))
        body["parties"][0]["uscc"] = "91120102MA05T8XQ3" + uscc_check_char("91120102MA05T8XQ3")
        (self.tmp / "submit.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        with psycopg.connect(psycopg_url(self.url)) as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM referrals ORDER BY random() LIMIT 2000")]
        (self.tmp / "read.txt").write_text("".join(f"/api/v1/referrals/{i}\n" for i in ids))
        (self.tmp / "read_logged.txt").write_text("".join(f"/logged/api/v1/referrals/{i}\n" for i in ids))
        if lists:
            self.prepare_lists()
        for name, q in (("search2", "高坠"), ("search6", "消防通道堵塞")):
            (self.tmp / f"{name}.txt").write_text(f"/api/v1/records?q={quote(q)}\n")
        self.loaded_before = loaded.loaded_before

    def token(self, credentials: tuple[str, str]) -> str:
        form = urlencode({"grant_type": "client_credentials", "client_id": credentials[0],
                          "client_secret": credentials[1]}).encode()
        status, body = request("POST", self.service.port, "/oauth/token",
                               {"Content-Type": "application/x-www-form-urlencoded"}, form)
        if status != 200:
            raise RuntimeError(f"/oauth/token answered {status}: {body[:300]!r}")
        return json.loads(body)["access_token"]

    def prepare_lists(self) -> None:
        """Page 1 and a deep page of ?status=closed; the deep cursor is derived from the data and checked."""
        from referral_service.http import encode_cursor

        offset = (self.mode.deep_page - 1) * PAGE
        with psycopg.connect(psycopg_url(self.url)) as conn:
            last_before, first_on = conn.execute(
                """SELECT created_at, id FROM referrals WHERE status = 'closed'
                   ORDER BY created_at DESC, id DESC OFFSET %s LIMIT 2""", [offset - 1]).fetchall()
        cursor = encode_cursor([last_before[0], last_before[1]])
        page1 = "/api/v1/referrals?status=closed"
        deep = f"/api/v1/referrals?status=closed&cursor={cursor}"
        status, body = request("GET", self.service.port, deep, {"Authorization": f"Bearer {self.read_token}"})
        items = json.loads(body).get("items") if status == 200 else None
        if not items or items[0]["id"] != first_on[1] or len(items) != PAGE:
            raise RuntimeError(f"the derived cursor of page {self.mode.deep_page} was not accepted: {status}")
        (self.tmp / "list1.txt").write_text(page1 + "\n")
        (self.tmp / "listdeep.txt").write_text(deep + "\n")

    # measuring ------------------------------------------------------------------------------------
    def drive(self, server: Server, script: str, data: str, token: str, seconds: int, connections: int,
              threads: int = 1) -> dict:
        env = {"BENCH_TOKEN": token}
        env["BENCH_BODY" if script == "submit.lua" else "BENCH_PATHS"] = str(self.tmp / data)
        workers, pg = cpu_seconds(server.worker_pids()), cpu_seconds(database_backend_pids(self.url))
        busy_before, sessions_before = machine_busy_seconds(), sessions_opened(self.url)
        result = self.gen.run(server.port, script, env, seconds, connections, threads)
        # The connections the server opened while it was driven (give or take the count's own).
        result["sessions_opened"] = sessions_opened(self.url) - sessions_before
        result["workers_cpu_s"] = cpu_used(workers, cpu_seconds(server.worker_pids()))
        result["postgres_cpu_s"] = cpu_used(pg, cpu_seconds(database_backend_pids(self.url)))
        busy = machine_busy_seconds() - busy_before
        result["machine_busy_s"] = busy
        # CPU spent by anything else on the machine: other people's processes disturb the figures.
        result["foreign_cpu_s"] = max(0.0, busy - result["workers_cpu_s"] - result["postgres_cpu_s"]
                                      - result["generator_cpu_s"])
        result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
        bad = result["status_errors"] + result["connect_errors"] + result["read_errors"] + result["timeouts"]
        if bad:
            self.log(f"  warning: {bad} failed requests in {server.label} {script} {data}")
        return result

    def seal(self) -> None:
        """Chain the floor's access-log rows now, so the service's next requests do not pay for them."""
        from referral_service.audit import chain
        from referral_service.db import make_engine

        engine = make_engine(self.url)
        chain.seal(engine)
        engine.dispose()

    def export(self) -> dict:
        path = "/api/v1/audit-events/export?" + urlencode({"to": self.loaded_before.isoformat()})
        pids = self.service.worker_pids()
        before = {pid: rss_kb(pid) for pid in pids}
        peak = dict(before)
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                for pid in pids:
                    peak[pid] = max(peak[pid], rss_kb(pid))
                time.sleep(0.05)

        sampler = threading.Thread(target=sample)
        sampler.start()
        conn = http.client.HTTPConnection("127.0.0.1", self.service.port, timeout=600)
        lines, complete, began = 0, True, time.monotonic()
        try:
            conn.request("GET", path, headers={"Authorization": f"Bearer {self.read_token}"})
            response = conn.getresponse()
            if response.status != 200:
                raise RuntimeError(f"export answered {response.status}")
            while chunk := response.read1(1 << 16):
                lines += chunk.count(b"\n")
        except (http.client.IncompleteRead, ConnectionError) as exc:
            complete = False
            self.log(f"  warning: the export broke off after {lines:,} entries: {exc!r}")
        finally:
            seconds = time.monotonic() - began
            conn.close()
            done.set()
            sampler.join()
        if lines != self.mode.rows:
            complete = False
            self.log(f"  warning: the export returned {lines:,} entries, expected {self.mode.rows:,}")
        worker = max(pids, key=lambda pid: peak[pid] - before[pid])
        return {"entries": lines, "seconds": seconds, "entries_per_s": lines / seconds, "complete": complete,
                "rss_before_mb": before[worker] / 1024, "peak_rss_mb": peak[worker] / 1024,
                "vmhwm_mb": rss_kb(worker, "VmHWM") / 1024}

    def round(self, n: int) -> dict:
        m, c, t = self.mode, self.mode.connections, self.mode.threads
        r: dict = {}
        self.log(f"round {n}:")
        r["submit_floor"] = self.drive(self.floor, "submit.lua", "submit.json", self.submit_token,
                                       m.throughput_seconds, c, t)
        self.seal()
        r["submit"] = self.drive(self.service, "submit.lua", "submit.json", self.submit_token,
                                 m.throughput_seconds, c, t)
        r["read_floor"] = self.drive(self.floor, "get.lua", "read.txt", self.read_token, m.throughput_seconds,
                                     c, t)
        r["read"] = self.drive(self.service, "get.lua", "read.txt", self.read_token, m.throughput_seconds, c, t)
        r["read_floor_logged"] = self.drive(self.floor, "get.lua", "read_logged.txt", self.read_token,
                                            m.throughput_seconds, c, t)
        for name, data in (("list1", "list1.txt"), ("listdeep", "listdeep.txt"), ("search2", "search2.txt"),
                           ("search6", "search6.txt")):
            r[name] = self.drive(self.service, "get.lua", data, self.read_token, m.latency_seconds, 1)
        r["export"] = self.export()
        for key in THROUGHPUT_SCENARIOS:
            x = r[key]
            self.log(f"  {key}: {x['rps']:.1f} req/s, p50 {x['p50_us'] / 1000:.1f} ms, "
                     f"p99 {x['p99_us'] / 1000:.1f} ms; CPU s: workers {x['workers_cpu_s']:.1f}, "
                     f"postgres {x['postgres_cpu_s']:.1f}, load generator {x['generator_cpu_s']:.1f}, "
                     f"other processes {x['foreign_cpu_s']:.1f}")
        for key in ("list1", "listdeep", "search2", "search6"):
            self.log(f"  {key}: p50 {r[key]['p50_us'] / 1000:.1f} ms, p99 {r[key]['p99_us'] / 1000:.1f} ms")
        self.log(f"  export: {r['export']['entries']:,} entries at {r['export']['entries_per_s']:,.0f}/s, "
                 f"worker RSS {r['export']['rss_before_mb']:.0f} -> {r['export']['peak_rss_mb']:.0f} MB")
        self.rounds.append(r)
        return r

    def generator_check(self) -> dict:
        """More wrk threads and connections must not raise the floor's read throughput."""
        m = self.mode
        base = self.drive(self.floor, "get.lua", "read.txt", self.read_token, m.throughput_seconds,
                          m.connections, m.threads)
        more = self.drive(self.floor, "get.lua", "read.txt", self.read_token, m.throughput_seconds,
                          m.connections * 4, m.threads * 2)
        return {"base_rps": base["rps"], "more_rps": more["rps"]}

    def stop(self) -> None:
        for server in (getattr(self, "service", None), getattr(self, "floor", None)):
            if server:
                server.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)


# --- figures ------------------------------------------------------------------------------------------

def median(rounds: list[dict], key: str, field: str) -> float:
    return statistics.median(r[key][field] for r in rounds)


def figures(bench: Bench, loaded, check: dict) -> dict[str, float]:
    rs = bench.rounds
    f: dict[str, float] = {"load_seconds": round(loaded.seconds, 1)}
    f.update(_throughput_figures(rs))
    f.update(_cost_figures(rs))
    f.update(_list_and_search_figures(rs, bench.mode.deep_page))
    f.update(_export_figures(rs))
    f.update(_generator_figures(rs, check))
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in f.items()}


def _ratio(rounds: list[dict], key: str, floor: str, field: str = "rps") -> float:
    """Each round pairs the service with its floor under the same conditions; the ratio is their median."""
    return statistics.median(r[key][field] / r[floor][field] for r in rounds)


def _throughput_figures(rs: list[dict]) -> dict[str, float]:
    ms = lambda key, field: median(rs, key, field) / 1000  # noqa: E731
    f = {"submit_rps": median(rs, "submit", "rps"), "submit_p50_ms": ms("submit", "p50_us"),
         "submit_p99_ms": ms("submit", "p99_us"), "submit_floor_rps": median(rs, "submit_floor", "rps"),
         "submit_floor_p50_ms": ms("submit_floor", "p50_us"), "submit_floor_p99_ms": ms("submit_floor", "p99_us"),
         "submit_ratio_to_floor": _ratio(rs, "submit", "submit_floor"),
         "submit_p99_to_floor_p99": _ratio(rs, "submit", "submit_floor", "p99_us"),
         "read_rps": median(rs, "read", "rps"), "read_p99_ms": ms("read", "p99_us"),
         "read_floor_rps": median(rs, "read_floor", "rps"), "read_floor_p99_ms": ms("read_floor", "p99_us"),
         "read_ratio_to_floor": _ratio(rs, "read", "read_floor"),
         # The same floor writing the access-log entry that every read of the service must.
         "read_floor_logged_rps": median(rs, "read_floor_logged", "rps"),
         "read_floor_logged_p99_ms": ms("read_floor_logged", "p99_us"),
         "read_ratio_to_logged_floor": _ratio(rs, "read", "read_floor_logged"),
         "read_p99_to_logged_floor_p99": _ratio(rs, "read", "read_floor_logged", "p99_us")}
    return f


def _cost_figures(rs: list[dict]) -> dict[str, float]:
    """Worker CPU per request, service and floor side by side (milliseconds)."""
    f = {f"{key}_worker_cpu_ms_per_request": statistics.median(
             r[key]["workers_cpu_s"] * 1000 / max(r[key]["requests"], 1) for r in rs)
         for key in THROUGHPUT_SCENARIOS}
    # A database connection opened mid-load costs PostgreSQL a fork and a login, outside any backend
    # the round counts: a pool that opens and closes connections under load shows here.
    f.update({f"{key}_sessions_opened_per_1000_requests": statistics.median(
                  r[key]["sessions_opened"] * 1000 / max(r[key]["requests"], 1) for r in rs)
              for key in THROUGHPUT_SCENARIOS})
    return f


def _list_and_search_figures(rs: list[dict], deep_page: int) -> dict[str, float]:
    ms = lambda key, field: median(rs, key, field) / 1000  # noqa: E731
    f = {"list_page1_p50_ms": ms("list1", "p50_us"), "list_deep_page": deep_page,
         "list_deep_p50_ms": ms("listdeep", "p50_us"),
         "list_deep_to_page1_ratio": _ratio(rs, "listdeep", "list1", "p50_us")}
    for name, label in (("search2", "search_2char"), ("search6", "search_6char")):
        f[f"{label}_p50_ms"] = ms(name, "p50_us")
        f[f"{label}_p99_ms"] = ms(name, "p99_us")
    return f


def _export_figures(rs: list[dict]) -> dict[str, float]:
    return {"export_entries": median(rs, "export", "entries"),
            "export_complete_rounds": sum(1 for r in rs if r["export"]["complete"]),
            "export_entries_per_s": median(rs, "export", "entries_per_s"),
            "export_rss_before_mb": median(rs, "export", "rss_before_mb"),
            "export_peak_rss_mb": max(r["export"]["peak_rss_mb"] for r in rs)}


def _generator_figures(rs: list[dict], check: dict) -> dict[str, float]:
    throughput = [r[k] for r in rs for k in THROUGHPUT_SCENARIOS]
    return {"loadgen_cpu_share_of_server_max": max(t["generator_cpu_s"] / max(t["workers_cpu_s"], 1e-9)
                                                   for t in throughput),
            "foreign_cpu_share_max": max(t["foreign_cpu_s"] / (t["duration_us"] / 1e6 * (os.cpu_count() or 1))
                                         for t in throughput),
            "loadgen_check_rps": check["base_rps"], "loadgen_check_more_connections_rps": check["more_rps"]}


def scaling_figures(small: dict, large: dict[str, float]) -> dict[str, float]:
    """Throughput at the full size over throughput at the small size: cost independent of table size."""
    return {"scaling_small_rows": small["rows"],
            "scaling_submit_rps_small": round(small["submit_rps"], 3),
            "scaling_read_rps_small": round(small["read_rps"], 3),
            "scaling_submit_ratio": round(large["submit_rps"] / small["submit_rps"], 3),
            "scaling_read_ratio": round(large["read_rps"] / small["read_rps"], 3)}


def verdicts(f: dict[str, float], rounds: int) -> dict[str, dict]:
    out = {}
    # Every round's export must deliver the whole log; a worker killed mid-stream does not.
    for name, (op, bound, unit) in {**TARGETS, "export_complete_rounds": (">=", rounds, "")}.items():
        value = f[name]
        met = value >= bound if op == ">=" else value <= bound if op == "<=" else value < bound
        out[name] = {"target": f"{op} {bound:g}{unit}", "met": met}
    return out


def small_stage(mode: Mode, generator, url: str, workers: int, log) -> dict:
    """The submit and read scenarios of the service at mode.scaling_rows rows, for the scaling figure."""
    log(f"scaling: submit and read at {mode.scaling_rows:,} rows first")
    recreate_database(url)
    loaded = load(url, mode.scaling_rows, mode.scaling_rows, mode.scaling_rows, log=log)
    bench = Bench(mode, generator, url, workers, log)
    runs: list[dict] = []
    try:
        bench.start(loaded, lists=False)
        for _ in range(mode.rounds):
            runs.append({"submit": bench.drive(bench.service, "submit.lua", "submit.json", bench.submit_token,
                                               mode.throughput_seconds, mode.connections, mode.threads),
                         "read": bench.drive(bench.service, "get.lua", "read.txt", bench.read_token,
                                             mode.throughput_seconds, mode.connections, mode.threads)})
    finally:
        bench.stop()
    small = {"rows": mode.scaling_rows, "submit_rps": median(runs, "submit", "rps"),
             "read_rps": median(runs, "read", "rps")}
    log(f"  at {mode.scaling_rows:,} rows: submit {small['submit_rps']:.1f} req/s, read {small['read_rps']:.1f} req/s")
    return small


def full_stage(mode: Mode, generator, url: str, workers: int, log) -> tuple[Bench, object, dict, dict]:
    """Load the full data set; the rounds, the load generator's check, wire counts and delivery lag."""
    recreate_database(url)
    loaded = load(url, mode.rows, mode.rows, mode.rows, log=log)
    log("load: " + ", ".join(f"{k} {v:.1f} s" for k, v in loaded.phases.items()))
    bench = Bench(mode, generator, url, workers, log)
    try:
        bench.start(loaded)
        for n in range(1, mode.rounds + 1):
            bench.round(n)
        check = bench.generator_check()
        log("statements and round trips, one request at a time through a counting proxy:")
        extra = wire.measure(bench, log)
        extra.update(delivery_lag.measure(bench, log))
    finally:
        bench.stop()
    return bench, loaded, check, extra


def report(f: dict[str, float], v: dict[str, dict], log) -> None:
    log("")
    log("figures (medians of the rounds; ratios from the same run):")
    for name, value in f.items():
        note = f"    # target {v[name]['target']}: {'met' if v[name]['met'] else 'MISSED'}" if name in v else ""
        log(f"{name}: {value}{note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="10,000 rows and a few seconds per scenario")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers of each app (default 2)")
    parser.add_argument("--keep-database", action="store_true", help="do not drop the database at the end")
    parser.add_argument("--output", type=Path, default=BENCH / "results" / "latest.json")
    parser.add_argument("--generator", choices=["auto", "wrk", "python"], default="auto",
                        help="auto: wrk if installed, else (smoke only) the Python generator")
    args = parser.parse_args(argv)
    mode = SMOKE if args.smoke else FULL
    url = os.environ.get("REFERRAL_BENCH_DATABASE_URL", DEFAULT_URL)
    generator = choose_generator(args.smoke, args.generator)
    log = lambda text: print(text, flush=True)  # noqa: E731

    log(f"mode: {mode.name} ({mode.rows:,} referrals, records and access-log entries; {mode.rounds} round(s))")
    log(f"database: {re.sub(r'//[^@/]*@', '//', url)}")
    log(f"workers: {args.workers} gunicorn workers per app, with the threads of `referral-service serve`")
    log(f"load_generator: {generator.name}")
    small = small_stage(mode, generator, url, args.workers, log)
    bench, loaded, check, extra = full_stage(mode, generator, url, args.workers, log)
    # The access log's Merkle tree on the loaded log: sealing against submit, verify, proofs.
    TARGETS.update(audit_tree.TARGETS)
    tree_figures = audit_tree.measure(url, median(bench.rounds, "submit", "rps"), log,
                                      seal_rows=2_000 if mode is SMOKE else 20_000)
    if not args.keep_database and mode is SMOKE:
        drop_database(url)

    f = figures(bench, loaded, check)
    f.update({**scaling_figures(small, f), **extra, **tree_figures})
    v = verdicts(f, mode.rounds)
    report(f, v, log)
    result = {"mode": mode.name, "rows": mode.rows, "rounds": mode.rounds, "workers": args.workers,
              "load_generator": generator.name, "connections": mode.connections, "threads": mode.threads,
              "figures": f, "targets": v,
              "load_phases_s": loaded.phases, "raw_rounds": bench.rounds, "loadgen_check": check,
              "database": re.sub(r"//[^@/]*@", "//", url)}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    log(f"written: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
