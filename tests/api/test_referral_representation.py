"""Every referral the API writes (submit, read, list, action) is ReferralOut's dump of the same referral and view.

tests/unit/test_referral_representation.py compares representation.referral_json with marshmallow
over synthetic referrals; here the referrals are the service's own, as each database returns them
(enum members, aware times, Decimals, JSON columns) and as a submit builds them.
"""
from __future__ import annotations

import orjson
from marshmallow.experimental.context import Context

from referral_service.referrals import routes
from referral_service.referrals.schemas import ReferralOut

from ..support import EMERGENCY, POLICE, PROCURATORATE
from .record_support import record
from .referral_support import act, body, create


def test_each_referral_written_is_referral_outs_dump(as_agency, monkeypatch):
    compared = []
    written_by = routes.referral_json

    def both(referral, view):
        written = written_by(referral, view)
        with Context(view):
            expected = ReferralOut().dump(referral)
        assert list(written) == list(expected)
        assert orjson.dumps(written) == orjson.dumps(expected)
        compared.append(referral["id"])
        return written

    monkeypatch.setattr(routes, "referral_json", both)
    source, police, procuratorate = as_agency(EMERGENCY), as_agency(POLICE), as_agency(PROCURATORATE)
    case = "津河应急罚〔2026〕12号"
    assert source.post("/api/v1/records", json=record(case)).status_code == 201
    without_incident = body(related_case_number=case, parties=[])
    del without_incident["incident"]
    created = [create(source), create(source, related_case_number=case),
               source.post("/api/v1/referrals", json=without_incident).json,
               create(source, incident={**body()["incident"], "address": None, "direct_loss_yuan": None})]
    assert act(police, created[0]["id"], "receive").status_code == 200
    assert act(police, created[0]["id"], "return", reason="理由：补充材料").status_code == 200
    for caller in (source, police, procuratorate):
        for referral in created:
            assert caller.get(f"/api/v1/referrals/{referral['id']}").status_code == 200
        assert caller.get("/api/v1/referrals").status_code == 200
    assert len(compared) == 4 + 2 + 3 * (4 + 4)
