"""Pure parts of notifications: where webhooks may point, the backoff, the due_soon window, emit's checks."""
from __future__ import annotations

import ipaddress
import random
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from config import Settings
from referral_service.notifications import emit
from referral_service.notifications.ssrf import Allowlist, Refused, check, is_public
from referral_service.notifications.worker import backoff_seconds, notice_window_opens


@pytest.mark.parametrize("address, public", [
    ("93.184.215.14", True), ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", True),
    ("127.0.0.1", False), ("10.0.0.1", False), ("172.16.5.4", False), ("192.168.1.1", False),
    ("100.64.0.1", False), ("169.254.169.254", False), ("100.100.100.200", False), ("168.63.129.16", False),
    ("0.0.0.0", False), ("224.0.0.251", False), ("255.255.255.255", False), ("240.0.0.1", False),
    ("::1", False), ("fe80::1", False), ("fc00::1", False), ("::ffff:10.0.0.1", False), ("ff02::1", False),
])
def test_only_public_addresses_are_reachable(address, public):
    assert is_public(ipaddress.ip_address(address)) is public


def test_allowlist_names_hosts_and_networks():
    allow = Allowlist.parse(" 127.0.0.1, 10.8.0.0/16 ,Hooks.Internal ,")
    assert check("http://127.0.0.1:9000/x?y=1", allow).path == "/x?y=1"
    assert check("http://10.8.3.4/", allow).address == "10.8.3.4"
    with pytest.raises(Refused):
        check("http://10.9.0.1/", allow)
    with pytest.raises(Refused):
        check("https://93.184.215.14:99999/", allow)
    assert allow.allows_host("hooks.internal.") and not allow.allows_host("other.internal")


def test_backoff_doubles_to_its_cap_with_bounded_jitter():
    settings = replace(Settings(), webhook_retry_base_ms=1000, webhook_retry_max_ms=8000)
    rng = random.Random(14)
    for attempts, capped in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        delays = [backoff_seconds(attempts, settings, rng) for _ in range(50)]
        assert all(capped / 2 <= d <= capped for d in delays) and len(set(delays)) > 1


@pytest.mark.parametrize("due_day, opens", [
    (date(2026, 6, 10), date(2026, 6, 8)),   # Wednesday: from Monday
    (date(2026, 6, 15), date(2026, 6, 11)),  # Monday: from the Thursday before
    (date(2026, 10, 9), date(2026, 9, 30)),  # Friday after the National Day holiday (1-7 Oct): 8 Oct, then 30 Sep
])
def test_due_soon_opens_two_working_days_before_the_deadline_day(due_day, opens):
    due_at = datetime(due_day.year, due_day.month, due_day.day, 15, 59, 59, tzinfo=timezone.utc)  # 23:59:59 CST
    assert notice_window_opens(due_at, 2) == opens


def test_emit_refuses_unknown_types_and_skips_an_empty_audience():
    with pytest.raises(ValueError):
        emit(None, "referral.exploded", "referral", "x", [1], datetime.now(timezone.utc))
    assert emit(None, "referral.submitted", "referral", "x", [], datetime.now(timezone.utc)) is None
