"""The default-owner measurement (scripts/measure_default_owner.py): an opening's owner-kind names as candidates, which
of them heads its clause, and how a decision is counted against the gold owner."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
measure_default_owner = importlib.import_module("measure_default_owner")  # a dataclass module: registered by import
Candidate, Case = measure_default_owner.Candidate, measure_default_owner.Case


@pytest.mark.parametrize("opening,subject,other", [
    ("Harrow Foods will cut 1,500 jobs in Britain, the company said on Monday.", "Harrow Foods", "Britain"),
    ("Kenya pledged $3 million to the World Food Programme on Friday.", "Kenya", "the World Food Programme"),
])
def test_measure_default_owner_candidates_mark_the_opening_subject(nlp, opening, subject, other):
    doc = nlp(opening)
    cands = measure_default_owner.candidates(doc, "", list(doc.ents))
    by_name = {c.name: c for c in cands}
    assert by_name[subject].subject and not by_name[other].subject
    assert cands[0].name == subject


def _case(gold: str) -> Case:
    cand = Candidate("Harrow Foods", "ORG", 0, 3, True, True)
    return Case("d", "lee", "s", gold, "9 per cent", "sales", [cand.name], [[0.0]], [gold == cand.name], [cand])


@pytest.mark.parametrize("gold,given,expected", [
    ("Harrow Foods", "Harrow Foods", "gain"),
    ("", "Harrow Foods", "loss"),
    ("workers", "Harrow Foods", "wrong"),
    ("workers", "", "none"),
    ("", "", "none"),
])
def test_measure_default_owner_outcome_counts_a_decision(gold, given, expected):
    assert measure_default_owner.outcome(_case(gold), given) == expected


def test_measure_default_owner_rules_give_an_ownable_figure_its_opening_subject():
    case = _case("Harrow Foods")
    assert measure_default_owner.RULES["opening subject, ownable quantity"](case) == "Harrow Foods"
    case.quantity = "deaths"
    assert measure_default_owner.RULES["opening subject, ownable quantity"](case) == ""
