"""The sentence-owner measurement (scripts/measure_sentence_owner.py): the candidates of a figure's own sentence (its
owner-kind names and noun chunks, never the figure or its counted noun), their parse features, and the rules."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
measure_sentence_owner = importlib.import_module("measure_sentence_owner")  # a dataclass module: registered by import
Candidate, Case, FEATURES = (measure_sentence_owner.Candidate, measure_sentence_owner.Case,
                             measure_sentence_owner.FEATURES)


def _parse(nlp, sentence: str, figure: str):
    """The parsed sentence and the figure's span in it."""
    doc = nlp(sentence)
    return doc, measure_sentence_owner.figure_span(doc, sentence.index(figure), figure)


def _row(nlp, sentence: str, figure: str, counted: str, name: str, chunks: bool = True) -> dict[str, float]:
    """The named features of candidate `name` for the figure."""
    doc, fig = _parse(nlp, sentence, figure)
    cands = measure_sentence_owner.candidates(doc, fig, counted, chunks)
    c = next(k for k in cands if k.name == name)
    return dict(zip(FEATURES, measure_sentence_owner.features(doc, fig, c, cands, "jobs")))


@pytest.mark.parametrize("sentence,figure,counted,names,absent", [
    ("Harrow Foods will cut 1,500 jobs in Britain.", "1,500", "jobs", ["Harrow Foods", "Britain"], ["jobs"]),
    ("Police arrested 40 protesters in Lagos on Sunday.", "40", "protesters", ["Police", "Lagos"], ["protesters"]),
    ("The Meridian Insurance group paid $3 million to the flood victims.", "$3 million", "",
     ["The Meridian Insurance group", "the flood victims"], ["$3 million"]),
])
def test_measure_sentence_owner_candidates_leave_out_the_figure_and_its_noun(nlp, sentence, figure, counted, names,
                                                                            absent):
    doc, fig = _parse(nlp, sentence, figure)
    got = [c.name for c in measure_sentence_owner.candidates(doc, fig, counted)]
    assert all(any(n in g or g in n for g in got) for n in names)
    assert not any(a in got for a in absent)


@pytest.mark.parametrize("sentence,figure,counted", [
    ("Harrow Foods will cut 1,500 jobs in Britain after a weak year.", "1,500", "jobs"),
    ("Engineers in Chile fixed 30 bridges.", "30", "bridges"),
])
def test_measure_sentence_owner_candidates_without_chunks_are_named_entities(nlp, sentence, figure, counted):
    doc, fig = _parse(nlp, sentence, figure)
    cands = measure_sentence_owner.candidates(doc, fig, counted, chunks=False)
    assert cands and all(c.label != measure_sentence_owner.CHUNK for c in cands)


@pytest.mark.parametrize("sentence,figure,verb", [
    ("Harrow Foods said it will cut 1,500 jobs in Britain.", "1,500", "cut"),
    ("Rescuers pulled 12 survivors from the rubble.", "12", "pulled"),
])
def test_measure_sentence_owner_figure_verb_is_the_verb_over_the_number(nlp, sentence, figure, verb):
    _, fig = _parse(nlp, sentence, figure)
    assert measure_sentence_owner.figure_verb(fig).text == verb


@pytest.mark.parametrize("sentence,a,b,length", [
    ("Harrow Foods will cut 1,500 jobs.", "Foods", "jobs", 2),
    ("Harrow Foods will cut 1,500 jobs.", "1,500", "1,500", 0),
    ("Harrow Foods will cut 1,500 jobs.", "Foods", "1,500", 3),
])
def test_measure_sentence_owner_path_length_counts_arcs(nlp, sentence, a, b, length):
    doc = nlp(sentence)
    tok = {t.text: t for t in doc}
    assert measure_sentence_owner.path_length(tok[a], tok[b]) == length


@pytest.mark.parametrize("sentence,figure,counted,name,on,off", [
    ("Harrow Foods will cut 1,500 jobs in Britain.", "1,500", "jobs", "Harrow Foods",
     ("subject_of_verb", "dep_nsubj", "before", "is_org"), ("subject_above", "prep_in")),
    ("Harrow Foods will cut 1,500 jobs in Britain.", "1,500", "jobs", "Britain",
     ("prep_in", "dep_pobj", "is_gpe"), ("before", "subject_of_verb")),
    ("Harrow Foods said it will cut 1,500 jobs this year.", "1,500", "jobs", "Harrow Foods",
     ("subject_above",), ("subject_of_verb",)),
    ("The outbreak has killed 45 people, the World Health Organization said.", "45", "people",
     "the World Health Organization", ("subject_above",), ("before",)),
])
def test_measure_sentence_owner_features_read_the_parse(nlp, sentence, figure, counted, name, on, off):
    row = _row(nlp, sentence, figure, counted, name)
    assert all(row[k] == 1.0 for k in on), row
    assert all(row[k] == 0.0 for k in off), row


def _case(gold: str, names: list[str], rows: list[dict[str, float]]) -> Case:
    cands = [Candidate(n, "ORG", i, i + 1) for i, n in enumerate(names)]
    full = [[r.get(k, 0.0) for k in FEATURES] for r in rows]
    return Case("d", "lee", "s", gold, "9 per cent", "sales", names, full, [n == gold for n in names], cands)


@pytest.mark.parametrize("rule,rows,expected", [
    ("subject of the figure's verb", [{"subject_of_verb": 1.0}, {}], "Harrow Foods"),
    ("subject of the figure's verb", [{}, {}], ""),
    ("nearest entity in the parse", [{"path_number": 3.0}, {"path_number": 1.0}], "Britain"),
    ("nearest entity, ownable", [{"path_number": 3.0, "ownable": 1.0}, {"path_number": 1.0}], "Harrow Foods"),
])
def test_measure_sentence_owner_rules_pick_a_candidate(rule, rows, expected):
    case = _case("Harrow Foods", ["Harrow Foods", "Britain"], rows)
    assert measure_sentence_owner.RULES[rule](case) == expected


@pytest.mark.parametrize("name,sentence,expected", [
    ("Harrow Foods", "Harrow Foods will cut 1,500 jobs.", True),
    ("Palestinian gunmen", "Two Palestinian gunmen were shot.", True),
    ("workers", "Harrow Foods will cut 1,500 jobs.", False),
])
def test_measure_sentence_owner_words_in_finds_an_owner_in_its_sentence(name, sentence, expected):
    assert measure_sentence_owner._words_in(name, sentence) is expected
