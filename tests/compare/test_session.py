"""A visitor's uploads and corrections merged with the bundled corpus, on the seed articles, without Streamlit."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsfigures.compare.analysis import analyse
from newsfigures.compare.session import Uploads, merge_uploads, originals, with_visitor
from newsfigures.extract import extract_many
from newsfigures.ingest import Corpus, corrections, dedupe

from conftest import SEED_A, SEED_B

A, B = SEED_A.stem, SEED_B.stem
FLOOD = "Officials said about 300 homes were destroyed in the flood on Monday, and at least 2,500 soldiers were killed."


def _loaded(files=(), pasted=""):
    """What a visitor's Add button loads: files (name, bytes) and pasted text, through the real Corpus."""
    corpus = Corpus()
    corpus.add_files(list(files))
    if pasted:
        corpus.add_text(pasted, "pasted text 1")
    return corpus.finish()


def _no_refigure(article):
    raise AssertionError(f"{article.id} was re-extracted although its date did not change")


def _uploaded(seeds, nlp, text=FLOOD):
    new, rows = merge_uploads(seeds.articles, *_loaded(pasted=text))
    return Uploads().plus(new, [f for a in new for f in extract_many([a], nlp)[a.id]], rows)


def test_session_merge_uploads_renames_an_id_already_taken(seeds):
    loaded, ledger = _loaded(files=[(SEED_A.name, FLOOD.encode())])
    new, rows = merge_uploads(seeds.articles, loaded, ledger)
    assert [a.id for a in new] == [f"{A}~{loaded[0].content_hash[:6]}"]
    assert rows[0].status == "ingested" and rows[0].article_id == new[0].id
    assert rows[0].message == f"{SEED_A.name}: ingested as {new[0].id}"


def test_session_merge_uploads_never_renames_onto_a_taken_id(seeds):
    from dataclasses import replace
    loaded, ledger = _loaded(files=[(SEED_A.name, FLOOD.encode())])
    squatter = replace(seeds.articles[1], id=f"{A}~{loaded[0].content_hash[:6]}")  # a record whose id is that already
    new, _rows = merge_uploads([*seeds.articles, squatter], loaded, ledger)
    assert [a.id for a in new] == [f"{A}~{loaded[0].content_hash[:6]}2"]


def test_session_merge_uploads_turns_a_reupload_into_a_duplicate_row(seeds):
    loaded, ledger = _loaded(files=[(SEED_B.name, SEED_B.read_bytes())], pasted=FLOOD)
    new, rows = merge_uploads(seeds.articles, loaded, ledger)
    assert [a.id for a in new] == ["pasted-text-1"]
    assert (rows[0].status, rows[0].article_id, rows[0].reason) == ("duplicate", B, "exact_duplicate")
    assert rows[0].message == f"{SEED_B.name}: same text as article {B}, already loaded"
    assert rows[1] == ledger[1]


def test_session_nothing_of_the_visitors_is_the_bundled_analysis(seeds):
    assert with_visitor(seeds, Uploads(), {}, _no_refigure) is seeds
    rejected = _loaded(files=[("empty.txt", b"")])[1]
    assert [e.status for e in rejected] == ["rejected"]
    merged = with_visitor(seeds, Uploads(ledger=tuple(rejected)), {}, _no_refigure)
    assert merged.figures is seeds.figures and merged.ledger == seeds.ledger + tuple(rejected)


def test_session_uploads_are_reconciled_with_the_corpus_once(seeds, nlp):
    uploads = _uploaded(seeds, nlp)
    merged = with_visitor(seeds, uploads, {}, _no_refigure)
    fresh = analyse(dedupe.mark_near_duplicates(originals(seeds, uploads)), lambda: nlp)
    assert merged.articles == fresh.articles and merged.figures == fresh.figures
    assert merged.article_figures == fresh.article_figures
    assert merged.ledger == seeds.ledger + uploads.ledger
    assert any(f.article_id == "pasted-text-1" and f.metric == "soldiers killed" for f in merged.figures)


@pytest.mark.parametrize("fix", [{"outlet": "Yonhap"}, {"title": "North Korean losses"}])
def test_session_a_corrected_article_keeps_its_figures_stamped(seeds, fix):
    merged = with_visitor(seeds, Uploads(), {B: fix}, _no_refigure)
    corrected = merged.article(B)
    assert {k: getattr(corrected, k) for k in fix} == fix and corrected.origin(next(iter(fix))) == "user"
    assert [replace(f, outlet="") for f in merged.figures_of(B)] == [replace(f, outlet="") for f in seeds.figures_of(B)]
    assert {f.outlet for f in merged.figures_of(B)} == {corrected.outlet}
    assert merged.figures_of(A) == seeds.figures_of(A)


def test_session_a_corrected_date_is_read_again(seeds, nlp):
    fixes = {B: {"published": "2025-09-03"}}
    read = []

    def refigure(article):
        read.append(article.id)
        return extract_many([article], nlp)[article.id]

    merged = with_visitor(seeds, Uploads(), fixes, refigure)
    assert read == [B]
    fresh = analyse(corrections.apply(seeds.articles, fixes), lambda: nlp)
    assert merged.figures == fresh.figures
    assert {f.published for f in merged.figures_of(B)} == {"2025-09-03"}
    assert {f.as_of for f in merged.figures_of(B)} != {f.as_of for f in seeds.figures_of(B)}


def test_session_steps_carry_each_articles_rows_and_the_rest_first(seeds):
    from newsfigures.compare.session import steps
    texts = [f"Officials said {n} people were evacuated from the valley on Monday." for n in (120, 340, 560)]
    files = [(f"f{n}.txt", t.encode()) for n, t in enumerate(texts)] + [("empty.txt", b""), (SEED_A.name, SEED_A.read_bytes())]
    loaded, ledger = _loaded(files=files)
    new, rows = merge_uploads(seeds.articles, loaded, ledger)
    got = steps(new, rows, 2)
    assert [[a.id for a in chunk] for chunk, _ in got] == [[new[0].id, new[1].id], [new[2].id]]
    first_rows, second_rows = (r for _, r in got)
    assert {e.status for e in first_rows} == {"ingested", "rejected", "duplicate"}
    assert [e.article_id for e in second_rows] == [new[2].id]
    assert sorted(map(repr, first_rows + second_rows)) == sorted(map(repr, rows))  # every row, once
    assert steps([], rows[:1], 2) == [([], rows[:1])]


REGION = "Another 23 people were killed in Sichuan in the past 24 hours as the rains went on, state media reported."
TOWN = "Another 23 people were killed in Wenchuan, in western Sichuan, in the past 24 hours, state media reported."


def test_session_merge_learns_where_an_uploaded_town_lies(nlp):
    from newsfigures.compare.analysis import compare
    from newsfigures.compare.nesting import NO_NESTING
    from newsfigures.model import Article
    base = analyse([Article("region", REGION, "")], lambda: nlp)
    merged = with_visitor(base, _uploaded(base, nlp, TOWN), {}, _no_refigure)
    assert base.nesting == NO_NESTING  # the region's report names no town
    assert merged.nesting.said("Wenchuan", "Sichuan") == "Wenchuan, in western Sichuan"
    assert merged.nesting == analyse(merged.articles, lambda: nlp).nesting  # learned as for any corpus
    (pair,) = [p for p in compare(merged, "region", "pasted-text-1") if p.a and p.b]
    assert pair.status == "same" and "one place within the other: Wenchuan, in western Sichuan" in pair.reasons
