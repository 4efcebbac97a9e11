"""The access log as a Merkle tree with signed checkpoints: outsiders can check it, and cuts or rewrites show."""
import base64
import hashlib
import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from gmssl import func as gm_func
from gmssl import sm2 as gm_sm2
from gmssl import sm3 as gm_sm3
from sqlalchemy import delete, insert, select, text, update

from referral_service import create_app
from referral_service.audit import chain, checkpoints, merkle
from referral_service.audit.checkpoints import check_held
from referral_service.audit.models import AuditCheckpoint, AuditEvent, AuditSeal, AuditTreeNode
from referral_service.db import database

from ..support import EMERGENCY, OVERSIGHT

BIN = Path(sys.executable).with_name("referral-service")
CRYPTOS = ["ed25519-sha256", "sm2-sm3"]


@pytest.fixture(params=CRYPTOS)
def settings(settings, request):
    """Every test here runs with the default Ed25519/SHA-256 and with SM2/SM3."""
    return replace(settings, audit_crypto=request.param)


# --- A small RFC 9162 §2.1 verifier, written here from the RFC and not taken from the code under test ---

def H(settings):
    if settings.audit_crypto == "sm2-sm3":
        return lambda data: bytes.fromhex(gm_sm3.sm3_hash(gm_func.bytes_to_list(data)))
    return lambda data: hashlib.sha256(data).digest()


def mth(h, leaves):
    """MTH(D[n]) of leaf hashes, by the recursive definition."""
    n = len(leaves)
    if n == 0:
        return h(b"")
    if n == 1:
        return leaves[0]
    k = 1
    while k * 2 < n:
        k *= 2
    return h(b"\x01" + mth(h, leaves[:k]) + mth(h, leaves[k:]))


def verify_inclusion(h, leaf_index, tree_size, leaf, path, root):
    """RFC 9162 §2.1.3.2."""
    if leaf_index >= tree_size:
        return False
    fn, sn, r = leaf_index, tree_size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            r = h(b"\x01" + p + r)
            if fn % 2 == 0:
                while fn % 2 == 0 and fn != 0:
                    fn, sn = fn // 2, sn // 2
        else:
            r = h(b"\x01" + r + p)
        fn, sn = fn // 2, sn // 2
    return sn == 0 and r == root


def verify_consistency(h, first, second, first_hash, second_hash, path):
    """RFC 9162 §2.1.4.2."""
    if first == second:
        return path == [] and first_hash == second_hash
    if (first & (first - 1)) == 0:
        path = [first_hash] + path
    fn, sn = first - 1, second - 1
    while fn % 2 == 1:
        fn, sn = fn // 2, sn // 2
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            fr, sr = h(b"\x01" + c + fr), h(b"\x01" + c + sr)
            if fn % 2 == 0:
                while fn % 2 == 0 and fn != 0:
                    fn, sn = fn // 2, sn // 2
        else:
            sr = h(b"\x01" + sr + c)
        fn, sn = fn // 2, sn // 2
    return fr == first_hash and sr == second_hash and sn == 0


def leaf_of(h, entry):
    """An entry's leaf from what /audit-events shows: RFC 8785 JSON of its content fields."""
    content = {name: entry[name] for name in chain.CONTENT_FIELDS}
    content["scopes"] = " ".join(entry["scopes"])
    shown = datetime.fromisoformat(entry["occurred_at"]).astimezone(timezone.utc)
    content["occurred_at"] = shown.isoformat(timespec="microseconds")  # always six digits in the entry bytes
    return h(b"\x00" + rfc8785.dumps(content))


def b(text_):
    return base64.b64decode(text_)


# --- Helpers ----------------------------------------------------------------------------------------

def traffic(caller, n):
    for _ in range(n):
        assert caller.get(f"/api/v1/agencies/{EMERGENCY}").status_code == 200


def all_entries(auditor):
    out, url = [], "/api/v1/audit-events?limit=200"
    while url:
        page = auditor.get(url).json
        out.extend(page["items"])
        url = f"/api/v1/audit-events?limit=200&cursor={page['next_cursor']}" if page["next_cursor"] else None
    return sorted((e for e in out if e["seq"] is not None), key=lambda e: e["seq"])


def note_parts(note):
    body, sigs = note.split("\n\n", 1)
    origin, size, root = body.split("\n")
    return origin, int(size), b(root), body + "\n", sigs.strip().split("\n")


def tamper(conn, backend, statement, **params):
    """Write as an attacker with database access would (on PostgreSQL, around the append-only trigger)."""
    if backend == "postgresql":
        conn.execute(text("SET LOCAL session_replication_role = replica"))
    conn.execute(text(statement), params)


def run_cli(settings, *args):
    env = {**os.environ, "REFERRAL_DATABASE_URL": settings.database_url,
           "REFERRAL_INSTANCE_PATH": str(settings.instance_path), "REFERRAL_AUDIT_CRYPTO": settings.audit_crypto}
    return subprocess.run([str(BIN), *args], env=env, capture_output=True, text=True, timeout=120)


# --- Tests ---------------------------------------------------------------------------------------------

def test_entry_bytes_are_rfc8785_canonical_json():
    tricky = {"path": "/api/v1/records?q=火灾\u2028\"x\"\\\t\x01é😀", "status": 200, "client_id": None,
              "resource_ids": ["a", "本"], "scopes": "audit:read", "occurred_at": "2026-11-29T12:00:00.000001+00:00"}
    assert merkle.entry_bytes(tricky) == rfc8785.dumps(tricky)


def test_a_tree_built_incrementally_equals_one_built_at_once():
    h = merkle.hasher("sha256")
    leaves = [h(i.to_bytes(4, "big")) for i in range(100_000)]
    grown = merkle.Frontier(h)
    for i, leaf in enumerate(leaves):
        grown.append(leaf)
        if i + 1 in (1, 2, 3, 7, 8, 9, 1000, 65_536, 65_537):
            assert grown.root() == mth(h, leaves[:i + 1])
    assert grown.size == 100_000 and grown.root() == mth(h, leaves)


def test_checkpoint_is_a_signed_note_that_outsiders_verify(as_agency, settings):
    traffic(as_agency(EMERGENCY), 5)
    auditor = as_agency(OVERSIGHT)
    note = auditor.get("/api/v1/audit-events/checkpoint")
    assert note.status_code == 200 and note.mimetype == "text/plain"
    origin, size, root, body, sigs = note_parts(note.text)
    assert origin == settings.audit_log_origin and size >= 5

    keys = auditor.get("/api/v1/audit-events/keys").json["items"]
    assert len(keys) == 1 and keys[0]["current"]
    name, keyhash, blob = keys[0]["vkey"].split("+", 2)
    raw = b(blob)
    assert sigs[0].startswith(f"\u2014 {name} ")
    signed = b(sigs[0].rsplit(" ", 1)[1])
    assert signed[:4] == hashlib.sha256(name.encode() + b"\n" + raw).digest()[:4] == bytes.fromhex(keyhash)
    if settings.audit_crypto == "ed25519-sha256":
        assert raw[0] == 1 and keys[0]["jwk"]["crv"] == "Ed25519"
        Ed25519PublicKey.from_public_bytes(raw[1:]).verify(signed[4:], body.encode())
    else:
        public = raw[len(b"\xffsm2-sm3"):]
        crypt = gm_sm2.CryptSM2(private_key="", public_key="")
        crypt.public_key = public.hex()  # as given: the constructor mangles a key whose hex begins with "04"
        assert crypt.verify_with_sm3(signed[4:].hex(), body.encode())
        assert not crypt.verify_with_sm3(signed[4:].hex(), body.replace(str(size), str(size + 1)).encode())

    as_json = auditor.get("/api/v1/audit-events/checkpoint", headers={"Accept": "application/json"}).json
    assert as_json["tree_size"] >= size and as_json["key_id"] == keyhash
    # Nothing the auditor sees carries the private key.
    # PRIVATE+KEY+name+keyhash+base64: the base64 may hold '+' itself, so split at the first four.
    private = Path(settings.audit_signing_key_path).read_text().strip().split("+", 4)[4]
    assert len(private) >= 40
    assert private not in json.dumps(keys) + note.text + json.dumps(as_json)
    assert Path(settings.audit_signing_key_path).stat().st_mode & 0o077 == 0


def test_proofs_check_out_with_an_independent_verifier(as_agency, settings):
    traffic(as_agency(EMERGENCY), 11)
    auditor = as_agency(OVERSIGHT)
    head = auditor.get("/api/v1/audit-events/checkpoint", headers={"Accept": "application/json"}).json
    n = head["tree_size"]
    h = H(settings)
    entries = all_entries(auditor)[:n]
    leaves = [leaf_of(h, e) for e in entries]
    assert [b(e["leaf_hash"]) for e in entries] == leaves  # each entry shows its leaf hash
    assert mth(h, leaves) == b(head["root_hash"])

    for seq in range(1, n + 1):
        for size in {seq, n, max(seq, n - 3)}:
            proof = auditor.get(f"/api/v1/audit-events/proof/inclusion?seq={seq}&tree_size={size}").json
            assert b(proof["leaf_hash"]) == leaves[seq - 1]
            assert verify_inclusion(h, seq - 1, size, leaves[seq - 1], [b(x) for x in proof["hashes"]],
                                    mth(h, leaves[:size])), (seq, size)
    for first in range(1, n + 1):
        for second in {first, n, min(n, first + 1), min(n, first * 2)}:
            proof = auditor.get(f"/api/v1/audit-events/proof/consistency?first={first}&second={second}").json
            assert verify_consistency(h, first, second, mth(h, leaves[:first]), mth(h, leaves[:second]),
                                      [b(x) for x in proof["hashes"]]), (first, second)
    # A wrong hash in a proof is caught by the same verifier (it can fail).
    proof = auditor.get(f"/api/v1/audit-events/proof/consistency?first=3&second={n}").json
    forged = [b(x) for x in proof["hashes"]]
    forged[0] = h(b"forged")
    assert not verify_consistency(h, 3, n, mth(h, leaves[:3]), mth(h, leaves), forged)


@pytest.mark.parametrize("query, field", [
    ("seq=0&tree_size=1", "seq"), ("seq=x&tree_size=1", "seq"), ("tree_size=1", "seq"),
    ("seq=3&tree_size=2", "seq"), ("seq=1&tree_size=999999", "tree_size"), ("seq=1&tree_size=2&extra=1", "extra"),
])
def test_bad_inclusion_parameters_are_422_naming_the_field(as_agency, query, field):
    auditor = as_agency(OVERSIGHT)
    traffic(auditor, 2)
    response = auditor.get(f"/api/v1/audit-events/proof/inclusion?{query}")
    assert response.status_code == 422 and field in response.json["errors"]


@pytest.mark.parametrize("query, field", [
    ("first=2&second=1", "first"), ("first=1&second=999999", "second"), ("first=1", "second"),
    ("first=-1&second=2", "first"),
])
def test_bad_consistency_parameters_are_422_naming_the_field(as_agency, query, field):
    auditor = as_agency(OVERSIGHT)
    traffic(auditor, 2)
    response = auditor.get(f"/api/v1/audit-events/proof/consistency?{query}")
    assert response.status_code == 422 and field in response.json["errors"]


def _held(auditor, tmp_path):
    path = tmp_path / "held-checkpoint.txt"
    path.write_text(auditor.get("/api/v1/audit-events/checkpoint").text, encoding="utf-8")
    return path


@pytest.mark.parametrize("cut", [1, 50])
def test_cutting_the_tail_fails_verify_with_the_held_checkpoint_and_says_how_many(
        app, as_agency, settings, backend, tmp_path, cut):
    traffic(as_agency(EMERGENCY), 55)
    auditor = as_agency(OVERSIGHT)
    held = _held(auditor, tmp_path)
    size = int(held.read_text().split("\n")[1])
    assert run_cli(settings, "audit", "verify", "--checkpoint", str(held)).returncode == 0

    with app.app_context(), database().engine.begin() as conn:
        # The attacker removes the newest entries, their tree nodes and the checkpoints in the database.
        tamper(conn, backend, "DELETE FROM audit_events WHERE id NOT IN (SELECT event_id FROM audit_seals "
                              f"WHERE seq <= {size - cut})")
        tamper(conn, backend, f"DELETE FROM audit_seals WHERE seq > {size - cut}")
        conn.execute(delete(AuditTreeNode))
        conn.execute(delete(AuditCheckpoint))
        assert chain.verify(conn, merkle.hasher(settings.audit_crypto.split("-")[1])).ok  # the chain alone passes
    _rebuild_tree(app, settings)
    result = run_cli(settings, "audit", "verify", "--checkpoint", str(held))
    assert result.returncode == 1, result.stdout
    verdict = json.loads(result.stdout)
    assert verdict["missing"] == cut and f"{cut} entries are missing" in verdict["reason"]


def _rebuild_tree(app, settings):
    """Recompute every leaf hash and tree node from the entries, as an attacker with the code would."""
    h = merkle.hasher(settings.audit_crypto.split("-")[1])
    with app.app_context(), database().engine.begin() as conn:
        conn.execute(delete(AuditTreeNode))
        rows = conn.execute(select(AuditSeal.seq, *[getattr(AuditEvent, n) for n in chain.CONTENT_FIELDS])
                            .join(AuditSeal, AuditSeal.event_id == AuditEvent.id).order_by(AuditSeal.seq)).all()
        edge, nodes = merkle.Frontier(h), []
        for row in rows:
            nodes.extend({"level": lv, "idx": i, "hash": v} for lv, i, v in edge.append(chain.leaf_of_row(h, row[1:])))
        if nodes:
            conn.execute(insert(AuditTreeNode), nodes)


def test_a_rewrite_with_every_hash_recomputed_fails_and_names_the_entry(app, as_agency, settings, backend, tmp_path):
    notary = app.extensions["referral_notary"]
    caller = as_agency(EMERGENCY)
    for _ in range(8):  # the service seals and signs as requests arrive (here after each one)
        traffic(caller, 1)
        with app.app_context():
            checkpoints.seal(database().engine, notary, wait=True)
    auditor = as_agency(OVERSIGHT)
    held = _held(auditor, tmp_path)
    size = int(held.read_text().split("\n")[1])
    victim = 4
    with app.app_context(), database().engine.begin() as conn:
        tamper(conn, backend, "UPDATE audit_events SET path = '/api/v1/agencies/HD-NONE' "
                              f"WHERE id = (SELECT event_id FROM audit_seals WHERE seq = {victim})")
        _recompute_chain(conn, backend, notary.hash)
        conn.execute(delete(AuditCheckpoint))
    _rebuild_tree(app, settings)
    with app.app_context(), database().engine.begin() as conn:
        assert chain.verify(conn, notary.hash).ok  # the chain alone no longer shows it
        found = check_held(conn, notary, held.read_text())
        assert not found.ok and found.first_bad_seq <= victim <= found.last_bad_seq == size
        # The sink outside the database kept every checkpoint handed out: it narrows the rewrite to the entry.
        sink = Path(settings.audit_checkpoint_sink_path).read_text()
        found = check_held(conn, notary, sink)
        assert not found.ok and found.first_bad_seq == found.last_bad_seq == victim, found
        assert f"entry {victim} differs" in found.reason
        assert check_held(conn, notary, sink, batch=3).as_dict() == found.as_dict()  # read in ranges, the same
    result = run_cli(settings, "audit", "verify", "--checkpoint", str(settings.audit_checkpoint_sink_path))
    assert result.returncode == 1 and json.loads(result.stdout)["first_bad_seq"] == victim


def _recompute_chain(conn, backend, h):
    rows = conn.execute(select(AuditEvent.id, *[getattr(AuditEvent, n) for n in chain.CONTENT_FIELDS])
                        .join(AuditSeal, AuditSeal.event_id == AuditEvent.id).order_by(AuditSeal.seq)).all()
    prev = chain.GENESIS
    if backend == "postgresql":
        conn.execute(text("SET LOCAL session_replication_role = replica"))
    for row in rows:
        values = dict(zip(chain.CONTENT_FIELDS, row[1:]))
        content = chain.content_hash(values)
        chained = chain.link(prev, content)
        conn.execute(update(AuditEvent).where(AuditEvent.id == row[0]).values(content_hash=content))
        conn.execute(update(AuditSeal).where(AuditSeal.event_id == row[0]).values(
            prev_hash=prev, chain_hash=chained, leaf_hash=chain.leaf_of_row(h, row[1:]).hex()))
        prev = chained


def test_every_checkpoint_goes_to_the_sink_outside_the_database(as_agency, settings, app):
    traffic(as_agency(EMERGENCY), 3)
    auditor = as_agency(OVERSIGHT)
    first = auditor.get("/api/v1/audit-events/checkpoint").text
    traffic(auditor, 2)
    second = auditor.get("/api/v1/audit-events/checkpoint").text
    sink = Path(settings.audit_checkpoint_sink_path).read_text()
    assert first in sink and second in sink and sink.index(first) < sink.index(second)
    with app.app_context(), database().engine.begin() as conn:
        found = check_held(conn, app.extensions["referral_notary"], sink)
        in_ranges = check_held(conn, app.extensions["referral_notary"], sink, batch=2)
    assert found.ok and found.checkpoints >= 2 and in_ranges.as_dict() == found.as_dict()


def test_a_forged_or_foreign_checkpoint_fails_on_its_signature(app, as_agency, tmp_path):
    traffic(as_agency(EMERGENCY), 2)
    note = as_agency(OVERSIGHT).get("/api/v1/audit-events/checkpoint").text
    origin, size, root, _body, sigs = note_parts(note)
    forged = note.replace(f"\n{size}\n", f"\n{size - 1}\n", 1)
    notary = app.extensions["referral_notary"]
    with app.app_context(), database().engine.begin() as conn:
        found = check_held(conn, notary, forged)
        assert not found.ok and "does not verify" in found.reason
        foreign = note.rsplit(sigs[0], 1)[0] + sigs[0].replace(origin, "someone-else") + "\n"
        found = check_held(conn, notary, foreign)
        assert not found.ok and "no trusted key" in found.reason


def test_key_rotation_keeps_old_checkpoints_verifiable(app, as_agency, settings):
    traffic(as_agency(EMERGENCY), 3)
    auditor = as_agency(OVERSIGHT)
    old_note = auditor.get("/api/v1/audit-events/checkpoint").text
    old_key = auditor.get("/api/v1/audit-events/keys").json["items"][0]

    # The operator retires the key file; the next start makes (or is given) a new key.
    key_file = Path(settings.audit_signing_key_path)
    key_file.rename(key_file.with_suffix(".retired"))
    rotated = create_app(settings)
    rotated.test_client_class = app.test_client_class
    from ..support import AgencyClient

    http = rotated.test_client()
    again = AgencyClient(http, auditor.token, auditor.agency, auditor.client_id)
    traffic(again, 2)
    new_note = again.get("/api/v1/audit-events/checkpoint").text
    keys = again.get("/api/v1/audit-events/keys").json["items"]
    assert {k["key_id"] for k in keys} == {old_key["key_id"], keys[-1]["key_id"]} and len(keys) == 2
    assert [k["current"] for k in keys] == [False, True]
    assert note_parts(new_note)[4][0] != note_parts(old_note)[4][0]
    with rotated.app_context(), database().engine.begin() as conn:
        found = check_held(conn, rotated.extensions["referral_notary"], old_note + new_note)
    assert found.ok and found.checkpoints == 2
    with rotated.app_context():
        database().dispose()


def test_archives_carry_a_checkpoint_and_the_proof_to_it(app, as_agency, settings, monkeypatch, tmp_path):
    from datetime import datetime, timedelta, timezone

    from referral_service.audit import archive as archive_module

    traffic(as_agency(EMERGENCY), 6)
    notary = app.extensions["referral_notary"]
    future = datetime.now(timezone.utc) + timedelta(days=1)
    monkeypatch.setattr(archive_module, "utcnow", lambda: future + timedelta(days=200))
    path = tmp_path / "audit.ndjson.gz"
    with app.app_context():
        result = archive_module.archive(database().engine, future, path, 180, notary)
    assert result["archived"] >= 6
    trailer = list(archive_module.read_archive(path))[-1]
    assert trailer["checkpoint"] and trailer["consistency_proof"] is not None
    assert archive_module.verify_archive(path, notary).ok
    with app.app_context(), database().engine.begin() as conn:
        assert check_held(conn, notary, trailer["checkpoint"]).ok  # the archived prefix still matches


def test_leaves_of_unusual_content_are_the_same_however_computed(app, as_agency, settings, db):
    """The database may compute leaves for verify (PostgreSQL); they must equal the sealer's, byte for byte."""
    auditor = as_agency(OVERSIGHT)
    odd = {"occurred_at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc), "request_id": "odd-0001",
           "client_id": None, "agency_code": None, "scopes": "", "method": "GET",
           "path": '/api/v1/records?q=火灾"引号"\\反斜杠\t\u2028\x01😀', "action": "records.search", "status": 404,
           "outcome": "not_found", "client_address": None, "user_agent": "ua/1 (\u00e9\u00e8)\x7f",
           "resource_ids": ["甲", 'a"b', "c\\d"]}
    db.execute(AuditEvent.__table__.insert().values(**odd, content_hash=chain.content_hash(odd)))
    db.commit()
    note = auditor.get("/api/v1/audit-events/checkpoint").text
    h = H(settings)
    entry = [e for e in all_entries(auditor) if e["request_id"] == "odd-0001"][0]
    assert b(entry["leaf_hash"]) == leaf_of(h, entry)
    with app.app_context(), database().engine.begin() as conn:
        assert check_held(conn, app.extensions["referral_notary"], note).ok
