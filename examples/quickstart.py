"""The integrator's first hour, end to end, with requests (the same walk as quickstart.sh).

The emergency management bureau (HD-YJJ) shares a penalty record and refers the fatal explosion
behind it to public security (HD-GAJ) with its transfer letter; public security signs the receipt
and accepts, each step sending the ETag it last read; the bureau reads the history; the
procuratorate (HD-JCY) finds the record by searching; the oversight office (HD-ZFJD) reads who
saw the referral.

    make run &                          # or: .venv/bin/referral-service demo
    .venv/bin/python examples/quickstart.py [--base http://127.0.0.1:8080]
                                        [--credentials instance/demo-credentials.json]

Every response's status is checked; the first unexpected one stops the walk with its problem.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import requests

HERE = Path(__file__).resolve().parent


def expect(response: requests.Response, status: int) -> requests.Response:
    """Stop with the problem document unless the response has the expected status."""
    if response.status_code != status:
        sys.exit(f"{response.request.method} {response.url}: expected {status}, "
                 f"got {response.status_code}\n{response.text}")
    return response


def session_for(base: str, credentials: dict, agency: str) -> requests.Session:
    """A session carrying a bearer token of the agency's demo client (client_credentials)."""
    entry = credentials[agency]
    token = expect(requests.post(f"{base}/oauth/token", data={"grant_type": "client_credentials"},
                                 auth=(entry["client_id"], entry["client_secret"]), timeout=10), 200)
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
    return session


def main() -> None:
    """Walk submit → receive → accept → events → record search → the access log."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=os.environ.get("BASE", "http://127.0.0.1:8080"))
    parser.add_argument("--credentials", type=Path, default=Path(os.environ.get(
        "CREDENTIALS", HERE.parent / "instance" / "demo-credentials.json")))
    parser.add_argument("--pdf", type=Path, default=HERE / "sample.pdf")
    args = parser.parse_args()
    base = args.base.rstrip("/")
    if not args.credentials.exists():
        sys.exit(f"no credentials at {args.credentials}: run 'make run' first")
    credentials = json.loads(args.credentials.read_text(encoding="utf-8"))
    run = f"{time.strftime('%Y%m%d%H%M%S')}-{os.getpid()}"  # this run's keys and case number
    case_number = f"津河应急罚〔2026〕QS-{run}号"

    bureau = session_for(base, credentials, "HD-YJJ")    # 河东区应急管理局: submits
    police = session_for(base, credentials, "HD-GAJ")    # 公安局河东分局: receives and decides
    jcy = session_for(base, credentials, "HD-JCY")       # 河东区人民检察院: reads every record
    auditor = session_for(base, credentials, "HD-ZFJD")  # 行政执法监督办公室: reads the access log

    # 1. The bureau shares its penalty record, then refers the case (线索移送).
    record = expect(bureau.post(f"{base}/api/v1/records", timeout=10, json={
        "kind": "penalty_decision", "case_number": case_number,
        "subject": {"name": "天津市某化工有限公司", "credit_code": "91120102MA05K3XQ1X"},
        "facts": "仓库违规存放危险化学品，消防通道被堵塞，发生爆炸致1人死亡、3人重伤。",
        "legal_basis": "《中华人民共和国安全生产法》第一百零二条",
        "penalty": {"type": "fine", "amount_yuan": "200000.00"},
        "decided_at": "2026-03-20T10:00:00+08:00", "deaths": 1, "serious_injuries": 3}), 201).json()

    referral = expect(bureau.post(f"{base}/api/v1/referrals", timeout=10,
                                  headers={"Idempotency-Key": f"quickstart-{run}"}, json={
        "category": "criminal", "recipient_agency": "HD-GAJ",
        "title": "某化工公司仓库爆炸事故涉嫌重大责任事故罪",
        "summary": "2026年3月15日仓库爆炸，造成1人死亡、3人重伤。",
        "suspected_offence": "134(1)",
        "incident": {"occurred_at": "2026-03-15T09:30:00+08:00", "deaths": 1, "serious_injuries": 3},
        "related_case_number": case_number,
        "contact": {"name": "李四", "phone": "022-24123456"}}), 201).json()
    referral_id = referral["id"]
    print(f"submitted {referral['reference']} ({referral_id}), status {referral['status']}")

    with args.pdf.open("rb") as pdf:
        attachment = expect(bureau.post(
            f"{base}/api/v1/referrals/{referral_id}/attachments", timeout=30,
            files={"file": ("sample.pdf", pdf, "application/pdf")},
            data={"document_type": "transfer_letter"}), 201).json()
    print(f"attached the transfer letter, sha256 {attachment['sha256']}")

    # 2. Public security reads it, signs the receipt (回执) and accepts (立案), sending the ETag it read.
    etag = expect(police.get(f"{base}/api/v1/referrals/{referral_id}", timeout=10), 200).headers["ETag"]
    for action in ("receive", "accept"):
        moved = expect(police.post(f"{base}/api/v1/referrals/{referral_id}/actions", timeout=10,
                                   headers={"If-Match": etag}, json={"action": action}), 200)
        etag = moved.headers["ETag"]
    print(f"public security: {moved.json()['status']}")

    # 3. The bureau reads what became of its referral.
    events = expect(bureau.get(f"{base}/api/v1/referrals/{referral_id}/events", timeout=10), 200).json()
    print("history: " + " → ".join(event["to_status"] for event in events["items"]))

    # 4. The procuratorate searches the shared records.
    found = expect(jcy.get(f"{base}/api/v1/records", params={"q": "消防通道", "limit": 200}, timeout=10),
                   200).json()
    if record["id"] not in {item["id"] for item in found["items"]}:
        sys.exit(f"record {record['id']} not found by the search")
    print(f"the procuratorate found record {record['id']} by searching 消防通道")

    # 5. The oversight office asks who has seen or changed the referral.
    log = expect(auditor.get(f"{base}/api/v1/audit-events", params={"resource_id": referral_id},
                             timeout=10), 200).json()
    for entry in log["items"]:
        print(f"access log: {entry['occurred_at']} {entry['agency_code']} {entry['action']} {entry['status']}")


if __name__ == "__main__":
    main()
