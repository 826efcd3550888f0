"""Only the windows of an article that can hold a figure are parsed, and reading them gives what reading the whole
article gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsfigures import numbers
from newsfigures.extract import extract_many
from newsfigures.extract.context import ArticleContext
from newsfigures.extract.discourse import carry_subjects
from newsfigures.extract.figures import figures_from_doc
from newsfigures.extract.windows import (OPENING_CHARS, before, has_word_of, lead_start, opening_of, sentences, shifted,
                                         windows)
from newsfigures.ingest import load_path
from newsfigures.model import Article

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize("text, expected", [
    ("Officials said 300 died. The toll rose.", ["Officials said 300 died.", "The toll rose."]),
    ("Gov. Perry said 5 people died.", ["Gov. Perry said 5 people died."]),  # an abbreviation ends nothing
    ("It rose on Dec. 22. Then it fell.", ["It rose on Dec. 22.", "Then it fell."]),
    ("The score was 2 out of 10. 2004 MN4 is big.", ["The score was 2 out of 10. 2004 MN4 is big."]),
    ("Headline with 3 words\n\nBody text here.", ["Headline with 3 words", "Body text here."]),
    ("It was 3 p.m. Later Mr. Smith came.", ["It was 3 p.m. Later Mr. Smith came."]),
])
def test_windows_sentences_never_cut_inside_a_sentence(text, expected):
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_windows_hold_only_the_number_sentences():
    text = ("Acme hired staff. Nothing happened. Rain fell. The company said 300 jobs went. Quiet days. "
            "Sun came. Officials counted 40 boats. Then 12 more came. No more.")
    got = [text[w.start:w.end] for w in windows(text, numbers.parse_numbers(text))]
    # the sentences before are parsed only when a reader looks into them (`widened`); adjacent ones merge
    assert got == ["The company said 300 jobs went.", "Officials counted 40 boats. Then 12 more came."]


def test_windows_sentences_without_a_quantity_are_left_out():
    text = "On April 3, 2024 nothing was counted.\nLater 2,000 people left."
    got = [(text[w.start:w.end], [m.text for m in w.mentions]) for w in windows(text, numbers.parse_numbers(text))]
    assert got == [("Later 2,000 people left.", ["2,000"])]


@pytest.mark.parametrize("count, expected", [(1, "Rain fell."),
                                             (3, "Acme hired staff. Nothing happened. Rain fell."),
                                             (9, "Acme hired staff. Nothing happened. Rain fell."),
                                             (0, "")])
def test_windows_before_gives_the_sentences_before_a_window(count, expected):
    text = "Acme hired staff. Nothing happened. Rain fell. The company said 300 jobs went."
    (w,) = windows(text, numbers.parse_numbers(text))
    got = before(text, w.start, count)
    assert got.text == expected and text[got.start:].startswith(got.text) and got.mentions == ()


@pytest.mark.parametrize("text, start, expected", [
    ("Rain fell on the town. Officials counted 40 boats.", 23, "town. "),
    ("North Korea fires missiles into the sea\n\nSEOUL, 15 October 2025", 41, "sea\n\n"),
    ("Officials counted 40 boats.", 0, ""),
])
def test_windows_lead_is_the_word_before_a_window(text, start, expected):
    assert text[lead_start(text, start):start] == expected


def test_windows_shifted_mentions_keep_their_text():
    text = "Intro line.\nAbout 2,000 soldiers and 40% of $5 million."
    for w in windows(text, numbers.parse_numbers(text)):
        piece = text[w.start:w.end]
        for m in w.mentions:
            s = shifted(m, -w.start)
            assert piece[s.start:s.end] == m.text and piece[s.number_start:s.number_end] == text[m.number_start:m.number_end]


def _whole_article_figures(article, nlp):
    """Figures read from one parse of the whole article (what extraction did before windows), with the owners
    carried across sentences as `extract_many` carries them (a pure step over the figures and the text)."""
    with nlp.memory_zone():
        return carry_subjects(figures_from_doc(nlp(article.text), ArticleContext(article)), article.text)


def _articles():
    from conftest import SHARED
    arts, _ = load_path(DATA)
    folder = SHARED / "corpora" / "current-events" / "nk_troops_russia_2024_2025"
    return arts + (load_path(folder)[0][:6] if folder.exists() else [])


def test_windows_give_the_figures_a_whole_parse_gives(nlp):
    arts = _articles()
    windowed = extract_many(arts, nlp)
    for a in arts:
        assert windowed[a.id] == _whole_article_figures(a, nlp), a.id


@pytest.mark.parametrize("text, field, expected", [
    # "the company" stands for the organisation named three sentences before the number's
    ("Acme Corp hired new staff in March. Nothing else happened. Rain fell on Tuesday. The company said it would "
     "cut 300 jobs.", "subject", "Acme Corp"),
    # "she" stands for the person named in the sentence before
    ("Maria Lopez won the race easily in Boston. She has won 45 races since 2019.", "subject", "Maria Lopez"),
    # "He said": the subject of the sentence before says who
    ("Tom Ridge thanked President Bush for his support. He said more than 2,000 officers had joined the agency.",
     "said_by", "Tom Ridge"),
    # a dateline opens the window: its date is read whole ("15 October 2025") only with the words before it
    ("North Korea fires missiles into the sea\n\nSEOUL, 15 October 2025 (Yonhap) — North Korea fired about 10 "
     "ballistic missiles on Wednesday, officials said.", "as_of", "2025-10-15"),
])
def test_windows_a_reader_looking_before_the_window_reads_what_it_did_in_the_whole_article(nlp, text, field, expected):
    article = Article(id="t", text=text, raw_text=text, source_file="t.txt", published="2025-10-15")
    (w,) = windows(text, numbers.parse_numbers(text))
    assert w.start > 0  # the window alone holds only the number's sentence
    (fig,) = extract_many([article], nlp)["t"]
    assert (getattr(fig, field) if field in ("said_by", "as_of") else getattr(fig.measure, field)) == expected
    assert [fig] == _whole_article_figures(article, nlp)


@pytest.mark.parametrize("text", [
    "Officials met on Monday.\nThe toll was 5-\n10 people, police said.",  # a range wrapped at its hyphen
    "Officials met on Monday.\nOfficials said between 500\nand 1,000 people died.",  # wrapped inside "between … and"
])
def test_windows_a_number_wrapped_over_a_line_break_is_read_whole(nlp, text):
    """A hard-wrapped line does not cut a mention: every sentence it overlaps is in the window."""
    article = Article(id="t", text=text, raw_text=text, source_file="t.txt", published="2025-10-15")
    mentions = numbers.parse_numbers(text)
    (w,) = windows(text, mentions)
    assert all(w.start <= m.start and m.end <= w.end for m in mentions)
    figs = extract_many([article], nlp)["t"]
    assert figs and figs == _whole_article_figures(article, nlp)


@pytest.mark.parametrize("text,count,expected", [
    ("Quake hits Chile\nA quake struck on Monday. Ten died.", 2, ("Quake hits Chile\nA quake struck on Monday.", 0)),
    ("A quake struck on Monday. Ten died.", 1, ("A quake struck on Monday.", 0)),
    ("", 2, ("", 0)),
])
def test_windows_opening_of_first_sentences(text, count, expected):
    assert opening_of(text, count) == expected


def test_windows_opening_of_stops_at_its_length():
    assert len(opening_of("word " * 400 + ".", 1)[0]) == OPENING_CHARS


@pytest.mark.parametrize("text,expected", [
    ("The Test at Perth", True),  # case-folded
    ("Testing times for the government", False),  # a whole word only
    ("", False),
])
def test_windows_has_word_of(text, expected):
    assert has_word_of(text, frozenset({"test", "match"})) is expected
