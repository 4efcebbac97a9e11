"""The access log: every request leaves an entry, auditors can query it, and edits are caught."""
import csv
import io
import json
import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from referral_service.audit.archive import archive, verify_archive
from referral_service.audit.chain import CONTENT_FIELDS, content_hash, link, seal, unsealed_count, verify
from referral_service.audit.models import AuditEvent, AuditSeal
from referral_service.audit.service import export_lines
from referral_service.db import database

from ..support import EMERGENCY, OVERSIGHT, POLICE, PROCURATORATE, api_routes, app_with_probe_routes, basic, wait_for


def entries(db, **where):
    db.expire_all()
    stmt = select(AuditEvent).order_by(AuditEvent.id)
    for key, value in where.items():
        stmt = stmt.where(getattr(AuditEvent, key) == value)
    result = list(db.scalars(stmt))
    db.expunge_all()  # plain snapshots: reading them later must not open a transaction
    db.rollback()
    return result


def seqs_of(db, event_ids) -> list:
    """The chain positions of these entries (None for one not sealed)."""
    found = dict(db.execute(select(AuditSeal.event_id, AuditSeal.seq).where(AuditSeal.event_id.in_(event_ids))).all())
    db.rollback()
    return [found.get(i) for i in event_ids]


def verdict(app):
    with app.app_context(), database().engine.begin() as conn:
        return verify(conn)


def test_each_request_leaves_an_entry_with_who_what_and_outcome(client, register, db):
    client_id, secret = register(EMERGENCY, "referrals:read records:read")
    issued = client.post("/oauth/token", data={"grant_type": "client_credentials"},
                         headers={**basic(client_id, secret), "User-Agent": "yjj-system/2.1"})
    token = issued.json["access_token"]
    bearer = {"Authorization": f"Bearer {token}", "User-Agent": "yjj-system/2.1"}
    seen = client.get(f"/api/v1/agencies/{POLICE}", headers=bearer)
    missing = client.get("/api/v1/agencies/HD-NONE", headers=bearer)
    no_token = client.get("/api/v1/agencies")
    no_scope = client.get("/api/v1/audit-events", headers=bearer)
    denied = client.post("/oauth/token", data={"grant_type": "client_credentials"}, headers=basic(client_id, "wrong"))
    invalid = client.get("/api/v1/agencies?limit=0", headers=bearer)

    log = {e.request_id: e for e in entries(db)}
    first = log[issued.headers["X-Request-ID"]]
    assert (first.action, first.status, first.outcome, first.client_id, first.agency_code) == (
        "token.issue", 200, "success", client_id, EMERGENCY)
    assert first.user_agent == "yjj-system/2.1" and first.client_address == "127.0.0.1"

    read = log[seen.headers["X-Request-ID"]]
    assert (read.action, read.method, read.path, read.status, read.resource_ids) == (
        "agencies.read", "GET", f"/api/v1/agencies/{POLICE}", 200, [POLICE])
    assert read.scopes == "records:read referrals:read"

    assert (log[missing.headers["X-Request-ID"]].outcome, log[missing.headers["X-Request-ID"]].resource_ids) == (
        "not_found", [])
    anonymous = log[no_token.headers["X-Request-ID"]]
    assert (anonymous.status, anonymous.outcome, anonymous.client_id) == (401, "unauthenticated", None)
    forbidden = log[no_scope.headers["X-Request-ID"]]
    assert (forbidden.status, forbidden.outcome, forbidden.client_id, forbidden.action) == (
        403, "forbidden", client_id, "audit.search")
    refused = log[denied.headers["X-Request-ID"]]
    assert (refused.action, refused.status, refused.client_id) == ("token.denied", 401, client_id)
    assert log[invalid.headers["X-Request-ID"]].outcome == "invalid"

    # Secrets and tokens never reach the log.
    dumped = json.dumps([{f: str(getattr(e, f)) for f in CONTENT_FIELDS} for e in log.values()])
    assert secret not in dumped and token not in dumped


def test_every_route_family_leaves_an_entry_with_its_action(app, as_agency, db):
    caller = as_agency(PROCURATORATE)
    sent = {}
    for method, url, _scope in api_routes(app):
        response = caller.open(url, method=method, json=None if method == "GET" else {})
        endpoint = app.url_map.bind("localhost").match(url, method=method)[0]
        sent[response.headers["X-Request-ID"]] = (app.view_functions[endpoint].audit_action, method, url,
                                                  response.status_code)
    log = {e.request_id: e for e in entries(db)}
    assert len(sent) == len(list(api_routes(app)))  # one entry, with its own request id, per route
    for request_id, (action, method, url, status) in sent.items():
        entry = log[request_id]
        assert entry.action.startswith(action), (url, entry.action)
        assert (entry.method, entry.path, entry.status, entry.client_id, entry.agency_code) == (
            method, url, status, caller.client_id, PROCURATORATE)


def test_keyword_searches_are_their_own_action(as_agency, db):
    response = as_agency(PROCURATORATE).get("/api/v1/records?q=消防通道")
    assert response.status_code == 200
    assert entries(db, request_id=response.headers["X-Request-ID"])[0].action == "records.search"


def test_request_id_from_the_caller_is_kept(as_agency, db):
    caller = as_agency(EMERGENCY)
    response = caller.get("/api/v1/agencies", headers={"X-Request-ID": "yjj-batch-20261129-0001"})
    assert response.headers["X-Request-ID"] == "yjj-batch-20261129-0001"
    assert entries(db, request_id="yjj-batch-20261129-0001")[0].action == "agencies.list"


def test_server_errors_are_logged(app, settings, token_for, db):
    probe = app_with_probe_routes(settings).test_client()
    response = probe.get("/api/v1/_probe/boom", headers={"Authorization": f"Bearer {token_for(EMERGENCY)}"})
    entry = entries(db, request_id=response.headers["X-Request-ID"])[0]
    assert (entry.status, entry.outcome, entry.action) == (500, "error", "probe.boom")


def test_auditor_finds_who_saw_an_object_and_filters(as_agency):
    police = as_agency(POLICE)
    emergency = as_agency(EMERGENCY)
    police.get("/api/v1/agencies?limit=200")
    emergency.get(f"/api/v1/agencies/{PROCURATORATE}")
    emergency.get("/api/v1/agencies/HD-NONE")
    auditor = as_agency(OVERSIGHT)

    who = auditor.get(f"/api/v1/audit-events?resource_id={PROCURATORATE}")
    assert who.status_code == 200
    assert sorted(e["client_id"] for e in who.json["items"]) == sorted([police.client_id, emergency.client_id])

    mine = auditor.get(f"/api/v1/audit-events?client_id={emergency.client_id}&outcome=not_found").json["items"]
    assert [(e["path"], e["status"]) for e in mine] == [("/api/v1/agencies/HD-NONE", 404)]
    by_agency = auditor.get(f"/api/v1/audit-events?agency={POLICE}&action=agencies.list").json["items"]
    assert len(by_agency) == 1 and by_agency[0]["scopes"] and len(by_agency[0]["resource_ids"]) == 8
    assert auditor.get("/api/v1/audit-events?status=404").json["items"][0]["outcome"] == "not_found"

    future = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat()
    assert auditor.get("/api/v1/audit-events", query_string={"from": future}).json["items"] == []
    assert len(auditor.get("/api/v1/audit-events", query_string={"to": future}).json["items"]) >= 6

    bad = auditor.get("/api/v1/audit-events?from=yesterday&outcome=maybe")
    assert bad.status_code == 422 and set(bad.json["errors"]) == {"from", "outcome"}


def test_audit_pages_and_reading_the_log_is_logged(as_agency):
    auditor = as_agency(PROCURATORATE, "audit:read")
    for _ in range(4):
        auditor.get("/api/v1/agencies")
    ids, url = [], "/api/v1/audit-events?limit=2&action=agencies.list"
    while url:
        body = auditor.get(url).json
        ids += [e["id"] for e in body["items"]]
        url = f"/api/v1/audit-events?limit=2&action=agencies.list&cursor={body['next_cursor']}" if body["next_cursor"] else None
    assert len(ids) == len(set(ids)) == 4 and ids == sorted(ids, reverse=True)
    searches = auditor.get("/api/v1/audit-events?action=audit.search").json["items"]
    assert len(searches) == 2 and all(e["client_id"] == auditor.client_id for e in searches)


def test_export_ndjson_and_csv(as_agency):
    auditor = as_agency(OVERSIGHT)
    as_agency(EMERGENCY).get(f"/api/v1/agencies/{POLICE}")
    response = auditor.get(f"/api/v1/audit-events/export?resource_id={POLICE}")
    assert response.status_code == 200 and response.mimetype == "application/x-ndjson"
    lines = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert [(e["action"], e["resource_ids"]) for e in lines] == [("agencies.read", [POLICE])]
    as_csv = auditor.get("/api/v1/audit-events/export?format=csv&action=agencies.read")
    rows = list(csv.DictReader(io.StringIO(as_csv.get_data(as_text=True))))
    assert [r["resource_ids"] for r in rows] == [POLICE] and rows[0]["agency_code"] == EMERGENCY
    assert auditor.get("/api/v1/audit-events/export?format=xml").status_code == 422


def test_export_gives_each_entry_with_the_values_the_log_shows(app, as_agency, client, db, backend):
    """NDJSON and CSV carry what /audit-events shows: odd characters, no token, a time on the second."""
    odd = 'sys "引号" \\ back/slash, comma;\ttab \u2028 line \U0001F600'
    as_agency(EMERGENCY).get(f"/api/v1/agencies/{POLICE}", headers={"User-Agent": odd})
    client.get("/api/v1/agencies/x%22y%5Cz?q=1", headers={"User-Agent": ""})  # no token: no scopes
    auditor = as_agency(OVERSIGHT)
    assert auditor.get("/api/v1/audit-events/verify").json["ok"]  # everything before it is sealed
    whole_second = entries(db, action="agencies.read")[0].id
    with database_connection(app) as conn:
        tamper(conn, backend, "UPDATE audit_events SET occurred_at = "
               + ("date_trunc('second', occurred_at)" if backend == "postgresql"
                  else "substr(occurred_at, 1, 19) || '.000000'") + f" WHERE id = {whole_second}")
    shown = {e["id"]: e for e in auditor.get("/api/v1/audit-events?limit=200").json["items"]}
    last = entries(db, action="audit.verify")[-1].id
    expected = [{k: v for k, v in shown[i].items() if k != "leaf_hash"} for i in sorted(shown) if i < last]
    assert len(expected) >= 4

    ndjson = auditor.get("/api/v1/audit-events/export").get_data(as_text=True)
    exported = [json.loads(line) for line in ndjson.split("\n") if line]
    assert [e for e in exported if e["id"] < last] == expected
    assert "." not in shown[whole_second]["occurred_at"] and any(odd == e["user_agent"] for e in expected)
    assert any(e["scopes"] == [] and e["client_id"] is None for e in expected)

    rows = list(csv.DictReader(io.StringIO(auditor.get("/api/v1/audit-events/export?format=csv")
                                           .get_data(as_text=True), newline="")))
    as_text = [{k: "" if v is None else " ".join(v) if isinstance(v, list) else str(v) for k, v in e.items()}
               for e in expected]
    assert [r for r in rows if int(r["id"]) < last] == as_text


def test_an_export_streams_in_chunks_and_one_left_part_way_frees_its_connection(app, as_agency, db, backend):
    """A client gone mid-export: the statement is given up and the connection goes back to the pool, idle."""
    caller = as_agency(EMERGENCY)
    for _ in range(6):
        caller.get("/api/v1/agencies")
    wanted = [e.id for e in entries(db)]
    with app.app_context():
        engine = database().engine
        whole = "".join(export_lines(engine, {}, "ndjson", batch=2))
        assert [json.loads(line)["id"] for line in whole.splitlines()][:len(wanted)] == wanted
        lines = export_lines(engine, {}, "ndjson", batch=2)
        assert [json.loads(line)["id"] for line in next(lines).splitlines()] == wanted[:2]
        lines.close()
        assert engine.pool.checkedout() == 0
        if backend == "postgresql":
            with engine.connect() as conn:
                running = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE state <> 'idle' "
                                            "AND query LIKE '%row_to_json%' AND pid <> pg_backend_pid()")).scalar()
            assert running == 0
        again = "".join(export_lines(engine, {"action": "agencies.list"}, "csv", batch=2))
    assert len(list(csv.DictReader(io.StringIO(again)))) == 6


def test_verify_passes_then_names_the_edited_entry_for_each_field(app, as_agency, db, backend):
    caller = as_agency(EMERGENCY)
    for _ in range(3):
        caller.get("/api/v1/agencies")
    auditor = as_agency(OVERSIGHT)
    ok = auditor.get("/api/v1/audit-events/verify").json
    assert ok == {"ok": True, "checked": 5, "first_broken_id": None, "first_broken_seq": None, "reason": None}

    target = entries(db, action="agencies.list")[1]
    edits = {"occurred_at": "'2020-01-01 00:00:00'", "request_id": "'forged'", "client_id": "'someone-else'",
             "agency_code": "'HD-XX'", "scopes": "'audit:read'", "method": "'POST'", "path": "'/elsewhere'",
             "action": "'agencies.read'", "status": "201", "outcome": "'error'", "client_address": "'10.0.0.9'",
             "user_agent": "'curl'", "resource_ids": "'[\"HD-XX\"]'", "content_hash": "'" + "0" * 64 + "'"}
    seal_edits = {"prev_hash": "'" + "1" * 64 + "'", "chain_hash": "'" + "2" * 64 + "'", "seq": "999999"}
    edited = [("audit_events", "id", column, value) for column, value in edits.items()] + [
        ("audit_seals", "event_id", column, value) for column, value in seal_edits.items()]
    for table, key, column, value in edited:
        with database_connection(app) as conn:
            original = conn.execute(text(f"SELECT {column} FROM {table} WHERE {key} = :id"), {"id": target.id}).scalar()
            original = json.dumps(original) if isinstance(original, list) else original
            tamper(conn, backend, f"UPDATE {table} SET {column} = {value} WHERE {key} = {target.id}")
        result = verdict(app)
        assert not result.ok and result.first_broken_id in (target.id, target.id + 1), column
        if column != "seq":
            assert result.first_broken_id == target.id, column
        with database_connection(app) as conn:
            tamper(conn, backend, f"UPDATE {table} SET {column} = :v WHERE {key} = {target.id}", v=original)
        assert verdict(app).ok, f"restoring {column}"


def test_swapping_two_entries_places_on_the_chain_is_caught(app, as_agency, db, backend):
    caller = as_agency(EMERGENCY)
    for _ in range(3):
        caller.get("/api/v1/agencies")
    assert verdict(app).ok
    first, second = [e.id for e in entries(db, action="agencies.list")[:2]]
    with database_connection(app) as conn:
        tamper(conn, backend, f"UPDATE audit_seals SET event_id = -1 WHERE event_id = {first}")
        tamper(conn, backend, f"UPDATE audit_seals SET event_id = {first} WHERE event_id = {second}")
        tamper(conn, backend, f"UPDATE audit_seals SET event_id = {second} WHERE event_id = -1")
    result = verdict(app)
    assert not result.ok and result.first_broken_id == second and "does not match" not in result.reason


@pytest.mark.parametrize("deleted", ["entry", "entry and seal", "seal"])
def test_deleting_an_entry_or_its_seal_breaks_the_chain(app, as_agency, db, backend, deleted):
    caller = as_agency(EMERGENCY)
    for _ in range(3):
        caller.get("/api/v1/agencies")
    assert verdict(app).ok
    victim = entries(db, action="agencies.list")[1]
    [seq] = seqs_of(db, [victim.id])
    with database_connection(app) as conn:
        if "entry" in deleted:
            tamper(conn, backend, f"DELETE FROM audit_events WHERE id = {victim.id}")
        if "seal" in deleted:
            tamper(conn, backend, f"DELETE FROM audit_seals WHERE event_id = {victim.id}")
    result = verdict(app)
    assert not result.ok and "missing" in result.reason
    if deleted == "entry":  # its seal names it
        assert (result.first_broken_seq, result.first_broken_id) == (seq, victim.id)
    else:  # a gap in the positions
        assert result.first_broken_seq == seq + 1


def test_a_removed_seal_shows_even_when_the_chain_is_recomputed_without_it(app, as_agency, db, backend):
    """The entry left without a seal stands before sealed ones: the sealer never leaves one behind."""
    caller = as_agency(EMERGENCY)
    for _ in range(3):
        caller.get("/api/v1/agencies")
    assert verdict(app).ok
    victim = entries(db, action="agencies.list")[1]
    with database_connection(app) as conn:
        tamper(conn, backend, f"DELETE FROM audit_seals WHERE event_id = {victim.id}")
        rows = conn.execute(select(AuditSeal.seq, AuditSeal.event_id, AuditEvent.content_hash)
                            .join(AuditEvent, AuditEvent.id == AuditSeal.event_id).order_by(AuditSeal.seq)).all()
        tamper(conn, backend, "DELETE FROM audit_seals")
        prev = "0" * 64
        for seq, (_old, event_id, content) in enumerate(rows, start=1):
            tamper(conn, backend, "INSERT INTO audit_seals (seq, event_id, prev_hash, chain_hash, leaf_hash) "
                   "VALUES (:seq, :event_id, :prev, :chain, NULL)",
                   seq=seq, event_id=event_id, prev=prev, chain=link(prev, content))
            prev = link(prev, content)
    result = verdict(app)
    assert not result.ok and result.first_broken_id == victim.id and "its seal was removed" in result.reason


@pytest.mark.postgres_only
def test_postgresql_refuses_update_and_delete(app, as_agency):
    as_agency(EMERGENCY).get("/api/v1/agencies")
    for statement in ("UPDATE audit_events SET status = 200", "DELETE FROM audit_events",
                      "UPDATE audit_seals SET chain_hash = prev_hash", "DELETE FROM audit_seals"):
        with pytest.raises(Exception, match="append-only"):
            with database_connection(app) as conn:
                conn.execute(text(statement))
    assert verdict(app).ok


def test_concurrent_writers_keep_one_valid_chain(app, register, agencies):
    client_id, secret = register(EMERGENCY)
    token = app.test_client().post("/oauth/token", data={"grant_type": "client_credentials"},
                                   headers=basic(client_id, secret)).json["access_token"]
    statuses = []

    def worker():
        http = app.test_client()
        for _ in range(10):
            statuses.append(http.get("/api/v1/agencies", headers={"Authorization": f"Bearer {token}"}).status_code)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses.count(200) == 60
    result = verdict(app)
    assert result.ok and result.checked == 61
    with app.app_context():
        with database().sessionmaker() as session:
            seqs = list(session.scalars(select(AuditSeal.seq).order_by(AuditSeal.seq)))
    assert seqs == list(range(1, 62))


@pytest.mark.slow
@pytest.mark.postgres_only
def test_worker_processes_writing_at_once_keep_one_valid_chain(app, live_server, register):
    import requests
    from concurrent.futures import ThreadPoolExecutor

    client_id, secret = register(EMERGENCY)
    token = requests.post(f"{live_server}/oauth/token", data={"grant_type": "client_credentials"},
                          auth=(client_id, secret), timeout=10).json()["access_token"]

    def burst(_):
        with requests.Session() as http:
            http.headers["Authorization"] = f"Bearer {token}"
            return [http.get(f"{live_server}/api/v1/agencies", timeout=10).status_code for _ in range(25)]

    with ThreadPoolExecutor(8) as pool:
        statuses = [s for batch in pool.map(burst, range(8)) for s in batch]
    assert statuses.count(200) == 200
    result = verdict(app)
    assert result.ok and result.checked == 201
    with app.app_context(), database().sessionmaker() as session:
        seqs = list(session.scalars(select(AuditSeal.seq).order_by(AuditSeal.seq)))
        request_ids = set(session.scalars(select(AuditEvent.request_id)))
    assert seqs == list(range(1, 202)) and len(request_ids) == 201


@pytest.mark.postgres_only
def test_verify_waits_for_a_sealer_at_work_and_leaves_nothing_off_the_chain(app, as_agency):
    from referral_service.audit.chain import SEAL_LOCK

    for _ in range(3):
        assert as_agency(EMERGENCY).get("/api/v1/agencies").status_code == 200
    with app.app_context():
        engine = database().engine
    done = threading.Event()
    with engine.connect() as sealer, engine.connect() as observer:  # another worker's sealer, mid-run
        sealer.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SEAL_LOCK})
        waiting = threading.Thread(target=lambda: (verdict(app), done.set()))
        waiting.start()

        def verify_queued_for_the_lock() -> bool:
            return observer.execute(text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = :key"
                " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"),
                {"key": SEAL_LOCK}).scalar() == 1

        wait_for(verify_queued_for_the_lock, timeout=10, message="verify to wait for the sealer's lock")
        assert not done.is_set(), "verify returned while another sealer held the lock"
        sealer.rollback()
    waiting.join(10)
    assert done.is_set()
    with engine.connect() as conn:
        assert unsealed_count(conn) == 0


@pytest.mark.postgres_only
def test_an_entry_that_commits_late_is_sealed_after_those_sealed_before_it(app, as_agency, db):
    """A transaction older than entries already committed holds them back until it ends: none is passed over."""
    caller = as_agency(EMERGENCY)
    assert caller.get("/api/v1/agencies").status_code == 200
    with app.app_context():
        engine = database().engine
    seal(engine, wait=True)
    late = engine.connect()
    late.begin()
    late.execute(text("SELECT pg_current_xact_id()"))  # the late request's transaction, started first
    early = caller.get("/api/v1/agencies")  # commits while the late one runs
    assert seal(engine, wait=True) == 0  # held back: the late transaction is older
    late.execute(AuditEvent.__table__.insert().values(**entry_values("late-commit-0001")))
    assert seal(engine, wait=True) == 0
    late.commit()
    late.close()
    assert seal(engine, wait=True) == 2
    late_id = entries(db, request_id="late-commit-0001")[0].id
    early_id = entries(db, request_id=early.headers["X-Request-ID"])[0].id
    assert late_id > early_id  # written after it, and committed after it
    late_seq, early_seq = seqs_of(db, [late_id, early_id])
    assert late_seq == early_seq - 1  # its transaction began first: it comes first on the chain
    result = verdict(app)
    assert result.ok and result.checked == len(entries(db))


@pytest.mark.postgres_only
def test_verify_reads_the_log_in_the_indexes_order_and_sorts_none_of_it(app, as_agency):
    """At a million entries a sort of the whole log spilled half a gigabyte to disk and took most of verify's time."""
    from referral_service.audit.chain import _UNSEALED, _sealed_walk
    from referral_service.audit.checkpoints import _PG_LEAVES

    for _ in range(3):
        assert as_agency(EMERGENCY).get("/api/v1/agencies").status_code == 200
    with database_connection(app) as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))  # as at scale, where reading through the indexes wins
        statements = [str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
                      for stmt in (_sealed_walk("postgresql"), _UNSEALED)]
        statements.append(f"{_PG_LEAVES} WHERE s.seq > 0 AND s.seq <= 2 ORDER BY s.seq")
        for statement in statements:
            plan = json.dumps(conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {statement}").scalar())
            assert '"Node Type": "Sort"' not in plan and "Hash" not in plan, plan


def test_the_sealer_never_updates_an_entry(app, backend):
    """Sealing inserts seals: the entries stay as written (on PostgreSQL: no row version updated)."""
    with database_connection(app) as conn:
        for n in range(3):
            conn.execute(AuditEvent.__table__.insert().values(**entry_values(f"written-{n:04}")))
    with app.app_context(), database().engine.connect() as conn:
        before = [tuple(r) for r in conn.execute(select(AuditEvent.__table__).order_by(AuditEvent.id))]
        assert unsealed_count(conn) == 3
    with database_connection(app) as conn:
        assert seal(conn, wait=True) == 3
        if backend == "postgresql":
            assert conn.execute(text("SELECT n_tup_upd FROM pg_stat_xact_user_tables "
                                     "WHERE relname = 'audit_events'")).scalar() == 0
    with app.app_context(), database().engine.connect() as conn:
        assert [tuple(r) for r in conn.execute(select(AuditEvent.__table__).order_by(AuditEvent.id))] == before
        assert unsealed_count(conn) == 0
        assert conn.execute(select(AuditSeal.seq, AuditSeal.event_id).order_by(AuditSeal.seq)).all() == [
            (n + 1, row[0]) for n, row in enumerate(before)]


def entry_values(request_id: str) -> dict:
    """An access-log entry's columns, as a request writes them."""
    values = {"occurred_at": datetime.now(timezone.utc), "request_id": request_id, "client_id": None,
              "agency_code": None, "scopes": "", "method": "GET", "path": "/api/v1/agencies",
              "action": "agencies.list", "status": 200, "outcome": "success", "client_address": None,
              "user_agent": None, "resource_ids": []}
    return {**values, "content_hash": content_hash(values)}


def six_old_entries_and_one_new(as_agency, monkeypatch) -> None:
    """A token request and five reads logged 200 days ago, then one read now."""
    long_ago = datetime.now(timezone.utc) - timedelta(days=200)
    monkeypatch.setattr("referral_service.audit.utcnow", lambda: long_ago)
    caller = as_agency(EMERGENCY)
    for _ in range(5):
        caller.get("/api/v1/agencies")
    monkeypatch.undo()
    caller.get(f"/api/v1/agencies/{POLICE}")


def test_archive_round_trip_keeps_the_chain_verifiable(app, as_agency, monkeypatch, tmp_path, settings, db):
    six_old_entries_and_one_new(as_agency, monkeypatch)
    with app.app_context():
        engine = database().engine
        with pytest.raises(ValueError, match="retention"):
            archive(engine, datetime.now(timezone.utc) - timedelta(days=30), tmp_path / "x.gz", 180)
        result = archive(engine, datetime.now(timezone.utc) - timedelta(days=190), tmp_path / "old.ndjson.gz", 180)
    assert result["archived"] == 6  # the token request and five reads
    assert [e.path for e in entries(db)] == [f"/api/v1/agencies/{POLICE}"]  # the one recent read stays
    assert verdict(app).ok
    assert verify_archive(tmp_path / "old.ndjson.gz").ok

    import gzip

    lines = gzip.open(tmp_path / "old.ndjson.gz", "rt").read().splitlines()
    lines[2] = lines[2].replace('"agencies.list"', '"agencies.read"')
    with gzip.open(tmp_path / "forged.ndjson.gz", "wt") as out:
        out.write("\n".join(lines) + "\n")
    forged = verify_archive(tmp_path / "forged.ndjson.gz")
    assert not forged.ok and forged.first_broken_seq == 2


def test_a_verify_started_during_an_archive_waits_for_it_and_passes(app, as_agency, monkeypatch, tmp_path):
    """Archive removes entries and leaves an anchor: a verify must read both before it or both after it."""
    six_old_entries_and_one_new(as_agency, monkeypatch)
    writing, go_on = threading.Event(), threading.Event()

    def paused(_count: int) -> None:  # the archive has read its entries and not yet removed them
        writing.set()
        assert go_on.wait(30)

    archived, verdicts = [], []
    with app.app_context():
        engine = database().engine
        archiving = threading.Thread(target=lambda: archived.append(
            archive(engine, datetime.now(timezone.utc) - timedelta(days=190), tmp_path / "old.gz", 180,
                    progress=paused)))
        archiving.start()
        assert writing.wait(30)
    verifying = threading.Thread(target=lambda: verdicts.append(verdict(app)))
    verifying.start()
    verifying.join(1.0)
    still_waiting = verifying.is_alive()
    go_on.set()
    archiving.join(30)
    verifying.join(30)
    assert still_waiting, "verify ran while the archive was removing entries"
    assert archived[0]["archived"] == 6
    assert verdicts[0].ok and verdicts[0].checked == 1, verdicts[0]


class database_connection:
    def __init__(self, app):
        self.app = app

    def __enter__(self):
        self.ctx = self.app.app_context()
        self.ctx.push()
        self.cm = database().engine.begin()
        return self.cm.__enter__()

    def __exit__(self, *exc):
        try:
            return self.cm.__exit__(*exc)
        finally:
            self.ctx.pop()


def tamper(conn, backend, statement, **params):
    """Edit the log as an attacker with database access would (on PostgreSQL, around the trigger)."""
    if backend == "postgresql":
        conn.execute(text("SET LOCAL session_replication_role = replica"))
    conn.execute(text(statement), params)
