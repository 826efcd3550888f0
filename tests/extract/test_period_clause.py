"""A count or sum its clause gives for one period (each year, in the year to June) is a per-period figure."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # the clause recurs each period (Lee bg_189, lung cancer deaths)
    ("About 900 people die on Victorian roads each year, the report says.", "About 900", "annual"),
    ("Police say 40 cars are stolen in Adelaide every day.", "40", "daily"),
    # the clause covers one year (Lee bg_171 drug deaths, Lee cor_048 bank profit)
    ("Official figures show 312 people died from heat stress in the year 2003.", "312", "annual"),
    ("The airline reported net profit of $120 million in the year to June 30.", "$120 million", "annual"),
    # a year that is no period of the figure
    ("Twenty-one people drowned in 1999.", "Twenty-one", "total"),
    ("The fund has raised $5 million in the year since the attack.", "$5 million", "total"),
    ("The company employs 3,000 people in Sydney.", "3,000", "total"),
])
def test_clause_period_scope(measures, text, surface, expected):
    got = {k: m.scope for k, m in measures(text).items()}
    assert surface in got, list(got)
    assert got[surface] == expected
