"""Absolute URLs of this service: from the configured public base URL or a trusted proxy, never the Host header."""
from __future__ import annotations

from flask import current_app, request

from config import DEFAULT_PUBLIC_URL, Settings


def configured_base(settings: Settings) -> str:
    """The public base URL as configured (REFERRAL_PUBLIC_URL), without a trailing slash."""
    return (settings.public_url or DEFAULT_PUBLIC_URL).rstrip("/")


def public_base() -> str:
    """The base of every absolute URL this request's response names.

    Behind a trusted proxy (REFERRAL_TRUSTED_PROXIES), werkzeug's ProxyFix has already put the
    proxy's X-Forwarded-Proto/Host/Port into the request; otherwise only configuration counts.
    """
    settings = current_app.config["SETTINGS"]
    if settings.trusted_proxies:
        return request.host_url.rstrip("/")
    return configured_base(settings)


def issuer() -> str:
    """The OAuth issuer: REFERRAL_ISSUER when set, else the public base URL."""
    settings = current_app.config["SETTINGS"]
    return settings.issuer.rstrip("/") or public_base()


def absolute(path: str) -> str:
    """An absolute URL for a path of this service."""
    return public_base() + path
