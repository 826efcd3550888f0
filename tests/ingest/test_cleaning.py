import pytest

from newsfigures.ingest.cleaning import clean

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


@pytest.mark.parametrize("raw,gone,kept", [
    ("By Jane Doe, Associated Press\nAbout 300 people died.", "Jane Doe", "About 300 people died."),
    ("By Hyung-Jin Kim SEOUL, South Korea (AP) — About 300 people died.", "Hyung-Jin Kim", "SEOUL, South Korea (AP) — About 300"),
    ("About 300 people died.\nRead more: Floods hit the north\nRescuers found 20.", "Read more", "Rescuers found 20."),
    ("About 300 people died.\nSubscribe to our newsletter for daily updates\nRescuers found 20.", "newsletter", "Rescuers found 20."),
    ("About 300 people died.\nFacebook Twitter Email\nRescuers found 20.", "Facebook", "Rescuers found 20."),
    ("About 300 people died.\nAdvertisement\nRescuers found 20.", "Advertisement", "Rescuers found 20."),
    ("About 300 people died.\n© 2025 Example News. All rights reserved.", "rights reserved", "About 300 people died."),
    ("About 300 people died.\n(Reporting by Jane Doe; Editing by Max Roe)", "Editing by", "About 300 people died."),
    ("{{byline|dateThe toll rose to 300 on Monday.", "{{byline", "The toll rose to 300 on Monday."),
])
def test_cleaning_more_boilerplate(raw, gone, kept):
    c = clean(raw)
    assert gone not in c.text and kept in c.text, c.text


@pytest.mark.parametrize("body", [
    "By way of example, the report quotes figures from a June 2004 poll.",
    "By Tuesday, the toll had risen to 500.",
    "Shares of both companies soared after the announcement, Sears was up 22 percent.",
    "Related talks will continue on Monday, the minister said.",
    "Read more than 300 pages of the report, he urged.",
    "Subscribers paid 20 dollars a month for the service.",
    "Advertisement spending rose by 12 percent in 2024.",
])
def test_cleaning_keeps_sentences_that_only_look_like_boilerplate(body):
    c = clean("First sentence of the story here.\n" + body + "\nLast sentence.")
    assert body in c.text, c.removed


CAPTION = "A photo released by the agency shows rescue workers at the collapsed building."


@pytest.mark.parametrize("echo", [
    CAPTION.replace(" ", "\u00a0"),  # no-break spaces
    CAPTION.replace(" ", " \t ").upper(),
    "\u2003" + CAPTION.replace("workers", "workers\u2028") + "\u3000",  # em space, line separator, ideographic space
])
def test_cleaning_repeated_caption_matches_across_any_whitespace(echo):
    """A caption repeated with other whitespace or case is still the same caption: both are dropped."""
    c = clean(f"{CAPTION}\n\nThe quake killed 300 people, officials said.\n\n{echo}\n\nRescue work went on overnight.")
    assert "rescue workers" not in c.text.lower() and "killed 300 people" in c.text and "overnight" in c.text
    assert sum(r.startswith("repeated caption") for r in c.removed) == 2


@pytest.mark.parametrize("raw,kept", [
    # a paragraph that opens with a short headline's words is the story, no echo of it (review of stop 68)
    ("Rice prices\n\nRice prices jumped 18 pct to 620 dlrs a tonne last week, traders said.\n\nMore follows.",
     "Rice prices jumped 18 pct to 620 dlrs a tonne last week"),
    ("Copper output\n\nCopper output at the mine fell 4 pct in the quarter to 41,000 tonnes.\n\nMore follows.",
     "Copper output at the mine fell 4 pct"),
])
def test_cleaning_keeps_a_paragraph_that_opens_with_a_short_line(raw, kept):
    c = clean(raw)
    assert kept in c.text, c.removed


def test_cleaning_drops_a_long_line_echoed_at_its_start():
    line = "The ministry said the new rules would take effect at the start of next year."
    c = clean(f"{line}\n\nOfficials met on Monday to discuss them.\n\n{line} It gave no details.")
    assert c.text.count("take effect") == 1 and any(r.startswith("repeated line") for r in c.removed), c.removed
