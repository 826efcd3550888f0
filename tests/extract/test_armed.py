"""Members of a named armed group are troops (extract/armed.py, GUIDE revision 2 Q1: "members of <armed group>"),
with the names from WordNet 3.0 (data/armed_groups.txt, scripts/build_armed_groups.py)."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.extract.armed import names_armed_group
from newsfigures.model import Article

from conftest import script_module, wordnet_or_skip


def _first(nlp, text: str):
    return extract_figures(Article(id="a", text=text, raw_text=text), nlp)[0].measure


@pytest.mark.parametrize("text,quantity", [
    ("Officials say the group is sheltering up to 200 al-Qaida members near the border.", "troops"),
    ("Security forces detained more than 40 members of the Hamas and Islamic Jihad groups overnight.", "troops"),
    ("Police raided homes to arrest dozens of Hamas and Islamic Jihad members in Gaza.", "troops"),
    ("Five Hezbollah members were wounded in the clash.", "injured"),  # the first matching line still wins
    ("The union says 3,000 members will strike on Monday.", "people"),
    ("About 40 members of the rowing club attended the meeting.", "people"),
])
def test_armed_members_through_the_extractor(nlp, text, quantity):
    assert _first(nlp, text).quantity == quantity


@pytest.mark.parametrize("text,named", [
    ("members of the Islamic Jihad group", True), ("al-Qaida members", True), ("the Special Air Service", True),
    ("Hamas", True), ("the Base of the tower", False), ("the Tigers won", False), ("an IRA account", False),
    ("Hamasville", False),
    ("ACC members", False), ("SA police", False),  # three capitals name too many other things
])
def test_armed_names_armed_group(text, named):
    assert names_armed_group(text) is named


def test_armed_data_file_is_what_the_build_script_writes(tmp_path):
    wordnet_or_skip()
    build = script_module("build_armed_groups")
    out = tmp_path / "armed_groups.txt"
    build.main(["--out", str(out)])
    assert out.read_text(encoding="utf-8") == build.OUT.read_text(encoding="utf-8")
