"""The guide's casualties line, "killed and wounded counted together" (extract/casualties.py)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    ("Ukraine says 3,000 North Korean troops have been killed or wounded in the Kursk region.", "3,000",
     "casualties"),
    ("The blast left 40 people dead or injured, police said.", "40", "casualties"),
    ("Israeli forces killed or wounded 30 Palestinians in the raid.", "30", "casualties"),
    # a killing and an injury that each carry a count are two figures
    ("Three soldiers were killed and 12 wounded in the ambush.", "Three", "deaths"),
    ("Three soldiers were killed and 12 wounded in the ambush.", "12", "injured"),
    ("The quake killed 40 people and injured hundreds more.", "40", "deaths"),
    ("Two people died and another was wounded when the roof collapsed.", "Two", "deaths"),
    ("Hospitals reported 12 deaths and 30 injuries after the storm.", "12", "deaths"),
    ("Hospitals reported 12 deaths and 30 injuries after the storm.", "30", "injured"),
    # a later outcome said of more persons is another group, with no number (review 29); an adverb of manner is not
    ("Twelve soldiers were killed and many more wounded in the ambush.", "Twelve", "deaths"),
    ("Some 300 civilians have been killed or seriously wounded since the offensive began.", "Some 300", "casualties"),
])
def test_casualties_killed_and_wounded_together(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected
