"""The benchmark's data set, written with COPY straight into a freshly migrated PostgreSQL database.

Nothing here goes through the API: agencies and clients are made with the services the CLI uses,
the bulk tables are streamed with psycopg 3's `cursor.copy`. Search columns come from the records
package's own functions and the access log is hashed and chained with referral_service.audit.chain,
so `referral-service audit verify` passes on the result.
"""
from __future__ import annotations

import hashlib
import json
import random
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import psycopg
from sqlalchemy.engine import make_url

from referral_service.audit import merkle
from referral_service.audit.chain import GENESIS, content_hash, content_of, link
from referral_service.db import normalize_url
from referral_service.records.search import bigrams, search_text

from .text import AGENCIES, CST, INCIDENTS, LAWS, OFFENCE_NAMES, PENALTIES, SITES, Pools

UTC = timezone.utc
BULK_TABLES = ("referrals", "referral_events", "records", "audit_events", "audit_seals")
CHUNK = 20_000
# Referral states as they are spread in a mature district: most cases end closed.
STATUS_WEIGHTS = [("closed", 55), ("accepted", 10), ("submitted", 8), ("received", 8), ("declined", 6),
                  ("returned", 3), ("reconsidering", 2), ("under_supervision", 3), ("filing_notified", 2),
                  ("withdrawn", 3)]
LAST_MOVE = {"closed": ("close", "accepted"), "accepted": ("accept", "received"),
             "received": ("receive", "submitted"), "declined": ("decline", "received"),
             "returned": ("return", "received"), "reconsidering": ("request_reconsideration", "declined"),
             "under_supervision": ("request_supervision", "declined"),
             "filing_notified": ("notify_filing", "under_supervision"), "withdrawn": ("withdraw", "submitted")}
DUE_STEP = {"submitted": ("receipt", 1), "received": ("decision", 3), "returned": ("resubmission", 3),
            "declined": ("reconsideration_request", 3), "reconsidering": ("reconsideration_decision", 3),
            "under_supervision": ("supervision", 7), "filing_notified": ("filing_after_notification", 15)}


def psycopg_url(url: str) -> str:
    return make_url(normalize_url(url)).set(drivername="postgresql").render_as_string(hide_password=False)


def recreate_database(url: str) -> None:
    """Drop the bench database if it exists and create it empty, so every run starts alike."""
    target = make_url(psycopg_url(url))
    admin = target.set(database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{target.database}"')


def drop_database(url: str) -> None:
    target = make_url(psycopg_url(url))
    admin = target.set(database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)')


# --- identifiers that every loader task can derive on its own ---------------------------------------

def referral_id(i: int) -> str:
    mixed = (i * 0x9E3779B97F4A7C15 + 0x5EED) & 0xFFFF_FFFF_FFFF_FFFF
    return str(uuid.UUID(int=(mixed << 64) | i, version=4))


def record_id(i: int) -> str:
    mixed = (i * 0xC2B2AE3D27D4EB4F + 0xBEEF) & 0xFFFF_FFFF_FFFF_FFFF
    return str(uuid.UUID(int=(mixed << 64) | (1 << 62) | i, version=4))


def record_agency(i: int, sharing: list[int]) -> int:
    return sharing[i % len(sharing)]


def record_decided(world: "World", i: int) -> datetime:
    span = (world.end - world.start).total_seconds()
    return world.start + timedelta(seconds=span * i / max(world.n_records, 1), milliseconds=i % 997)


def record_case_number(world: "World", i: int, abbreviation: str) -> str:
    """Unique per agency: record i belongs to agency i mod len(sharing)."""
    year = record_decided(world, i).astimezone(CST).year
    return f"津河{abbreviation}罚〔{year}〕{i // len(world.sharing) + 1}号"


# --- COPY text format ---------------------------------------------------------------------------------

_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def c(value) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, str):
        return value.translate(_ESCAPES)
    return str(value)


def cjson(value) -> str:
    return c(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def carray(items: list[str]) -> str:
    """A text[] literal: elements with syntax characters are quoted, then COPY-escaped."""
    out = []
    for item in items:
        if not item or any(ch in item for ch in ' ,{}"\\') or item.upper() == "NULL":
            item = '"' + item.replace("\\", "\\\\").replace('"', '\\"') + '"'
        out.append(item)
    return c("{" + ",".join(out) + "}")


def _copy(conn: psycopg.Connection, table: str, columns: list[str], lines: list[str]) -> None:
    with conn.cursor() as cur:
        with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            copy.write("".join(lines))


# --- the loader tasks (run in worker processes) ----------------------------------------------------

@dataclass
class World:
    """What every task needs to know: agency ids and codes, clients, the time span, sizes."""

    url: str
    agencies: dict[str, tuple[int, str, str]]  # code -> (id, kind, abbreviation)
    clients: dict[str, str]  # agency code -> client_id
    n_referrals: int
    n_records: int
    n_audit: int
    start: datetime
    end: datetime
    seed: int = 6

    @property
    def sharing(self) -> list[int]:
        return [aid for aid, kind, _ in self.agencies.values() if kind in ("administrative", "public_security")]

    def abbreviation_of(self, agency_id: int) -> str:
        return next(abbr for aid, _, abbr in self.agencies.values() if aid == agency_id)


REFERRAL_COLUMNS = ["id", "reference", "source_agency_id", "recipient_agency_id", "category", "status", "title",
                    "summary", "suspected_offence", "incident_occurred_at", "incident_division_code",
                    "incident_address", "deaths", "serious_injuries", "minor_injuries", "direct_loss_yuan",
                    "parties", "related_case_number", "contact", "outcome", "version", "due_at", "due_step",
                    "created_at", "updated_at"]
EVENT_COLUMNS = ["referral_id", "action", "from_status", "to_status", "actor_client_id", "actor_agency_id",
                 "reason", "details", "due_at", "occurred_at"]


class _Batches:
    """Lines per table, COPYed together whenever the first table holds `size` of them."""

    def __init__(self, conn: psycopg.Connection, columns: dict[str, list[str]], size: int = CHUNK):
        self.conn, self.columns, self.size = conn, columns, size
        self.lines: dict[str, list[str]] = {table: [] for table in columns}

    def add(self, table: str, *lines: str) -> None:
        self.lines[table].extend(lines)
        first = next(iter(self.lines))
        if table == first and len(self.lines[first]) >= self.size:
            self.flush()

    def flush(self) -> None:
        for table, lines in self.lines.items():
            if lines:
                _copy(self.conn, table, self.columns[table], lines)
            self.lines[table] = []


class _ReferralMaker:
    """Referrals of one loader part: its source agencies, their reference counters, its random source."""

    def __init__(self, world: World, part: int, parts: int):
        self.world, self.rng, self.pools = world, random.Random(world.seed * 100 + part), Pools(world.seed)
        self.by_id = {aid: (code, kind, abbr) for code, (aid, kind, abbr) in world.agencies.items()}
        self.police, self.procuratorate = world.agencies["HD-GAJ"][0], world.agencies["HD-JCY"][0]
        # Each part owns a set of source agencies, so reference counters stay contiguous per agency.
        sources = [aid for aid, kind, _ in world.agencies.values()
                   if kind in ("administrative", "public_security", "procuratorate")]
        self.mine = [aid for k, aid in enumerate(sorted(sources)) if k % parts == part]
        self.administrative = [aid for aid, kind, _ in world.agencies.values() if kind == "administrative"]
        self.counters: dict[tuple[int, int], int] = {}
        self.total = world.n_referrals // parts + (1 if part < world.n_referrals % parts else 0)
        self.span = (world.end - world.start).total_seconds()

    def route(self, source: int) -> tuple[str, int]:
        """The category and recipient of a referral from this source."""
        if source == self.procuratorate:
            return "reverse", self.rng.choice(self.administrative)
        if source == self.police:
            return "criminal", self.procuratorate
        if self.rng.random() < 0.08:
            return "public_interest", self.procuratorate
        return "criminal", self.police

    def related(self, source: int) -> str | None:
        """Some referrals of sharing agencies name one of the source's own records."""
        world, sharing = self.world, self.world.sharing
        if source not in sharing or self.rng.random() >= 0.3:
            return None
        k = self.rng.randrange(0, max(world.n_records // len(sharing), 1))
        index = k * len(sharing) + sharing.index(source)
        return record_case_number(world, index, self.by_id[source][2]) if index < world.n_records else None

    def make(self, i: int, j: int) -> tuple[str, list[str]]:
        """Referral i (the part's j-th) as a COPY line, with the lines of its events."""
        rng, pools = self.rng, self.pools
        source = rng.choice(self.mine)
        created = self.world.start + timedelta(seconds=self.span * j / max(self.total, 1) + rng.random())
        year = created.astimezone(CST).year
        self.counters[(source, year)] = number = self.counters.get((source, year), 0) + 1
        code = self.by_id[source][0]
        category, recipient = self.route(source)
        status = rng.choices([s for s, _ in STATUS_WEIGHTS], [w for _, w in STATUS_WEIGHTS])[0]
        phrase, offence, violation, _keyword = rng.choice(INCIDENTS)
        company, credit = rng.choice(pools.companies)
        person, person_id = rng.choice(pools.people)
        address, site = rng.choice(pools.addresses), rng.choice(SITES)
        occurred = created - timedelta(days=rng.randrange(3, 60), minutes=rng.randrange(0, 1440))
        deaths = rng.choices([0, 1, 2, 3], [40, 40, 15, 5])[0]
        serious = rng.choices([0, 1, 2, 3, 5], [40, 25, 15, 12, 8])[0]
        loss = Decimal(rng.randrange(50_000, 3_000_000)).quantize(Decimal("1.00"))
        offence_name = OFFENCE_NAMES.get(offence, "重大责任事故罪")
        title = f"{company}{site}{phrase}涉嫌{offence_name}线索移送"
        summary = (f"{occurred.astimezone(CST):%Y年%m月%d日}，{company}位于{address}的{site}发生{phrase}，"
                   f"造成{deaths}人死亡、{serious}人重伤，直接经济损失约{loss / 10000:.1f}万元。经调查，"
                   f"该单位{violation}，主要负责人{person}未履行安全生产管理职责，涉嫌{offence_name}。"
                   f"依据《行政执法机关移送涉嫌犯罪案件的规定》第三条，现将案件线索移送你单位依法处理。")
        parties = [{"kind": "organization", "role": "suspect", "name": company, "uscc": credit},
                   {"kind": "person", "role": "responsible_person", "name": person, "resident_id": person_id}]
        related = self.related(source)
        step = DUE_STEP.get(status)
        moved = created + timedelta(days=rng.randrange(1, 20))
        due = moved + timedelta(days=step[1] + 2) if step else None
        rid = referral_id(i)
        outcome = "已立案侦查并移送审查起诉" if status == "closed" else None
        version, updated = (1, created) if status == "submitted" else (2, moved)
        row = "\t".join((
            rid, f"{code}-{year}-{number:06d}", str(source), str(recipient), category, status, c(title),
            c(summary), offence, c(occurred), "120102", c(address), str(deaths), str(serious),
            str(rng.randrange(0, 6)), str(loss), cjson(parties), c(related),
            cjson({"name": rng.choice(pools.people)[0], "phone": rng.choice(pools.phones)}), c(outcome),
            str(version), c(due), c(step[0] if step else None), c(created), c(updated))) + "\n"
        events = ["\t".join((rid, "submit", "\\N", "submitted", self.world.clients[code], str(source), "\\N",
                             "{}", c(created + timedelta(days=2)), c(created))) + "\n"]
        if status != "submitted":
            events.append(self.last_move(rid, status, source, recipient, outcome, due, moved))
        return row, events

    def last_move(self, rid: str, status: str, source: int, recipient: int, outcome: str | None,
                  due: datetime | None, moved: datetime) -> str:
        """The event of the move that left the referral in `status`."""
        action, before = LAST_MOVE[status]
        actor = source if action in ("withdraw", "request_reconsideration") else recipient
        details = cjson({"outcome": outcome}) if outcome else "{}"
        reason = c("经审查，符合移送条件" if action != "decline" else "认为没有犯罪事实，不予立案")
        return "\t".join((rid, action, before, status, self.world.clients[self.by_id[actor][0]], str(actor),
                          reason, details, c(due), c(moved))) + "\n"


def load_referrals(world: World, part: int, parts: int) -> int:
    """Referrals i ≡ part (mod parts), each with its submit event and the event of its last move."""
    maker = _ReferralMaker(world, part, parts)
    with psycopg.connect(psycopg_url(world.url)) as conn:
        conn.execute("SET synchronous_commit = off")
        batches = _Batches(conn, {"referrals": REFERRAL_COLUMNS, "referral_events": EVENT_COLUMNS})
        for j in range(maker.total):
            row, events = maker.make(j * parts + part, j)
            batches.add("referrals", row)
            batches.add("referral_events", *events)
        batches.flush()
        values = [(agency, year, number) for (agency, year), number in maker.counters.items()]
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO referral_sequences (agency_id, year, last_number) VALUES (%s, %s, %s)",
                            values)
        conn.commit()
    return maker.total


RECORD_COLUMNS = ["id", "agency_id", "case_number", "kind", "subject_name", "subject_credit_code", "facts",
                  "legal_basis", "penalty_type", "penalty_amount_yuan", "decided_at", "deaths",
                  "serious_injuries", "direct_loss_yuan", "rectification_status", "rectification_due_date",
                  "division_code", "address", "meets_criminal_threshold", "unreferred", "search_text",
                  "search_bigrams", "version", "created_at", "updated_at"]


RECORD_KINDS = ["inspection", "hazard_order", "penalty_decision", "non_litigation_enforcement"]


def _record_line(world: World, i: int, rng: random.Random, pools: Pools, abbreviations: dict[int, str]) -> str:
    """Record i as a COPY line: an inspection, a hazard order or a penalty, with its search bigrams."""
    agency = record_agency(i, list(abbreviations))
    kind = rng.choices(RECORD_KINDS, [40, 30, 25, 5])[0]
    company, credit = rng.choice(pools.companies)
    address, site = rng.choice(pools.addresses), rng.choice(SITES)
    phrase, _offence, violation, _keyword = rng.choice(INCIDENTS)
    decided = record_decided(world, i)
    deaths, serious, loss = _record_harm(rng)
    meets = deaths >= 1 or serious >= 3 or loss >= 1_000_000
    when = decided.astimezone(CST)
    if kind == "inspection":
        facts = (f"{when:%Y年%m月%d日}，执法人员对{company}位于{address}的{site}开展安全生产检查，"
                 f"发现{violation}，存在{phrase}隐患，已当场责令改正。")
    else:
        facts = (f"经查，{company}在{address}的{site}{violation}，于{when:%Y年%m月%d日}发生{phrase}，"
                 f"造成{deaths}人死亡、{serious}人重伤，直接经济损失{loss}元。")
    law = rng.choice(LAWS).format(n=rng.randrange(20, 120))
    penalty = rng.choice(PENALTIES) if kind == "penalty_decision" else None
    amount = Decimal(rng.randrange(1, 100) * 10_000).quantize(Decimal("1.00")) if penalty else None
    rect = {"hazard_order": "pending", "inspection": "completed"}.get(kind)
    text = search_text(company, credit, facts)
    return "\t".join((
        record_id(i), str(agency), c(record_case_number(world, i, abbreviations[agency])), kind,
        c(company), credit, c(facts), c(law), c(penalty), c(amount), c(decided), str(deaths),
        str(serious), str(loss),
        c(rect), c((decided + timedelta(days=30)).date() if rect else None), "120102", c(address),
        c(meets), c(meets), c(text), carray(bigrams(text)), "1", c(decided), c(decided))) + "\n"


def _record_harm(rng: random.Random) -> tuple[int, int, Decimal]:
    """Deaths, serious injuries and loss: a few cases are serious enough to meet the criminal threshold."""
    serious_case = rng.random() < 0.04
    deaths = rng.choice([1, 2]) if serious_case and rng.random() < 0.5 else 0
    serious = rng.choice([3, 4]) if serious_case and not deaths else 0
    loss = Decimal(rng.randrange(0, 2_000_000) if serious_case else rng.randrange(0, 200_000))
    return deaths, serious, loss.quantize(Decimal("1.00"))


def load_records(world: World, first: int, last: int) -> int:
    """Records first..last-1: inspections, hazard orders and penalties with their search bigrams."""
    rng = random.Random(world.seed * 1000 + first)
    pools = Pools(world.seed)
    abbreviations = {aid: world.abbreviation_of(aid) for aid in world.sharing}
    with psycopg.connect(psycopg_url(world.url)) as conn:
        conn.execute("SET synchronous_commit = off")
        batches = _Batches(conn, {"records": RECORD_COLUMNS}, CHUNK // 2)
        for i in range(first, last):
            batches.add("records", _record_line(world, i, rng, pools, abbreviations))
        batches.flush()
        conn.commit()
    return last - first


AUDIT_COLUMNS = ["id", "occurred_at", "request_id", "client_id", "agency_code", "scopes", "method", "path",
                 "action", "status", "outcome", "client_address", "user_agent", "resource_ids", "content_hash"]
SEAL_COLUMNS = ["seq", "event_id", "prev_hash", "chain_hash", "leaf_hash"]
SCOPES_OF_KIND = {
    "administrative": "records:read records:share referrals:handle referrals:read referrals:submit",
    "public_security": "records:read records:share referrals:handle referrals:read referrals:submit",
    "procuratorate": ("audit:read records:read referrals:handle referrals:read referrals:submit "
                      "referrals:supervise"),
    "oversight": "audit:read",
}


USER_AGENTS = ["jcy-case-system/3.2 (python-requests/2.32)", "yjj-enforcement/1.8", "gaj-jingwu/5.0",
               "curl/8.5.0", "hd-audit-tool/1.1"]


def _audit_request(world: World, rng: random.Random, kind: str) -> tuple[str, str, str, int, list[str]]:
    """What a logged request did: action, method, path with its query, status and the ids it showed."""
    roll = rng.random()
    referrals = [referral_id(rng.randrange(0, world.n_referrals))]
    if kind == "oversight":
        return "audit.search", "GET", f"/api/v1/audit-events?resource_id={referrals[0]}", 200, []
    if roll < 0.45:
        return "referrals.read", "GET", f"/api/v1/referrals/{referrals[0]}", 200, referrals
    if roll < 0.65:
        query = "?status=" + rng.choice(["submitted", "received", "declined"])
        return ("referrals.list", "GET", "/api/v1/referrals" + query, 200,
                [referral_id(rng.randrange(0, world.n_referrals)) for _ in range(20)])
    if roll < 0.78:
        return ("records.list", "GET", "/api/v1/records", 200,
                [record_id(rng.randrange(0, world.n_records)) for _ in range(10)])
    if roll < 0.88:
        return "token.issue", "POST", "/oauth/token", 200, []
    if roll < 0.95:
        return "referrals.create", "POST", "/api/v1/referrals", 201, referrals
    unknown = uuid.UUID(int=rng.getrandbits(128), version=4)
    return "referrals.read", "GET", f"/api/v1/referrals/{unknown}", 404, []


def _audit_values(world: World, rng: random.Random, j: int, code: str) -> dict:
    """The column values of access-log entry j, a request by agency `code`."""
    kind = world.agencies[code][1]
    span = (world.end - world.start).total_seconds()
    occurred = world.start + timedelta(microseconds=int(span * 1e6 * j / world.n_audit) + rng.randrange(0, 1000))
    action, method, path, status, resources = _audit_request(world, rng, kind)
    return {
        "occurred_at": occurred, "request_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "client_id": world.clients[code], "agency_code": code,
        "scopes": "" if action == "token.issue" else SCOPES_OF_KIND[kind],
        "method": method, "path": path, "action": action, "status": status,
        "outcome": "success" if status < 400 else "not_found",
        "client_address": f"10.12.{rng.randrange(1, 40)}.{rng.randrange(2, 250)}",
        "user_agent": rng.choice(USER_AGENTS), "resource_ids": resources,
    }


def load_audit(world: World) -> int:
    """The access log of months of traffic, sealed: each entry's seal in audit_seals as the sealer writes it.

    Entry j has id j + 1 (the table starts empty) and all share the loader's transaction id, so the
    sealer goes on after the last of them.
    """
    rng = random.Random(world.seed * 7)
    codes = list(world.agencies)
    prev = GENESIS
    sha256 = merkle.hasher("sha256")
    tree = merkle.Frontier(sha256)  # and the Merkle tree, as the sealer appends to it
    with psycopg.connect(psycopg_url(world.url)) as conn:
        conn.execute("SET synchronous_commit = off")
        batches = _Batches(conn, {"audit_events": AUDIT_COLUMNS, "audit_seals": SEAL_COLUMNS,
                                  "audit_tree_nodes": ["level", "idx", "hash"]})
        for j in range(world.n_audit):
            values = _audit_values(world, rng, j, rng.choice(codes))
            chash = content_hash(values)
            chained = link(prev, chash)
            leaf = merkle.leaf_hash(sha256, merkle.entry_bytes(content_of(values)))
            batches.add("audit_tree_nodes", *(f"{level}\t{idx}\t\\\\x{node.hex()}\n"
                                              for level, idx, node in tree.append(leaf)))
            batches.add("audit_events", "\t".join((
                str(j + 1), c(values["occurred_at"]), values["request_id"], values["client_id"],
                values["agency_code"], values["scopes"], values["method"], c(values["path"]), values["action"],
                str(values["status"]), values["outcome"], values["client_address"], c(values["user_agent"]),
                cjson(values["resource_ids"]), chash)) + "\n")
            batches.add("audit_seals", f"{j + 1}\t{j + 1}\t{prev}\t{chained}\t{leaf.hex()}\n")
            prev = chained
        batches.flush()
        conn.execute("SELECT setval(pg_get_serial_sequence('audit_events', 'id'), %s)", [max(world.n_audit, 1)])
        conn.commit()
    return world.n_audit


def _run_task(task: tuple) -> tuple[str, int, float]:
    name, fn, args = task
    started = time.monotonic()
    count = fn(*args)
    return name, count, time.monotonic() - started


# --- indexes: dropped for the COPY, rebuilt from their own definitions afterwards ------------------

@dataclass
class Deferred:
    drops: list[str] = field(default_factory=list)
    builds: list[tuple[str, str]] = field(default_factory=list)  # (table, statement)
    foreign_keys: list[str] = field(default_factory=list)


def defer_indexes(conn: psycopg.Connection) -> Deferred:
    """Drop every index and constraint of the bulk tables but the primary keys; remember how to rebuild."""
    deferred = Deferred()
    tables = list(BULK_TABLES)
    for table, name, definition, contype in conn.execute(
            """SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype
               FROM pg_constraint WHERE conrelid::regclass::text = ANY(%s) AND contype IN ('u', 'f')""",
            [tables]):
        deferred.drops.append(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        statement = f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}'
        (deferred.foreign_keys if contype == "f" else deferred.builds).append((table, statement))
    for table, name, definition in conn.execute(
            """SELECT i.tablename, i.indexname, i.indexdef FROM pg_indexes i
               WHERE i.tablename = ANY(%s) AND i.schemaname = 'public'
                 AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""", [tables]):
        deferred.drops.append(f'DROP INDEX "{name}"')
        deferred.builds.append((table, definition))
    deferred.foreign_keys = [statement for _table, statement in deferred.foreign_keys]
    for statement in deferred.drops:
        conn.execute(statement)
    conn.commit()
    return deferred


def rebuild_indexes(url: str, deferred: Deferred) -> None:
    """Rebuild on two connections, the big GIN index on one and the B-trees on the other."""
    heavy = [s for t, s in deferred.builds if "gin" in s.lower()]
    light = [s for t, s in deferred.builds if "gin" not in s.lower()]
    errors: list[BaseException] = []

    def build(statements: list[str]) -> None:
        try:
            with psycopg.connect(psycopg_url(url), autocommit=True) as conn:
                conn.execute("SET maintenance_work_mem = '1GB'")
                for statement in statements:
                    conn.execute(statement)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            errors.append(exc)

    threads = [threading.Thread(target=build, args=(group,)) for group in (heavy, light)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    with psycopg.connect(psycopg_url(url), autocommit=True) as conn:
        for statement in deferred.foreign_keys:
            conn.execute(statement)


# --- the whole load -----------------------------------------------------------------------------------

@dataclass
class Loaded:
    clients: dict[str, tuple[str, str]]  # agency code -> (client_id, secret)
    seconds: float
    phases: dict[str, float]
    loaded_before: datetime  # every loaded access-log entry occurred before this


def add_agencies_and_clients(url: str) -> tuple[dict[str, tuple[int, str, str]], dict[str, tuple[str, str]]]:
    from referral_service.agencies.service import add_agency
    from referral_service.agencies.models import AgencyKind
    from referral_service.auth.scopes import KIND_SCOPES
    from referral_service.auth.service import register_client
    from referral_service.db import Database

    db = Database(url)
    agencies, clients = {}, {}
    with db.sessionmaker() as session, session.begin():
        for code, name, kind, abbreviation in AGENCIES:
            agency = add_agency(session, code, name, kind)
            agencies[code] = (agency.id, kind, abbreviation)
            scopes = " ".join(sorted(KIND_SCOPES[AgencyKind(kind)]))
            client, secret = register_client(session, code, scopes, f"{name}业务系统")
            clients[code] = (client.client_id, secret)
    db.dispose()
    return agencies, clients


def load(url: str, n_referrals: int, n_records: int, n_audit: int, processes: int = 2,
         log=print) -> Loaded:
    """Migrate the (empty) database and fill it; returns the clients' credentials and timings."""
    from referral_service.migrate import upgrade

    phases: dict[str, float] = {}
    began = time.monotonic()
    upgrade(url)
    agencies, clients = add_agencies_and_clients(url)
    phases["migrate_and_agencies"] = time.monotonic() - began

    now = datetime.now(UTC).replace(microsecond=0)
    world = World(url=url, agencies=agencies, clients={code: cid for code, (cid, _s) in clients.items()},
                  n_referrals=n_referrals, n_records=n_records, n_audit=n_audit,
                  start=now - timedelta(days=700), end=now - timedelta(hours=1))

    with psycopg.connect(psycopg_url(url)) as conn:
        deferred = defer_indexes(conn)

    started = time.monotonic()
    half = n_records // 2
    tasks = [("records", load_records, (world, 0, half)), ("records", load_records, (world, half, n_records)),
             ("referrals", load_referrals, (world, 0, 2)), ("referrals", load_referrals, (world, 1, 2)),
             ("audit_events", load_audit, (world,))]
    log(f"  copying {n_referrals:,} referrals, {n_records:,} records and {n_audit:,} access-log entries "
        f"in {len(tasks)} parts, {processes} at a time")
    with ProcessPoolExecutor(max_workers=processes) as pool:
        for name, count, seconds in pool.map(_run_task, tasks):
            log(f"  loaded {count:,} {name} in {seconds:.1f} s")
    phases["copy"] = time.monotonic() - started

    started = time.monotonic()
    log(f"  rebuilding the indexes ({started - began:.0f} s since the start)")
    rebuild_indexes(url, deferred)
    phases["indexes"] = time.monotonic() - started

    started = time.monotonic()
    log("  flagging unreferred records, then VACUUM ANALYZE")
    with psycopg.connect(psycopg_url(url), autocommit=True) as conn:
        # A record over the threshold is "unreferred" unless a live referral of its agency names its case.
        conn.execute("""UPDATE records r SET unreferred = false WHERE r.unreferred AND EXISTS (
                            SELECT 1 FROM referrals f WHERE f.source_agency_id = r.agency_id
                              AND f.related_case_number = r.case_number AND f.status <> 'withdrawn')""")
        conn.execute("VACUUM (ANALYZE)")
    phases["vacuum_analyze"] = time.monotonic() - started
    return Loaded(clients=clients, seconds=time.monotonic() - began, phases=phases,
                  loaded_before=world.end)


def token_hash_of(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
