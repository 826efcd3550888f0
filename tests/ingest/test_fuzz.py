"""Hypothesis fuzzing of every parser: never an uncaught exception, every item accounted for exactly once."""
from __future__ import annotations

import csv
import io
import json
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfigures.ingest import STATUSES, Corpus, ledger_counts

FUZZ = settings(max_examples=2000, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
words = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2FF, categories=("L", "N", "P", "Zs")), max_size=80)
texty = st.one_of(st.text(max_size=200), words, st.sampled_from(["About 5 people died.", "", " ", "\n", "\ufeff", '"', "\ud800"]))


def ingest(name: str, data: bytes) -> Corpus:
    c = Corpus()
    c.add_bytes(name, data)  # must never raise
    check(c)
    return c


def check(c: Corpus) -> None:
    arts, ledger = c.finish()
    assert ledger, "every submission leaves at least one row"
    n = ledger_counts(ledger)
    assert n["submitted"] == n["ingested"] + n["duplicate"] + n["rejected"]
    assert all(e.status in STATUSES and e.message for e in ledger)
    assert all(e.reason for e in ledger if e.status != "ingested")
    assert n["ingested"] == len(arts) and len({a.id for a in arts}) == len(arts)
    assert {e.article_id for e in ledger if e.status == "ingested"} == {a.id for a in arts}
    assert not any("\ud800" <= ch <= "\udfff" for a in arts for ch in a.text)  # no lone surrogates reach the store


def _bytes_or_text():
    return st.one_of(st.binary(max_size=300), texty.map(lambda s: s.encode("utf-8", "surrogatepass")))


@FUZZ
@given(_bytes_or_text())
def test_fuzz_txt(data):
    assert len(ingest("f.txt", data).ledger) == 1  # one file, one item


@FUZZ
@given(_bytes_or_text(), st.dictionaries(st.sampled_from(["title", "date", "source", "x"]), texty, max_size=3))
def test_fuzz_md(data, meta):
    front = ("---\n" + "\n".join(f"{k}: {json.dumps(v)}" for k, v in meta.items()) + "\n---\n").encode("utf-8", "surrogatepass")
    assert len(ingest("f.md", front + data).ledger) == 1


records = st.lists(st.one_of(
    st.fixed_dictionaries({"text": texty}, optional={"title": texty, "date": texty, "source": st.one_of(texty, st.integers()),
                                                    "id": st.one_of(texty, st.integers())}),
    st.integers(), st.none(), st.lists(st.integers(), max_size=2), texty), max_size=6)


@FUZZ
@given(records, st.booleans())
def test_fuzz_json(recs, wrap):
    obj = {"articles": recs} if wrap else recs
    c = ingest("f.json", json.dumps(obj).encode())
    if recs:
        assert len(c.ledger) == len(recs)


@FUZZ
@given(st.lists(st.one_of(records.map(lambda r: json.dumps(r[0] if r else {})), texty), max_size=8))
def test_fuzz_jsonl(lines):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    c = ingest("f.jsonl", data)
    nonblank = [ln for ln in "\n".join(lines).removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()]
    if c.ledger[0].item != "f.jsonl" and "\ud800" not in "".join(lines):  # decoded as UTF-8, not rejected as a whole
        assert len(c.ledger) == len(nonblank)


@FUZZ
@given(st.lists(st.tuples(words, texty), max_size=6), st.sampled_from([",", "\t"]), st.integers(0, 400), st.booleans())
def test_fuzz_csv_and_tsv(rows, delim, cut, stray_quote):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    w.writerow(["id", "text"])
    w.writerows(rows)
    text = buf.getvalue()
    if stray_quote:
        text = text[:cut] + '"' + text[cut:]
    name = "f.tsv" if delim == "\t" else "f.csv"
    c = ingest(name, text.encode("utf-8", "surrogatepass"))
    clean_rows = [r for r in rows if any(x.strip() for x in r)]
    if not stray_quote and c.ledger[0].item != name and all("\r" not in x and "\ud800" not in x for r in rows for x in r):
        assert len(c.ledger) == len(clean_rows)


@FUZZ
@given(st.lists(st.sampled_from(["<p>", "</p>", "<html>", "<title>", "</title>", "<article>", "<script>", "<!--", "&amp;",
                                 "<meta property='article:published_time' content='2004-12-29'>", "About 5 people died here today.",
                                 "<div>", "\x00", "\ud800", "é"]) | texty, max_size=12))
def test_fuzz_html(parts):
    assert len(ingest("f.html", "".join(parts).encode("utf-8", "surrogatepass")).ledger) == 1


members = st.lists(st.tuples(st.sampled_from(["a.txt", "a.json", "b.jsonl", "c.csv", "d.md", "e.bin", "f.zip", "dir/g.txt"]),
                             _bytes_or_text()), max_size=5)


@FUZZ
@given(members, st.binary(max_size=40), st.booleans())
def test_fuzz_zip(files, junk, corrupt):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            zf.writestr(name, data)
    data = buf.getvalue()
    if corrupt:
        data = data[: len(data) // 2] + junk
    c = ingest("f.zip", data)
    if not corrupt and files:  # at least one row per distinct member that is not a sidecar of a .txt
        txt = {n[:-4] for n, _ in files if n.endswith(".txt")}
        assert len(c.ledger) >= len({n for n, _ in files if not (n.endswith(".json") and n[:-5] in txt)})


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(["a.txt", "a.json", "b.csv", "c.jsonl", "d.html", "e.zip", "f.pdf"]), _bytes_or_text()),
                max_size=4), texty)
def test_fuzz_uploads_and_pasted_text(files, pasted):
    c = Corpus()
    c.add_files(files)
    c.add_text(pasted, "pasted text 1")
    check(c)
