"""Fetching articles by link from a local server of saved news pages: the text, the metadata and every refusal."""
from __future__ import annotations

import time

import pytest

from newsfigures.ingest import Corpus, fetch, guard
from newsfigures.ingest.items import ItemError
from newsfigures.numbers import parse_numbers

from pageserver import BOILERPLATE, TITLE, seed_paragraphs

ARTICLE = "/news/nk-troops.html"


@pytest.fixture
def allow_private(monkeypatch):
    monkeypatch.setenv(guard.ALLOW_PRIVATE_ENV, "1")


def load(urls, settings=None):
    c = Corpus()
    c.add_urls(urls, settings)
    return c.finish()


def test_fetch_saved_page_gives_the_story_without_boilerplate(page_server, allow_private):
    articles, ledger = load([page_server + ARTICLE])
    assert [e.status for e in ledger] == ["ingested"]
    (a,) = articles
    for paragraph in seed_paragraphs():
        assert paragraph in a.text
    for junk in BOILERPLATE:
        assert junk not in a.text
    values = {m.value for m in parse_numbers(a.text)}
    assert {2000, 600, 6000, 1000, 13000} <= values
    assert (a.title, a.outlet, a.published[:10]) == (TITLE, "PAP", "2025-09-02")
    assert a.url == a.source_file == page_server + ARTICLE
    assert a.id == "127.0.0.1-news-nk-troops.html"
    assert dict(a.provenance)["outlet"] == "record"


def test_fetch_outlet_falls_back_to_the_domain(page_server, allow_private):
    (a,), _ = load([page_server + "/news/no-site-name.html"])
    assert a.outlet == "127.0.0.1" and a.origin("outlet") == "inferred"


def test_fetch_reads_the_declared_charset(page_server, allow_private):
    (a,), _ = load([page_server + "/news/latin1.html"])
    assert "South Korea’s spy agency" in a.text


def test_fetch_follows_redirects_and_records_the_address_read(page_server, allow_private):
    (a,), ledger = load([page_server + "/moved"])
    assert a.source_file == page_server + "/moved" and a.url == page_server + ARTICLE
    assert ledger[0].status == "ingested"


def test_fetch_connects_to_the_address_it_checked(page_server):
    port = page_server.rsplit(":", 1)[1]
    asked = []

    def resolve(host, p):
        asked.append(host)
        return ["127.0.0.1"]  # "news.test" exists nowhere else: the fetch can only reach the checked address
    local_is_public = fetch.FetchSettings(allow_private=False, resolve=resolve,
                                          refusal=lambda ip: "" if str(ip) == "127.0.0.1" else guard.address_refusal(ip))
    page = fetch.fetch_page(f"http://news.test:{port}{ARTICLE}", local_is_public)
    assert asked == ["news.test"] and b"13,000" in page.body


def _local_is_public(ip):
    return "" if str(ip) in ("127.0.0.1", "::1", "100::1") else guard.address_refusal(ip)


def test_fetch_tries_every_resolved_address_in_turn(page_server):
    port = page_server.rsplit(":", 1)[1]
    # 100::1 (the IPv6 discard prefix) never answers, ::1 refuses the port: an unreachable IPv6 first, then IPv4.
    settings = fetch.FetchSettings(timeout=6, allow_private=False, refusal=_local_is_public,
                                   resolve=lambda host, p: ["100::1", "::1", "127.0.0.1"])
    page = fetch.fetch_page(f"http://news.test:{port}{ARTICLE}", settings)  # the silent one spent only its third
    assert b"13,000" in page.body


def test_fetch_names_every_address_when_none_connects(page_server):
    port = page_server.rsplit(":", 1)[1]
    settings = fetch.FetchSettings(timeout=5, allow_private=False, refusal=_local_is_public,
                                   resolve=lambda host, p: ["::1"])
    with pytest.raises(ItemError) as e:
        fetch.fetch_page(f"http://news.test:{port}{ARTICLE}", settings)
    assert e.value.reason == "fetch_failed"
    assert "could not connect to news.test at any of its addresses: ::1 (ConnectError" in e.value.message


def test_fetch_without_the_setting_refuses_127_0_0_1(page_server, monkeypatch):
    monkeypatch.delenv(guard.ALLOW_PRIVATE_ENV, raising=False)
    articles, ledger = load([page_server + ARTICLE])
    assert not articles
    assert (ledger[0].status, ledger[0].reason) == ("rejected", "private_address")
    assert "127.0.0.1" in ledger[0].message and "loopback" in ledger[0].message


def test_fetch_rechecks_the_address_after_a_redirect(page_server):
    local_is_public = fetch.FetchSettings(allow_private=False,
                                          refusal=lambda ip: "" if str(ip) == "127.0.0.1" else guard.address_refusal(ip))
    with pytest.raises(ItemError) as e:
        fetch.fetch_page(page_server + "/to-metadata", local_is_public)
    assert e.value.reason == "private_address" and "cloud metadata" in e.value.message


@pytest.mark.parametrize("path,settings,reason,words", [
    ("/to-file", {}, "bad_scheme", "not file"),
    ("/loop", {}, "too_many_redirects", "more than 5 redirects"),
    ("/report.pdf", {}, "not_html", "application/pdf is not a web page"),
    ("/big-declared.html", {}, "too_large", "5,242,880-byte limit"),
    ("/endless.html", {}, "too_large", "stopped reading at 5,242,880 bytes"),
    ("/slow.html", {"timeout": 0.5}, "timeout", "within 0.5 s"),
    ("/missing", {}, "http_error", "404"),
])
def test_fetch_refusals_have_a_reason_and_a_message(page_server, allow_private, path, settings, reason, words):
    url = page_server + path
    started = time.monotonic()
    articles, ledger = load([url], fetch.FetchSettings(**settings))
    assert not articles and len(ledger) == 1
    assert (ledger[0].item, ledger[0].status, ledger[0].reason) == (url, "rejected", reason)
    assert words in ledger[0].message
    assert time.monotonic() - started < 10


def test_fetch_page_ends_within_its_timeout_however_slow_the_server(page_server, allow_private):
    started = time.monotonic()
    with pytest.raises(ItemError) as e:
        fetch.fetch_page(page_server + "/slow.html", fetch.FetchSettings(timeout=0.3))
    assert e.value.reason == "timeout" and time.monotonic() - started < 1.5


def test_fetch_one_bad_link_never_stops_the_others(page_server, allow_private):
    urls = ["ftp://example.com/x", page_server + "/report.pdf", page_server + ARTICLE, "not a link",
            page_server + "/news/no-site-name.html"]
    articles, ledger = load(urls)
    assert [e.item for e in ledger] == urls
    assert [e.status for e in ledger] == ["rejected", "rejected", "ingested", "rejected", "duplicate"]
    assert [e.reason for e in ledger] == ["bad_scheme", "not_html", "", "bad_scheme", "exact_duplicate"]
    assert len(articles) == 1


def test_fetch_over_the_link_limit_each_extra_link_is_rejected_unfetched():
    urls = [f"gopher://example.com/{n}" for n in range(53)]
    _, ledger = load(urls)
    assert len(ledger) == 53
    assert {e.reason for e in ledger[:50]} == {"bad_scheme"}
    assert {e.reason for e in ledger[50:]} == {"too_many_links"}
    assert "over 50 links" in ledger[52].message


@pytest.mark.parametrize("url,expected", [
    ("https://www.pap.pl/en/news/nk-troops", "pap.pl-en-news-nk-troops"),
    ("https://example.com/", "example.com"), ("https://example.com", "example.com"),
    ("https://x.org/a b/ü?q=1", "x.org-a-b"),
])
def test_fetch_link_id_is_a_safe_file_name(url, expected):
    assert fetch.link_id(url) == expected


def test_fetch_fetched_link_tells_fetched_articles(page_server, allow_private):
    (a,), _ = load([page_server + ARTICLE])
    assert fetch.fetched_link(a) == page_server + ARTICLE
    c = Corpus()
    c.add_text("About 300 homes were destroyed.")
    assert fetch.fetched_link(c.articles[0]) == ""


@pytest.mark.parametrize("url,ip,target,host", [
    ("https://news.example/a?b=1#top", "93.184.216.34", "https://93.184.216.34/a?b=1", "news.example"),
    ("http://news.example:8080", "2606:4700::1111", "http://[2606:4700::1111]:8080/", "news.example:8080"),
])
def test_fetch_pinned_request_goes_to_the_checked_address_under_the_hosts_name(url, ip, target, host):
    import ipaddress

    import httpx
    with httpx.Client() as client:
        request = fetch.pinned_request(client, url, guard.checked_url(url), ipaddress.ip_address(ip), 5.0)
    assert str(request.url) == target and request.headers["host"] == host
    # https: TLS is told the host's name (SNI), so the certificate is checked against it, not against the address
    assert request.extensions.get("sni_hostname") == ("news.example" if url.startswith("https") else None)
