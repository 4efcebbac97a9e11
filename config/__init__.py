"""Settings per environment; the only place the process environment is read."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PREFIX = "REFERRAL_"
# The public base URL when none is configured; `serve` and `demo` derive one from --host/--port.
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8080"


@dataclass(frozen=True)
class Settings:
    env: str = "development"
    database_url: str = ""
    instance_path: Path = PROJECT_ROOT / "instance"
    openapi_path: Path = PROJECT_ROOT / "openapi.yaml"
    # Every absolute URL in a response (Link, discovery) starts with this, never with the Host header.
    public_url: str = ""
    # The OAuth issuer; empty means the public base URL.
    issuer: str = ""
    # How many proxies in front are trusted for X-Forwarded-For/-Proto/-Host/-Port (werkzeug
    # ProxyFix); 0 trusts none, and then only public_url names this service.
    trusted_proxies: int = 0
    token_lifetime_seconds: int = 300
    max_body_bytes: int = 1024 * 1024
    # POST /api/v1/records/batch carries up to 1,000 records with their facts in Chinese.
    records_batch_max_body_bytes: int = 16 * 1024 * 1024
    attachment_max_bytes: int = 20 * 1024 * 1024
    attachment_storage_path: Path | None = None
    # Evidence per referral: how many files, and how many bytes together.
    attachment_max_count_per_referral: int = 50
    attachment_max_total_bytes_per_referral: int = 200 * 1024 * 1024
    page_default_limit: int = 50
    page_max_limit: int = 200
    audit_retention_days: int = 180
    # The access log's signed checkpoints: "ed25519-sha256" or "sm2-sm3" (GB/T 39786 deployments);
    # the private key is a file outside the database; public keys, old ones too, and every
    # checkpoint handed out are kept in files as well (defaults under instance/).
    audit_crypto: str = "ed25519-sha256"
    audit_log_origin: str = "referral-service/access-log"
    audit_signing_key_path: Path | None = None
    audit_verifier_keys_path: Path | None = None
    audit_checkpoint_sink_path: Path | None = None
    audit_checkpoint_interval_seconds: int = 5
    # Working-day periods for the pending step of a referral (Decree 310 and the supervision rules); local rules differ.
    deadline_working_days: dict[str, int] = field(
        default_factory=lambda: {
            "receipt": 1,
            "decision": 3,
            "reconsideration_request": 3,
            "reconsideration_decision": 3,
            "supervision": 7,
            "filing_after_notification": 15,
            "resubmission": 3,
        }
    )
    # 法释〔2015〕22号 Art. 6: "serious consequences".
    threshold_deaths: int = 1
    threshold_serious_injuries: int = 3
    threshold_direct_loss_yuan: int = 1_000_000
    # Recommendations (检察建议): the recipient may object within this many calendar days of
    # service, and replies within this many calendar months (or urgent days when the harm is
    # spreading); a period ending on a holiday ends on the next working day. `due_soon` flags a
    # reply due within recommendation_due_soon_days.
    recommendation_objection_days: int = 10
    recommendation_reply_months: int = 2
    recommendation_urgent_reply_days: int = 15
    recommendation_due_soon_days: int = 7
    gunicorn_workers: int = 2
    gunicorn_threads: int = 4
    gunicorn_timeout_seconds: int = 30
    log_level: str = "INFO"
    # Failed client authentications within the window: per address, and per client id across
    # all addresses (much higher, so one address cannot lock out the rightful client elsewhere).
    auth_failure_limit: int = 10
    auth_failure_client_limit: int = 100
    auth_failure_window_seconds: int = 300
    # Idempotency records (with the response they replay) are kept this long, then purged.
    idempotency_retention_hours: int = 24
    # Each worker purges expired tokens and old idempotency records at most this often; 0: never
    # (then run `referral-service purge` from cron or a worker).
    purge_interval_minutes: int = 15
    # The operator's bearer token for GET /metrics; empty turns /metrics off (404).
    metrics_token: str = field(default="", repr=False)
    # Webhooks and the worker (referral_service/notifications). The allowlist (comma-separated
    # hosts or CIDRs) lets webhooks reach otherwise refused addresses, over http too.
    webhook_allowlist: str = ""
    # A Fernet key for the signing secrets at rest; empty: a key file under instance_path.
    webhook_secret_key: str = ""
    webhook_timeout_seconds: int = 10
    webhook_lease_seconds: int = 60
    webhook_retry_base_ms: int = 5_000
    webhook_retry_max_ms: int = 3_600_000
    webhook_retry_window_seconds: int = 3 * 86_400
    webhook_disable_after_seconds: int = 5 * 86_400
    webhook_secret_grace_seconds: int = 86_400
    webhook_max_subscriptions: int = 20
    worker_poll_ms: int = 200
    worker_batch: int = 100
    worker_concurrency: int = 8
    worker_schedule_seconds: int = 30
    deadline_notice_working_days: int = 2

    def __post_init__(self) -> None:
        if not self.database_url:
            object.__setattr__(
                self, "database_url", f"sqlite:///{Path(self.instance_path) / 'referral_service.db'}"
            )
        if self.attachment_storage_path is None:
            object.__setattr__(
                self, "attachment_storage_path", Path(self.instance_path) / "attachments"
            )
        for name, default in _AUDIT_FILES.items():
            if getattr(self, name) is None:
                object.__setattr__(self, name, Path(self.instance_path) / default)
        if self.token_lifetime_seconds <= 0:
            raise ValueError("REFERRAL_TOKEN_LIFETIME_SECONDS must be positive")
        if self.audit_retention_days < 180:
            raise ValueError("REFERRAL_AUDIT_RETENTION_DAYS may not be below the legal floor of 180")
        if not 0 < self.page_default_limit <= self.page_max_limit:
            raise ValueError("page limits must satisfy 0 < default <= max")
        if self.webhook_lease_seconds <= self.webhook_timeout_seconds:
            raise ValueError("REFERRAL_WEBHOOK_LEASE_SECONDS must exceed REFERRAL_WEBHOOK_TIMEOUT_SECONDS")


_AUDIT_FILES = {"audit_signing_key_path": "audit-signing.key",
                "audit_verifier_keys_path": "audit-verifier-keys.txt",
                "audit_checkpoint_sink_path": "audit-checkpoints.txt"}


# Per-environment defaults; environment variables override them.
ENVIRONMENTS: dict[str, dict[str, Any]] = {
    "development": {},
    "test": {"token_lifetime_seconds": 300, "log_level": "WARNING", "audit_checkpoint_interval_seconds": 0},
    "production": {"gunicorn_workers": 4},
}


def _coerce(name: str, raw: str, current: Any) -> Any:
    try:
        if isinstance(current, bool):
            return raw.lower() in {"1", "true", "yes", "on"}
        if isinstance(current, int):
            return int(raw)
        if isinstance(current, dict):
            value = json.loads(raw)
            if not isinstance(value, dict):
                raise ValueError("expected a JSON object")
            return {**current, **value}
        if isinstance(current, Path) or name.endswith("_path"):
            return Path(raw)
    except ValueError as exc:
        raise ValueError(f"{PREFIX}{name.upper()}: {exc}") from None
    return raw


def load_settings(environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Build Settings from the environment's REFERRAL_* variables and explicit overrides."""
    environ = os.environ if environ is None else environ
    env = overrides.get("env") or environ.get(f"{PREFIX}ENV", "development")
    if env not in ENVIRONMENTS:
        raise ValueError(f"{PREFIX}ENV must be one of {sorted(ENVIRONMENTS)}, not {env!r}")
    base = Settings(env=env, **ENVIRONMENTS[env])
    values: dict[str, Any] = {}
    for f in fields(Settings):
        key = f"{PREFIX}{f.name.upper()}"
        if key in environ and f.name != "env":
            values[f.name] = _coerce(f.name, environ[key], getattr(base, f.name))
    values.update(overrides)
    instance = Path(values.get("instance_path", base.instance_path))
    if "database_url" not in values:
        values["database_url"] = f"sqlite:///{instance / 'referral_service.db'}"
    if "attachment_storage_path" not in values:
        values["attachment_storage_path"] = instance / "attachments"
    for name, default in _AUDIT_FILES.items():
        values.setdefault(name, instance / default)
    return replace(base, **values)


def prometheus_multiproc_dir(environ: Mapping[str, str] | None = None) -> str | None:
    """The folder prometheus_client shares between worker processes (it reads the variable itself)."""
    environ = os.environ if environ is None else environ
    return environ.get("PROMETHEUS_MULTIPROC_DIR") or None
