"""A group of persons counted once and named again with "the" ("the three gunmen") is filed under its first key."""
from __future__ import annotations

import pytest

from newsfigures.compare.remention import antecedent_keys, antecedents, definite
from newsfigures.model import Figure


def fig(text, sentences, n, counted, lemma, value=3.0):
    """The figure `text` in sentence `n` of `sentences` (one article, sentences joined by a space)."""
    sentence_start = sum(len(s) + 1 for s in sentences[:n])
    start = sentence_start + sentences[n].index(text)
    return Figure(article_id="a", source_file="", text=text, start=start, end=start + len(text),
                  sentence=sentences[n], sentence_start=sentence_start, value=value, low=value, high=value,
                  qualifier="exact", unit="", counted=counted, event="", as_of="", said_by="", metric="",
                  counted_lemma=lemma)


# israel_palestinian_2001 bg_014
ISRAEL = ("The Israeli army has killed three Palestinian militants who attacked one of its armoured vehicles.",
          "The three Palestinians opened fire with rifles at the vehicle.",
          "An Israeli army observation post called in tank fire which killed the three gunmen.")


def test_remention_the_three_gunmen_are_the_three_militants():
    figs = [fig("three", ISRAEL, 0, "Palestinian militants", "militant"),
            fig("three", ISRAEL, 1, "Palestinians", "palestinians"),
            fig("three", ISRAEL, 2, "gunmen", "gunman")]
    assert antecedents(figs) == {1: 0, 2: 0}
    keys = ["militants killed", "palestinians", "gunmen killed"]
    assert antecedent_keys(figs, keys) == ["militants killed"] * 3


# two groups of one value: "the two soldiers" names the soldiers again, not the nearer settlers
SOLDIERS = ("Two Israeli soldiers were killed in an ambush near Nablus on Tuesday.",
            "In a separate attack, Palestinian gunmen killed two settlers near Hebron.",
            "The two soldiers were buried on Wednesday in Jerusalem.")
POLICE = ("Two policemen were wounded when protesters stormed the building.",
          "Police later arrested two protesters.",
          "The two policemen were taken to hospital.")


@pytest.mark.parametrize("figs, expected", [
    ([fig("Two", SOLDIERS, 0, "Israeli soldiers", "soldier", 2.0), fig("two", SOLDIERS, 1, "settlers", "settler", 2.0),
      fig("two", SOLDIERS, 2, "soldiers", "soldier", 2.0)], {2: 0}),
    ([fig("Two", POLICE, 0, "policemen", "policeman", 2.0), fig("two", POLICE, 1, "protesters", "protester", 2.0),
      fig("two", POLICE, 2, "policemen", "policeman", 2.0)], {2: 0}),
])
def test_remention_prefers_a_count_of_the_same_noun(figs, expected):
    assert antecedents(figs) == expected


@pytest.mark.parametrize("sentences, first, again", [
    # not persons: wn2004_026 "two submarines" ... "the two nations"
    (("China sent two submarines.", "Relations between the two nations are tense."),
     ("two", "submarines", "submarine"), ("two", "nations", "nation")),
    # "All three" is no definite re-mention (nsw_bushfires_2001 bg_033: what was done to the arrested)
    (("Police arrested three 15-year-old boys.", "All three have been interviewed."),
     ("three", "15-year-old boys", "boy"), ("three", "boys", "boy")),
    # another value
    (("Police arrested three teenagers.", "The four men were released."),
     ("three", "teenagers", "teenager"), ("four", "men", "man")),
])
def test_remention_other_counts_keep_their_own_key(sentences, first, again):
    figs = [fig(first[0], sentences, 0, first[1], first[2]),
            fig(again[0], sentences, 1, again[1], again[2], value=4.0 if again[0] == "four" else 3.0)]
    assert antecedents(figs) == {}
    assert antecedent_keys(figs, ["k1", "k2"]) == ["k1", "k2"]


def test_remention_within_one_sentence_is_no_re_mention():
    sentence = ("Three soldiers and the three gunmen who attacked them died.",)
    figs = [fig("Three", sentence, 0, "soldiers", "soldier"), fig("three", sentence, 0, "gunmen", "gunman")]
    assert definite(figs[1]) and antecedents(figs) == {}


def test_remention_israeli_militants_on_real_news(lee_thread):
    """bg_014: "killed three Palestinian militants", "The three Palestinians opened fire", "killed the three
    gunmen": one metric."""
    threes = [f for f in lee_thread(14) if f.value == 3]
    assert len(threes) == 3 and len({f.metric for f in threes}) == 1, [f.metric for f in threes]


def measure_fig(text, sentence, value, unit, kind):
    """A measurement or a sum `text` in `sentence` (one article)."""
    start = sentence.index(text)
    return Figure(article_id="a", source_file="", text=text, start=start, end=start + len(text), sentence=sentence,
                  value=value, low=value, high=value, qualifier="exact", unit=unit, counted="", event="", as_of="",
                  said_by="", metric="", kind=kind)


@pytest.mark.parametrize("sentence, first, then, same", [
    # wn2004_056
    ("He worked at the farm, 820 km (510 miles) away from the city.", ("820 km", 820, "km"),
     ("510 miles", 510, "mile"), True),
    # a sum in two currencies is two keys (GUIDE revision 3, F2; interlaken_canyoning_trial bg_168, wn2004_009)
    ("They were fined 7,500 Swiss francs (about $A8,800).", ("7,500 Swiss francs", 7500, "CHF"),
     ("$A8,800", 8800, "AUD"), False),
    ("The company owes 40 million euros ($US44 million) to its suppliers.", ("40 million euros", 40e6, "EUR"),
     ("$US44 million", 44e6, "USD"), False),
    # not in parentheses: two distances
    ("The fire is 20 km long and 5 miles from town.", ("20 km", 20, "km"), ("5 miles", 5, "mile"), False),
    # a duration is no restatement of a length
    ("The walk is 20 km (3 hours) long.", ("20 km", 20, "km"), ("3 hours", 3, "hour"), False),
])
def test_remention_an_amount_restated_in_another_unit_keeps_the_first_key(sentence, first, then, same):
    kind = "money" if first[2] in ("CHF", "EUR") else "measure"
    figs = [measure_fig(text, sentence, value, unit, kind) for text, value, unit in (first, then)]
    got = antecedent_keys(figs, ["first", "second"])
    assert got == (["first", "first"] if same else ["first", "second"])


def test_remention_a_distance_in_two_units_on_real_news():
    """wn2004_056 "820 km (510 miles) away": one metric."""
    from conftest import shared_or_skip
    from newsfigures.eval.grouping import run_thread

    shared_or_skip("corpora", "wikinews-2004", "wn2004_056.txt")
    figs = {f.text: f.metric for f in run_thread(["corpora/wikinews-2004/wn2004_056.txt"]).figures}
    assert figs["820 km"] == figs["510 miles"]
