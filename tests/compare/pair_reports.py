"""Shared by the pair-report probes (test_pair_reports42.py, test_pair_reports60.py): invented pairs of reports kept
as files with `.json` sidecars (outlet, publication_date), loaded as `python -m newsfigures compare A B` loads two
files (`ingest.load_path`) and compared in process; a row names a figure of each report by a needle and says whether
the two pair, with which verdicts, or must stay apart."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from probe_pairs import COMPATIBLE, CONFLICT, SAME, UPDATE

DOMAINS = ("conflict", "disasters", "business", "politics", "health", "science", "crime", "sport")
# the verdict sets a row accepts
S = frozenset({SAME})
SC = frozenset({SAME, COMPATIBLE})
C = frozenset({COMPATIBLE})
CU = frozenset({COMPATIBLE, UPDATE})
U = frozenset({UPDATE})
X = frozenset({CONFLICT})


def domain_rows(domain: str, cases: Mapping[str, str], pairs: list[tuple], apart: list[tuple],
                gaps: Mapping[tuple, str], gap: Callable[[str], Any]) -> list:
    """A domain's pair rows, then its apart rows (verdicts None), each row `gaps` names a strict xfail."""
    table = [row for row in pairs if cases[row[0]] == domain]
    table += [(*row, None) for row in apart if cases[row[0]] == domain]
    return [pytest.param(*row, marks=gap(gaps[row[:3]])) if row[:3] in gaps else row for row in table]


def check_cover(cases: Mapping[str, str], pairs: list[tuple], apart: list[tuple], gaps: Mapping[tuple, str],
                fixtures: Path) -> None:
    """A probe's cases cover the eight domains, every row names one of its cases, every cause names one of its rows,
    and each case has its two reports and their sidecars."""
    assert set(cases.values()) == set(DOMAINS)
    assert {c for c, *_ in pairs + apart} <= set(cases)
    assert set(gaps) <= {row[:3] for row in pairs + apart}
    assert all((fixtures / f"{c}_{s}.{e}").is_file() for c in cases for s in "ab" for e in ("txt", "json"))


def file_comparer(nlp: Any, fixtures: Path) -> Callable[[str], tuple]:
    """run(case) -> (A's figures, B's figures, pairs): `fixtures/<case>_a.txt` and `_b.txt` loaded as the CLI loads
    them and compared once."""
    from newsfigures.compare.analysis import analyse, compare
    from newsfigures.ingest import load_path
    cache: dict = {}

    def run(name: str) -> tuple:
        if name not in cache:
            arts = [load_path(fixtures / f"{name}_{s}.txt")[0][0] for s in "ab"]
            result = analyse(arts, lambda: nlp)
            cache[name] = (list(result.figures_of(arts[0].id)), list(result.figures_of(arts[1].id)),
                           compare(result, arts[0].id, arts[1].id))
        return cache[name]
    return run


def hits(figs: list, needle: str) -> set:
    """The (article, start) of every figure whose text holds the needle (shortest texts only: "40" is not "At least
    40"), and of its repeats, the same value in the same unit ("Forty" in a headline): repeats are one report, either
    may stand in the pair. A needle no figure's text holds names the figures its words take in ("40 households",
    "two night guards"), and its repeats are those whose quantity does not differ ("two guards" and a headline's
    "Two", not "two landscapes")."""
    found = [f for f in figs if needle in f.text]
    if found:
        short = min(len(f.text) for f in found)
        named = [f for f in found if len(f.text) == short]
    else:
        named = [f for f in figs if _written_in(f, needle)]
    return {(g.article_id, g.start) for g in figs if any(_repeat(f, g, not found) for f in named)}


def _repeat(f, g, by_quantity: bool) -> bool:
    """g repeats f: the same value in the same unit, and (`by_quantity`) no other quantity read."""
    if (f.value, f.unit) != (g.value, g.unit):
        return False
    qf, qg = f.measure.quantity, g.measure.quantity
    return not by_quantity or not qf or not qg or qf == qg


def _written_in(f, needle: str) -> bool:
    """The figure's span overlaps an occurrence of a needle longer than its text ("40 households", "20 of": the
    number with the words that say which it is)."""
    at = f.start - f.sentence_start
    starts = [i for i in range(len(f.sentence)) if f.sentence.startswith(needle, i)]
    return any(i < at + len(f.text) and at < i + len(needle) for i in starts)


def check(compared: Callable[[str], tuple], name: str, needle_a: str, needle_b: str, verdicts) -> None:
    """A pair row pairs the two figures with an acceptable verdict; an apart row finds both and leaves them apart."""
    figs_a, figs_b, pairs = compared(name)
    ha, hb = hits(figs_a, needle_a), hits(figs_b, needle_b)
    assert ha and hb, f"figure not extracted: {needle_a if not ha else needle_b}"
    linked = [p for p in pairs if p.a is not None and p.b is not None
              and (p.a.article_id, p.a.start) in ha and (p.b.article_id, p.b.start) in hb]
    if verdicts is None:
        assert not linked, [(p.status, p.a.text, p.b.text) for p in linked]
    else:
        assert linked and linked[0].status in verdicts, [(p.status, p.a.text, p.b.text) for p in linked]
