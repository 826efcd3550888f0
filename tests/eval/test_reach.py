"""Where a wrong name field's gold name is spelled relative to its figure (newsfigures/eval/reach.py): on hand-made
text, on real dev gold records (skipped without ../shared), and as the script's aggregate row."""
from __future__ import annotations

import pytest

from conftest import script_module, shared_or_skip
from newsfigures.eval.gold import locate_gold, read_document
from newsfigures.eval.matching import DocRun, Pred
from newsfigures.eval.measure_gold import load_measure_gold
from newsfigures.eval.measure_scores import score_measures
from newsfigures.eval.reach import (QUANTITY_GAP_KINDS, REACH_KINDS, name_reach, quantity_gap, quantity_gaps, reach,
                                   sentence_starts, spells)
from newsfigures.model import Measure

TEXT = ("Gaza toll rises\nThe U.S. President met Mr. Smith in Cairo. Israel's army said 30 died. "
        "\"We won,\" he said. The ministry said 5 more died.")


def test_reach_sentences_keep_abbreviations_and_lines():
    starts = sentence_starts(TEXT)
    sents = [TEXT[a:b].strip() for a, b in zip(starts, starts[1:] + [len(TEXT)])]
    assert sents == ["Gaza toll rises", "The U.S. President met Mr. Smith in Cairo.", "Israel's army said 30 died.",
                     "\"We won,\" he said.", "The ministry said 5 more died."]


@pytest.mark.parametrize("name,expected", [
    ("the ministry", "sentence"),
    ("Israeli army", "before"),  # a nationality's word is found by its country's ("Israel's")
    ("Mr. Smith", "before"),
    ("Gaza", "title"),  # four sentences back: only the title spells it
    ("Egyptian Cairo; Hamas", "nowhere"),
    ("Hamas; United States", "before"),  # any listed name; the acronym form is tried ("U.S.")
])
def test_reach_classes_of_a_name(name, expected):
    assert reach(TEXT, TEXT.find("5 more"), name) == expected


def test_reach_elsewhere_is_after_the_figure():
    assert reach(TEXT, TEXT.find("30 died"), "Mr. Smith") == "before"
    assert reach(TEXT, TEXT.find("30 died"), "ministry") == "elsewhere"


@pytest.mark.parametrize("text,name,found", [
    ("the Erbil Health Ministry said", "Health Ministry", True),
    ("Syrians fled", "Syrian", True),
    ("the health ministry in Gaza", "Gaza Health Ministry", True),
    ("the Housing Ministry", "Health Ministry", False),
    ("the minister said", "the ministry", False),
])
def test_reach_spells_needs_every_content_word(text, name, found):
    assert spells(text, name) is found


def test_reach_counts_only_wrong_values_whose_gold_names_someone():
    g = {"doc": "d", "said_by": "", "measure": {"subject": "the ministry", "place": ""}}
    p = Pred(TEXT.find("5 more"), TEXT.find("5 more") + 6, 5.0)
    counts = name_reach({"subject": [(g, p)], "place": [(g, p)], "said_by": [(g, p)]}, {"d": TEXT})
    assert counts["subject"] == dict.fromkeys(REACH_KINDS, 0) | {"sentence": 1}
    assert sum(counts["place"].values()) == sum(counts["said_by"].values()) == 0


@pytest.mark.parametrize("doc,surface,expected", [
    ("corpora/wikinews-2004/wn2004_094.txt", "$350 million", "sentence"),  # "Bush administration has pledged"
    ("corpora/wikinews-2004/wn2004_025.txt", "$11.5bn", "before"),  # "Kmart to buy Sears ... The deal is to cost"
    ("lee/bg_274.txt", "millions", "title"),  # George Harrison, named at the item's opening
    ("lee/bg_190.txt", "one-year", "elsewhere"),  # Brett Dempsey, named after the sentence
    ("lee/bg_168.txt", "about 27,000 francs", "nowhere"),  # "each convicted defendant": the annotator's words
])
def test_reach_of_dev_gold_subjects(doc, surface, expected):
    shared_or_skip("corpora")
    gold = load_measure_gold()
    if gold.left_out and doc.startswith("lee/"):
        pytest.skip(gold.left_out[0])
    g = next(g for g in gold.figures if g["doc"] == doc and g["surface"] == surface)
    text = read_document(doc)
    at = locate_gold(g, text)
    assert at is not None and doc in gold.split["dev"]
    assert reach(text, at[0], g["measure"]["subject"]) == expected


def test_reach_script_row_is_aggregate():
    """`--kinds` prints one reach row per name field: counts only, no figure named."""
    script = script_module("evaluate")
    g = {"doc": "d", "surface": "5 more", "context": "said 5 more died", "occurrence": 0, "value": 5,
         "qualifier": "exact", "unit": "", "as_of": "", "said_by": "", "metric": "m",
         "measure": {"quantity": "deaths", "subject": "Israeli army", "event": "killed", "place": "", "scope": "",
                     "dimension": "count"}}
    at = TEXT.find("5 more")
    pred = Pred(at, at + 6, 5.0, "5 more", measure=Measure("deaths", "", "killed", "", "", "count"))
    res = score_measures([DocRun("d", TEXT, [pred])], [g]) | {"system": "newsfigures"}
    out = script.split_table({"newsfigures": {"test": res}}, kinds=True)
    row = next(line for line in out.splitlines() if "subject reach" in line)
    assert "sentence/before/title/elsewhere/nowhere" in row and row.split()[-1] == "0/1/0/0/0"
    assert "said_by reach" in out and "Israeli" not in out


@pytest.mark.parametrize("pred,gold,expected", [
    ("share", "share price", "overlap"),  # a narrower or wider noun
    ("people", "ministry", "sentence"),  # the gold's word is in the sentence: another noun was chosen
    ("people", "deaths", "unspelled"),  # "5 more died": a concept the sentence does not spell
])
def test_reach_quantity_gap_classes(pred, gold, expected):
    assert quantity_gap(TEXT, TEXT.find("5 more"), pred, gold) == expected


def test_reach_quantity_gaps_skip_an_empty_gold_and_show_in_the_script():
    at = TEXT.find("5 more")
    pred = Pred(at, at + 6, 5.0, "5 more", measure=Measure("people", "", "killed", "", "", "count"))
    wrong = [({"doc": "d", "measure": {"quantity": "deaths"}}, pred), ({"doc": "d", "measure": {"quantity": ""}}, pred)]
    assert quantity_gaps(wrong, {"d": TEXT}) == dict.fromkeys(QUANTITY_GAP_KINDS, 0) | {"unspelled": 1}
    script = script_module("evaluate")
    g = {"doc": "d", "surface": "5 more", "context": "said 5 more died", "occurrence": 0, "value": 5,
         "qualifier": "exact", "unit": "", "as_of": "", "said_by": "", "metric": "m",
         "measure": {"quantity": "deaths", "subject": "", "event": "killed", "place": "", "scope": "",
                     "dimension": "count"}}
    res = score_measures([DocRun("d", TEXT, [pred])], [g]) | {"system": "newsfigures"}
    row = next(line for line in script.split_table({"newsfigures": {"test": res}}, kinds=True).splitlines()
               if "quantity gap" in line)
    assert "overlap/sentence/unspelled" in row and row.split()[-1] == "0/0/1"
