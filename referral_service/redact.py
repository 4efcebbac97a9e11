"""Strip credentials from anything that is logged: query strings, URLs and free log text."""
from __future__ import annotations

import base64
import functools
import json
import logging
import math
import re
from collections import Counter
from urllib.parse import unquote_plus

REDACTED = "[REDACTED]"

# Parameter names that carry a credential, compared in lower case with '-' read as '_'.
CREDENTIAL_NAMES = frozenset({
    "access_token", "refresh_token", "id_token", "token", "client_secret", "secret", "password",
    "passwd", "pwd", "assertion", "client_assertion", "code", "api_key", "apikey", "key",
    "authorization", "auth", "bearer", "signature", "sig", "session", "sessionid", "jwt",
    "private_key", "credential", "credentials",
})
# Any name containing one of these is taken for a credential too (x_api_token, db_password, ...).
CREDENTIAL_PARTS = ("token", "secret", "passw", "api_key", "apikey", "assertion", "credential")

_JWT = re.compile(r"^[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}$")
_BEARER = re.compile(r"(?i)^(bearer|basic)\s+\S+")
_SHORTEST_TOKENISH = 20  # a JWT-like triple is longer still (26 at least)
_TOKENISH = re.compile(rf"^[A-Za-z0-9+/=_.~-]{{{_SHORTEST_TOKENISH},}}$")
# In free text: Bearer/Basic credentials, JWT-like triples, and name=value pairs of credentials.
_TEXT_AUTH = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9+/=_.~-]{8,}")
_TEXT_JWT = re.compile(r"[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")
_TEXT_PAIR = re.compile(r"([A-Za-z0-9_.-]+)(=|%3D|%3d|\":\s*\"|':\s*')([^&\s\"',;]*)")
_TEXT_LONG = re.compile(r"(?<![A-Za-z0-9+/=_~-])[A-Za-z0-9+/=_~-]{32,}(?![A-Za-z0-9+/=_~-])")
# Values of the service's own identifiers, which look random but are not secrets.
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_HEX_DIGEST = re.compile(r"^([0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$")
# Parameters whose values are the service's own opaque, non-secret strings (pagination cursors).
_OPAQUE_NAMES = frozenset({"cursor"})


def is_credential_name(name: str) -> bool:
    """Whether a parameter of this name carries a credential."""
    key = name.strip().lower().replace("-", "_")
    return key in CREDENTIAL_NAMES or any(part in key for part in CREDENTIAL_PARTS)


def _entropy_bits_per_char(value: str) -> float:
    """Shannon entropy of the value's characters: random tokens score high, words and ids low."""
    counts = Counter(value)
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


def looks_like_credential(value: str) -> bool:
    """Whether a value has the shape of a token or secret: bearer/basic, JWT-like, long and random."""
    value = value.strip()
    if len(value) < _SHORTEST_TOKENISH:  # too short for a JWT or a random token (most path segments)
        return bool(_BEARER.match(value))
    if _BEARER.match(value) or _JWT.match(value):
        return True
    if _UUID.match(value) or _HEX_DIGEST.match(value) or not _TOKENISH.match(value):
        return False
    classes = sum(bool(re.search(p, value)) for p in ("[a-z]", "[A-Z]", "[0-9]"))
    return classes >= 2 and _entropy_bits_per_char(value) >= 3.5


def query_string(raw: str) -> str:
    """The query string with every credential's value replaced; other parameters kept as sent."""
    if not raw:
        return raw
    kept = []
    for part in raw.split("&"):
        name, sep, value = part.partition("=")
        decoded_name = unquote_plus(name)
        if decoded_name in _OPAQUE_NAMES and _is_cursor(unquote_plus(value)):
            kept.append(part)
        elif is_credential_name(decoded_name) or looks_like_credential(unquote_plus(value or name)):
            kept.append(f"{name}={REDACTED}" if sep or not looks_like_credential(decoded_name)
                        else REDACTED)
        else:
            kept.append(part)
    return "&".join(kept)


def _is_cursor(value: str) -> bool:
    """Whether a value is one of the service's cursors: base64 of a JSON list, nothing else."""
    try:
        decoded = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
    except (ValueError, TypeError):
        return False
    return isinstance(decoded, list)


@functools.lru_cache(maxsize=256)
def path(raw: str) -> str:
    """A path with any segment shaped like a credential replaced (a token pasted into a URL).

    Remembered for the last paths seen: a request's path is redacted for its log line and again
    for its access-log entry, and clients read the same paths again.
    """
    return "/".join(REDACTED if looks_like_credential(_decoded(seg)) else seg for seg in raw.split("/"))


def _decoded(segment: str) -> str:
    """A path segment percent- and plus-decoded (most have nothing to decode)."""
    return unquote_plus(segment) if "%" in segment or "+" in segment else segment


def url(raw: str) -> str:
    """A path or URL with its query string stripped of credentials (and no user:password@)."""
    raw = re.sub(r"(?i)^([a-z][a-z0-9+.-]*://)[^/@]*@", rf"\1{REDACTED}@", raw)
    base, sep, query = raw.partition("?")
    return path(base) + sep + query_string(query) if sep else path(base)


def text(raw: str) -> str:
    """Free text (a log line) with anything shaped like a credential replaced."""
    out = _TEXT_AUTH.sub(lambda m: f"{m.group(1)} {REDACTED}", raw)
    out = _TEXT_PAIR.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}"
                         if is_credential_name(m.group(1)) else m.group(0), out)
    out = _TEXT_JWT.sub(REDACTED, out)
    return _TEXT_LONG.sub(lambda m: REDACTED if looks_like_credential(m.group(0)) else m.group(0), out)




class LogFilter(logging.Filter):
    """A logging filter that rewrites each record's message with credentials stripped."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the formatted message by its redacted text; never drops a record."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        cleaned = text(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def install_log_filter(logger: logging.Logger | None = None) -> None:
    """Put LogFilter on every handler of `logger` (default: the root logger), once each."""
    for handler in (logger or logging.getLogger()).handlers:
        if not any(isinstance(f, LogFilter) for f in handler.filters):
            handler.addFilter(LogFilter())
