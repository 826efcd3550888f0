"""The link guards: schemes, addresses that are not public, the setting that allows private ones."""
from __future__ import annotations

import ipaddress

import pytest

from newsfigures.ingest import guard
from newsfigures.ingest.items import ItemError


@pytest.mark.parametrize("url,reason", [
    ("ftp://example.com/a.html", "bad_scheme"), ("file:///etc/passwd", "bad_scheme"),
    ("javascript:alert(1)", "bad_scheme"), ("example.com/news", "bad_scheme"), ("gopher://x", "bad_scheme"),
    ("http:///news", "bad_url"), ("http://example.com:99999/", "bad_url"), ("https://[::1/", "bad_url"),
])
def test_guard_refuses_what_is_not_an_http_link(url, reason):
    with pytest.raises(ItemError) as e:
        guard.checked_url(url)
    assert e.value.reason == reason and url.strip() in e.value.message


@pytest.mark.parametrize("url", ["http://example.com/a", "HTTPS://Example.com:8443/a?b=c#d", "https://[2606:4700::1111]/"])
def test_guard_accepts_http_and_https_links(url):
    assert guard.checked_url(url).hostname


@pytest.mark.parametrize("address,why", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"), ("172.16.0.9", "private"),
    ("192.168.1.1", "private"), ("fc00::5", "private"), ("169.254.169.254", "cloud metadata"),
    ("fd00:ec2::254", "cloud metadata"), ("169.254.10.10", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.251", "multicast"), ("ff02::1", "multicast"), ("0.0.0.0", "unspecified"), ("240.0.0.1", "reserved"),
    ("100.64.0.1", "not a public address"), ("::ffff:127.0.0.1", "loopback"), ("::ffff:169.254.169.254", "cloud metadata"),
])
def test_guard_address_refusal_names_each_range(address, why):
    assert why in guard.address_refusal(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"])
def test_guard_address_refusal_passes_public_addresses(address):
    assert guard.address_refusal(ipaddress.ip_address(address)) == ""


def test_guard_public_addresses_checks_every_resolved_address():
    parts = guard.checked_url("http://news.test/a")

    def resolve(host, port):
        assert (host, port) == ("news.test", 80)
        return ["93.184.216.34", "10.0.0.7"]  # one public, one private: refused all the same
    with pytest.raises(ItemError) as e:
        guard.public_addresses("http://news.test/a", parts, resolve, allow_private=False)
    assert e.value.reason == "private_address" and "10.0.0.7" in e.value.message
    assert guard.ALLOW_PRIVATE_ENV in e.value.message
    allowed = guard.public_addresses("http://news.test/a", parts, resolve, allow_private=True)
    assert list(map(str, allowed)) == ["93.184.216.34", "10.0.0.7"]  # all kept, in order, to be tried in turn


def test_guard_private_allowed_only_by_the_setting_one(monkeypatch):
    monkeypatch.delenv(guard.ALLOW_PRIVATE_ENV, raising=False)
    assert not guard.private_allowed()
    for value, allowed in (("0", False), ("yes", False), ("1", True)):
        monkeypatch.setenv(guard.ALLOW_PRIVATE_ENV, value)
        assert guard.private_allowed() is allowed


def test_guard_resolve_host_reports_names_that_do_not_resolve():
    assert guard.resolve_host("127.0.0.1", 80) == ["127.0.0.1"]
    with pytest.raises(ItemError) as e:
        guard.resolve_host("no-such-host.invalid", 80)
    assert e.value.reason == "dns"


@pytest.mark.parametrize("text,is_url", [("https://x.org/a", True), ("ftp://x", True), (" http://a.b ", True),
                                         ("data/a.txt", False), ("C:\\news\\a.txt", False), ("news.html", False)])
def test_guard_looks_like_url_tells_links_from_paths(text, is_url):
    assert guard.looks_like_url(text) is is_url
