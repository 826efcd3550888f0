"""Stop 42's probe of a killing and an injury each said of their own persons ("A man was killed and 12 were
wounded"): the number's own clause has a subject, so the earlier outcome's persons are others and the count is of
the wounded alone (GUIDE's injured line), not "killed and wounded counted together" (casualties). Found by the lead's
invented wire text, where the first outcome's persons carry no number ("A man", "The victim, aged 45,"), and where an
age before the count lent it its noun ("A 38-year-old man was killed and 12 were wounded" read as the man's age 12).
Invented sentences over five domains; the near misses are the casualties line's own forms, which must stay
casualties, and two counts each with their own number. The three rows of the lead's text were seen wrong before the
mend; the others were labelled from GUIDE.md before the code ran. Unchanged code: 10 of 18 (every near miss and
one target); after the mend (extract/casualties.py: an earlier outcome with a subject of its own beside the
number's own clause counts others; extract/lent_noun.py: an age lends no noun; discourse.py: no owner carried
between ages): 18 of 18 (the shared-subject row was added after a unit test of extract/casualties.py caught the
first form of the mend). The mend fell a held-out floor and was reverted: 10 of 18 again, its rows strict gaps."""
from __future__ import annotations

import pytest

from conftest import gap

TWO_CLAUSES = gap("a killing and an injury each with a subject of its own are read as casualties counted together "
                  "(extract/casualties._own_count), or a bare count after an age borrows 'age' (extract/lent_noun): "
                  "the mend (b1e2ab8) held dev and read every row, but test-lee2 subject fell one figure under its "
                  "floor (0.404 against 0.42, the lead's floors run) and it was reverted (3c7b7f0)")

TARGETS = [
    pytest.param("A man was killed and 12 were wounded in the blast.", "12", "quantity", "injured", marks=TWO_CLAUSES),
    pytest.param("A man was killed and 12 were wounded in the blast.", "12", "event", "injured", marks=TWO_CLAUSES),
    pytest.param("The victim, aged 45, died at the scene and 3 others were hurt.", "3", "quantity", "injured", marks=TWO_CLAUSES),
    pytest.param("A 38-year-old man was killed and 12 were wounded.", "12", "quantity", "injured", marks=TWO_CLAUSES),
    pytest.param("A rescuer died and 40 villagers were injured when the dam burst.", "40", "event", "injured", marks=TWO_CLAUSES),
    ("One officer was shot dead and two were wounded in the raid.", "two", "quantity", "injured"),
    pytest.param("A soldier was killed and 14 were wounded in the attack on the base.", "14", "quantity", "injured", marks=TWO_CLAUSES),
    pytest.param("A spectator was killed and 20 were hurt when a stand collapsed at the stadium.", "20", "quantity", "injured", marks=TWO_CLAUSES),
    pytest.param("A spectator was killed and 20 were hurt when a stand collapsed at the stadium.", "20", "event", "injured", marks=TWO_CLAUSES),
]

NEAR_MISSES = [
    ("3,000 troops have been killed or wounded since the war began.", "3,000", "quantity", "casualties"),
    ("The attack left 40 people dead or injured.", "40", "quantity", "casualties"),
    ("The storm killed 12 people and injured 30.", "12", "quantity", "deaths"),
    ("The storm killed 12 people and injured 30.", "30", "quantity", "injured"),
    ("Two died and 3 others were hurt in the crash.", "Two", "quantity", "deaths"),
    ("Two died and 3 others were hurt in the crash.", "3", "quantity", "injured"),
    ("A 38-year-old man was arrested after the fight.", "38-year-old", "quantity", "age"),
    ("Five miners were killed and another was injured in the collapse.", "Five", "quantity", "deaths"),
    ("Israeli forces killed or wounded 30 Palestinians in the raid.", "30", "quantity", "casualties"),  # one subject
]


@pytest.mark.parametrize("text,surface,field,expected", TARGETS)
def test_casualty_clusters42_own_clauses_are_two_counts(measures, text, surface, field, expected):
    assert getattr(measures(text)[surface], field) == expected


@pytest.mark.parametrize("text,surface,field,expected", NEAR_MISSES)
def test_casualty_clusters42_counted_together_stays(measures, text, surface, field, expected):
    assert getattr(measures(text)[surface], field) == expected
