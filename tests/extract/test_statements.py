"""Verbs that state a clause (extract/statements.py), with the verbs from WordNet 3.0 (data/statement_verbs.txt,
scripts/build_statement_verbs.py)."""
from __future__ import annotations

import pytest

from newsfigures.extract.statements import statement_verbs

from conftest import script_module, wordnet_or_skip


@pytest.mark.parametrize("verb", ["speculate", "allege", "point", "argue", "contend", "explain", "predict",
                                  "suspect", "conclude", "reckon", "warn", "assert", "hope", "fear", "worry", "find"])
def test_statements_verbs_that_state_a_clause(verb):
    assert verb in statement_verbs()


@pytest.mark.parametrize("verb", [
    "deny", "doubt", "question",  # the clause is disputed
    "demand", "order", "recommend",  # wanted, not reported
    "know", "remember", "realize", "forget",  # a fact someone else stated
    "agree", "decide",  # decided
    "want", "desire", "regret",  # wanted, or a fact regretted
    "ignore", "pretend",  # not stated as true
    "kill", "release", "compare",  # no verb of communication or cognition with a "that" clause
])
def test_statements_verbs_left_out(verb):
    assert verb not in statement_verbs()


def test_statements_data_file_is_what_the_build_script_writes():
    wordnet_or_skip()
    build = script_module("build_statement_verbs")
    assert build.main(["--check"]) == 0
    assert 100 < len(statement_verbs()) < 300
    assert not set(build.EXCLUDED) & statement_verbs()
