from pathlib import Path

import pytest

from newsfigures.cleaning import clean

from conftest import SEED_A, SEED_B


def test_cleaning_seed_a_drops_junk_and_keeps_body():
    c = clean(SEED_A.read_text(encoding="utf-8"))
    assert "A photo released" not in c.text  # the caption, twice in the source
    assert "Photo: EPA/KCNA" not in c.text
    assert "(jh)" not in c.text and "Source: PAP" not in c.text and "English Section" not in c.text
    assert c.outlet == "PAP" and c.published == "2025-09-02T12:30"
    assert c.title.startswith("South Korea says 2,000 North Korean troops killed")
    assert "About 2,000 North Korean soldiers have died" in c.text
    assert "80th anniversary of the end of World War Two" in c.text


def test_cleaning_seed_b_drops_headline_list_spam_and_pasted_headline():
    c = clean(SEED_B.read_text(encoding="utf-8"))
    for junk in ("MMDA inks deal", "500 Internal Server Error", "This news data comes from", "yamato-syokunin",
                 "Discaya says her family", "2,000 North Korean troops killed in Russia deployment"):
        assert junk not in c.text, junk
    assert c.text.startswith("SEOUL — Around 2,000 North Korean soldiers")
    assert "burying his face in the leader’s chest." in c.text
    assert c.text.rstrip().endswith("visit by Russian President Vladimir Putin to North Korea.")
    assert c.dateline == "Seoul"
    assert c.title == "2,000 North Korean troops killed in Russia deployment: Seoul spy agency"


@pytest.mark.parametrize("raw,gone,kept", [
    ("First sentence here.\nShare this article on Facebook\nSecond sentence.", "Share this", "Second sentence."),
    ("Body text of the story.\n(ap)\n", "(ap)", "Body text"),
    ("Body text.\n- one headline here\n- two headline here\n- three headline here\n", "headline", "Body text."),
])
def test_cleaning_generic_boilerplate(raw, gone, kept):
    c = clean(raw)
    assert gone not in c.text and kept in c.text
    assert c.removed


def test_cleaning_keeps_short_lists_inside_body():
    raw = "The draw:\n- Team A v. Team B\n- Team C v. Team D\nMatches are in February."
    assert "Team A v. Team B" in clean(raw).text


def test_cleaning_wikinews_body_sentences_survive():
    from conftest import shared_or_skip
    folder = shared_or_skip("corpora", "wikinews-2004")
    lost = []
    for f in sorted(folder.glob("wn2004_*.txt")):
        c = clean(f.read_text(encoding="utf-8"))
        lost += [f"{f.name}: {r}" for r in c.removed if not r.startswith(("title line", "date line"))]
    assert lost == []
