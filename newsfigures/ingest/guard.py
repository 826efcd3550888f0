"""What a link must be before anything is fetched from it: http(s), and a host that resolves to public addresses.

The fetcher resolves the host here, checks every address, and connects only to checked ones (each in turn, until
one answers), so a name that resolves to a private address later (DNS rebinding) is never asked. `NEWSFIGURES_ALLOW_PRIVATE_FETCH=1` lifts the address
check (tests serve pages from 127.0.0.1); it never lifts the scheme check.
"""
from __future__ import annotations

import ipaddress
import os
import re
import socket
from collections.abc import Callable
from urllib.parse import SplitResult, urlsplit

from newsfigures.ingest.items import ItemError

ALLOW_PRIVATE_ENV = "NEWSFIGURES_ALLOW_PRIVATE_FETCH"
SCHEMES = ("http", "https")
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]
# Cloud metadata services answer on these (AWS, GCP, Azure; AWS's IPv6 one); named so the refusal says so.
METADATA_ADDRESSES = frozenset({ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")})
_URL_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def looks_like_url(text: str) -> bool:
    """Whether a command-line argument or a pasted line is meant as a link ("scheme://…"), not a path."""
    return bool(_URL_LIKE.match(text.strip()))


def private_allowed() -> bool:
    """Whether the environment allows fetching from private addresses (NEWSFIGURES_ALLOW_PRIVATE_FETCH=1)."""
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip() == "1"


def checked_url(url: str) -> SplitResult:
    """The link split into parts; ItemError `bad_url` or `bad_scheme` when it is not an http(s) link to a host."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as e:
        raise ItemError("bad_url", f"{url}: not a readable link ({e})") from e
    if parts.scheme.lower() not in SCHEMES:
        shown = parts.scheme or "no scheme"
        raise ItemError("bad_scheme", f"{url}: only http and https links are fetched, not {shown}")
    if not parts.hostname:
        raise ItemError("bad_url", f"{url}: the link names no host")
    if port == 0:
        raise ItemError("bad_url", f"{url}: port 0 is not a real port")
    return parts


def address_refusal(ip: IPAddress) -> str:
    """Why an address is not public ("" when it is): loopback, private, link-local, cloud metadata, …"""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return address_refusal(ip.ipv4_mapped)
    kinds = (("a cloud metadata address", ip in METADATA_ADDRESSES), ("a loopback address", ip.is_loopback),
             ("a link-local address", ip.is_link_local), ("a multicast address", ip.is_multicast),
             ("an unspecified address", ip.is_unspecified), ("a reserved address", ip.is_reserved),
             ("a private address", ip.is_private), ("not a public address", not ip.is_global))
    return next((name for name, hit in kinds if hit), "")


def resolve_host(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (a literal address is itself); ItemError `dns` when it does not resolve."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as e:
        raise ItemError("dns", f"{host}: the name does not resolve ({e})") from e
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def public_addresses(url: str, parts: SplitResult, resolve: Resolver, allow_private: bool,
                     refusal: Callable[[IPAddress], str] = address_refusal) -> list[IPAddress]:
    """Every address the host of `parts` resolves to, in the resolver's order, to be tried in turn; each one
    checked (unless private addresses are allowed): ItemError `private_address` naming the first refused one."""
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in resolve(parts.hostname or "", port)]
    if not addresses:
        raise ItemError("dns", f"{url}: {parts.hostname} resolves to no address")
    if not allow_private:
        for ip in addresses:
            why = refusal(ip)
            if why:
                raise ItemError("private_address", f"{url}: {parts.hostname} resolves to {ip}, {why}; only public "
                                f"addresses are fetched (set {ALLOW_PRIVATE_ENV}=1 to allow private ones)")
    return addresses
