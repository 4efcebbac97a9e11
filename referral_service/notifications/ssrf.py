"""Where a webhook may point: public addresses over https, others only when the operator allows them.

The host is resolved once and every address it resolves to is checked; the delivery then
connects to the checked address itself, so a name that resolves differently a moment later
(DNS rebinding) cannot steer it elsewhere.
"""
from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Cloud metadata services some providers put at globally routable addresses.
METADATA = {ipaddress.ip_address(a) for a in (
    "169.254.169.254", "100.100.100.200", "168.63.129.16", "fd00:ec2::254", "169.254.170.2")}


class Refused(ValueError):
    """The URL may not be used as a webhook endpoint; the message says why."""


@dataclass(frozen=True)
class Allowlist:
    """The operator's exceptions: host names, and addresses or networks (CIDR)."""

    hosts: frozenset[str]
    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]

    @classmethod
    def parse(cls, text: str) -> "Allowlist":
        """From REFERRAL_WEBHOOK_ALLOWLIST: comma-separated host names, IPs or CIDRs."""
        hosts, networks = set(), []
        for item in (part.strip() for part in (text or "").split(",")):
            if not item:
                continue
            try:
                networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                hosts.add(item.lower().rstrip("."))
        return cls(frozenset(hosts), tuple(networks))

    def allows_host(self, host: str) -> bool:
        """Whether the host name is listed (case and a trailing dot aside)."""
        return host.lower().rstrip(".") in self.hosts

    def allows_address(self, address: IPAddress) -> bool:
        """Whether the address lies in a listed network."""
        return any(address in network for network in self.networks if network.version == address.version)


@dataclass(frozen=True)
class Target:
    """A checked endpoint: connect to `address`, speak to `host` (Host header, TLS name)."""

    scheme: str
    host: str
    port: int
    address: str
    path: str


def is_public(address: IPAddress) -> bool:
    """Globally routable, not multicast and not a metadata service."""
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:
        return is_public(mapped)
    return address.is_global and not address.is_multicast and address not in METADATA


def _resolve(host: str, port: int) -> list[IPAddress]:
    """Every address the host resolves to now (an address literal resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError) as exc:
        raise Refused(f"The host {host} does not resolve ({exc}).") from None
    return list(dict.fromkeys(ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos))


def split_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path with query) of an absolute http(s) URL without credentials."""
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 - a malformed IPv6 literal fails here
    except ValueError:
        raise Refused("The URL is malformed.") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise Refused("The URL must be absolute, https:// (http:// only to hosts the operator allows).")
    if parts.username or parts.password:
        raise Refused("The URL may not carry credentials; authenticate the request by its signature.")
    if parts.fragment:
        raise Refused("The URL may not have a fragment.")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.scheme, parts.hostname, _port(parts), path


def _port(parts) -> int:
    """The URL's port, or its scheme's."""
    try:
        return parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise Refused("The URL's port is not a number between 0 and 65535.") from None


def check(url: str, allowlist: Allowlist) -> Target:
    """The endpoint to connect to, or Refused: at registration and again before every delivery."""
    scheme, host, port, path = split_url(url)
    host_allowed = allowlist.allows_host(host)
    addresses = _resolve(host, port)
    if not addresses or not all(host_allowed or allowlist.allows_address(a) or is_public(a) for a in addresses):
        raise Refused(f"The host {host} resolves to an address that webhooks may not reach "
                      f"(private, loopback, link-local, multicast, reserved or a metadata service).")
    if scheme == "http" and not (host_allowed or all(allowlist.allows_address(a) for a in addresses)):
        raise Refused("Use https://; http:// is allowed only to hosts the operator allows.")
    return Target(scheme, host, port, str(addresses[0]), path)
