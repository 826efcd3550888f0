"""Extractor behaviour on real sentences, and robustness on random text."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfigures.extract import extract_figures, extract_many
from newsfigures.extract import figures as figures_module
from newsfigures.model import Article
from newsfigures.numbers import parse_numbers


def figures(nlp, text: str, published: str = "2025-09-02"):
    """The figures of `text` read as one article published on `published`."""
    return extract_figures(Article(id="t", text=text, raw_text=text, published=published, source_file="t.txt"), nlp)


@pytest.mark.parametrize("text,surface,field,expected", [
    ("The death toll in Israel increases to more than 750 with over 2,000 injured.", "more than 750", "event", "die"),
    ("The death toll in Israel increases to more than 750 with over 2,000 injured.", "over 2,000", "event", "injure"),
    ("The death toll of the earthquake in Turkey and Syria surpasses 37,000.", "surpasses 37,000", "counted", "death toll"),
    ("Officials demolished over 6,000 shanties today.", "over 6,000", "event", "demolish"),
    ("The Bush administration has pledged $350 million in aid for the relief effort.", "$350 million", "counted", "aid"),
    ("The school operates with an annual budget of approximately $8 million.", "approximately $8 million", "counted", "annual budget"),
    ("Mr. Nunes, 51 years old, was an employee of the farm.", "51 years old", "counted", "age"),
    ("A magnitude 6.4 earthquake strikes southeastern Turkey.", "magnitude 6.4", "event", "strike"),
    ("Pyongyang plans to send another 6,000 soldiers.", "6,000", "incremental", True),
    ("North Korea sent more than 10,000 soldiers to Russia in 2024.", "more than 10,000", "as_of", "2024"),
    ("North Korea sent more than 10,000 soldiers to Russia in 2024.", "more than 10,000", "incremental", False),
    ("The toll from the earthquake last week rises to over 3,050 people.", "over 3,050", "as_of", "2025-09-02"),
])
def test_figures_reads_in_context(nlp, text, surface, field, expected):
    got = {f.text: f for f in figures(nlp, text)}
    assert surface in got, list(got)
    assert getattr(got[surface], field) == expected


@pytest.mark.parametrize("text,surface", [
    ("The former guitarist died on Thursday of cancer, aged 58, amid chants.", "58"),
    ("Two of her children, a boy aged 13 and a girl, were quarantined.", "13"),
    ("A third defendant, aged 58, received a suspended sentence of 18 months.", "58"),
    ("The benefit of an average worker retiring at age 65 would be reduced.", "65"),
])
def test_figures_age_without_time_unit_is_in_years(nlp, text, surface):
    """An age written with no time unit ("aged 58", "at age 65") has unit "year" as "58-year-old" has (GUIDE:
    ages are figures with unit "year"), so the two wordings of one age can meet under one unit."""
    got = {f.text: f for f in figures(nlp, text)}
    assert got[surface].unit == "year"


@pytest.mark.parametrize("text,not_figures", [
    ("The summit, held between 7-9 December at Cusco, ended.", ["7"]),
    ("It is scheduled to launch Dec. 20 or 21 from the pad.", ["21"]),
    ("Delta 4's main engine is the largest. Plans such as 401(k)s matter.", ["4", "401"]),
    ("Kmart replaces Target at number three.", ["three"]),
    ("Aid will flow within three years, officials said, over five years.", ["three", "over five"]),
])
def test_figures_not_figures(nlp, text, not_figures):
    got = {f.text for f in figures(nlp, text)}
    assert set(not_figures) <= {m.text for m in parse_numbers(text)}  # the parser offers them; the extractor declines
    assert not got & set(not_figures), got


def test_figures_durations_and_ages_are_figures(nlp):
    got = {f.text: f for f in figures(nlp, "The rocket missed launch opportunities three days in a row. A 27-year-old student spoke.")}
    assert got["three days"].unit == "day" and got["27-year-old"].unit == "year"


KNOWN = "Officials said 300 people were evacuated."  # a paragraph after the noise, so no example passes empty


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-%$abc about least more than\n")), max_size=120))
def test_figures_random_text_never_raises_and_offsets_hold(nlp, text):
    body = f"{text}\n\n{KNOWN}"
    found = extract_figures(Article(id="fuzz", text=body, raw_text=body), nlp)
    for f in found:
        assert body[f.start:f.end] == f.text
        assert f.low is None or f.low <= f.value
        assert f.high is None or f.value <= f.high
    assert ("300", 300.0) in {(f.text, f.value) for f in found}


@pytest.mark.parametrize("text,surface,counted_lemma,event", [
    ("North Korean troops have suffered around 4,700 casualties, including about 600 fatalities among 15,000 soldiers.",
     "about 600", "soldier", "die"),
    ("North Korean troops have suffered around 4,700 casualties, including about 600 fatalities among 15,000 soldiers.",
     "around 4,700", "troop", "casualty"),
])
def test_figures_outcome_nouns_take_their_group(nlp, text, surface, counted_lemma, event):
    got = {f.text: f for f in figures(nlp, text)}
    assert (got[surface].counted_lemma, got[surface].event) == (counted_lemma, event)


def test_figures_zero_idiom_is_not_a_figure(nlp):
    assert figures(nlp, "Zelenskyy condemns the 'zero response' of Western nations.") == []
    assert [f.text for f in figures(nlp, "Officials reported zero deaths.")] == ["zero"]


def test_figures_shares_and_multipliers_are_their_own_metrics(nlp):
    from newsfigures.compare.analysis import reconcile
    text = "Deaths in Indonesia passed 80,000. A third of the dead were children. The toll rose tenfold."
    got = {f.text: f for f in reconcile(figures(nlp, text))}
    assert got["A third"].counted == "dead"
    assert got["A third"].metric.endswith("(share)") and got["tenfold"].metric.endswith("(times)")
    assert got["passed 80,000"].metric not in (got["A third"].metric, got["tenfold"].metric)


def test_figures_incident_beside_running_toll_is_a_batch_not_a_conflict(nlp):
    from newsfigures.compare.analysis import reconcile
    from newsfigures.compare.metrics import is_running_total
    text = ("According to the Health Ministry, fourteen people are killed and 150 others are injured near an aid "
            "site. The death toll at aid sites increases to 136 with hundreds others wounded.")
    got = {f.text: f for f in reconcile(figures(nlp, text))}
    assert is_running_total(got["136"]) and is_running_total(got["hundreds"])
    assert got["fourteen"].metric != got["136"].metric and got["fourteen"].metric.endswith("(batch)")
    assert got["150"].metric.endswith("(batch)")


def test_figures_leaves_no_visitor_words_in_the_shared_vocabulary(nlp):
    before = len(nlp.vocab.strings)
    assert [f.text for f in figures(nlp, "Zyxwqplorf officials said 300 qwertyuiops were evacuated.")] == ["300"]
    assert "Zyxwqplorf" not in nlp.vocab.strings and len(nlp.vocab.strings) == before


def test_figures_long_articles_are_read_in_paragraph_pieces(nlp, monkeypatch):
    paragraphs = ["About 2,000 soldiers were killed in April.", "Officials demolished over 6,000 shanties.",
                  "North Korea sent more than 10,000 soldiers to Russia in 2024."]
    text = "\n".join(paragraphs)
    art = Article(id="long", text=text, raw_text=text, published="2025-09-02")
    whole = extract_many([art], nlp)["long"]
    monkeypatch.setattr(figures_module, "CHUNK_CHARS", 70)
    assert [start for start, _ in figures_module._chunks(text)] == [0, 43, 85]
    pieces = extract_many([art], nlp)["long"]
    assert [f.text for f in pieces] == ["About 2,000", "over 6,000", "more than 10,000"]
    assert pieces == whole and all(text[f.start:f.end] == f.text for f in pieces)


def test_figures_two_visitors_extracting_at_once_do_not_corrupt_the_shared_pipeline(nlp):
    # Streamlit runs each visitor in its own thread over one cached pipeline; a memory zone swaps and clears the
    # shared vocabulary, so without serialising them concurrent extractions raised KeyError [E018] or worse.
    import random
    import string
    import threading

    from newsfigures.extract import extract_many

    def article(i):
        rng = random.Random(i)
        junk = " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(8)) for _ in range(200))
        text = f"Officials in Zorblax{i} said at least {1000 + i} soldiers were killed. {junk}. About {40 + i} per cent fled."
        return Article(id=f"a{i}", text=text, raw_text=text, published="2025-09-02", content_hash=str(i))

    expected = {i: [(f.text, f.value) for f in extract_many([article(i)], nlp)[f"a{i}"]] for i in range(12)}
    errors, got = [], {}

    def visitor(first):
        try:
            for i in range(first, 12, 3):
                got[i] = [(f.text, f.value) for f in extract_many([article(i)], nlp)[f"a{i}"]]
        except Exception as e:  # noqa: BLE001 - the test reports any failure of a concurrent run
            errors.append(f"{type(e).__name__}: {e}")

    threads = [threading.Thread(target=visitor, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and got == expected
    assert expected[0] == [("at least 1000", 1000.0), ("About 40 per cent", 40.0)]
