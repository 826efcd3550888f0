"""What a number counts, on real sentences: nouns, sums and shares, measures, durations, batches."""
from __future__ import annotations

import re

import pytest

from newsfigures.extract import extract_figures
from newsfigures.extract.counted import duration_unit, is_incremental, list_end, resolve_counted
from newsfigures.extract.windows import shifted
from newsfigures.numbers import parse_numbers
from newsfigures.model import Article


def counted(r):
    """(counted phrase, counted lemma) of a Reading, as _figure computes them."""
    _noun, phrase, lemma = resolve_counted(r.num, r.span, r.ctx, r.mention, duration_unit(r.doc, r.mention))
    return phrase, lemma


@pytest.mark.parametrize("text,surface,expected", [
    ("North Korea sent more than 10,000 soldiers to Russia in 2024.", "more than 10,000", ("soldiers", "soldier")),
    ("A group of 6,000 troops arrived on Tuesday.", "6,000", ("troops", "troop")),
    ("Officials demolished over 6,000 shanties today.", "over 6,000", ("shanties", "shanty")),
    ("The death toll in Israel increases to more than 750 with over 2,000 injured.", "over 2,000", ("injured", "injured")),
    ("The Bush administration has pledged $350 million in aid for the relief effort.", "$350 million", ("aid", "aid")),
    ("The school operates with an annual budget of approximately $8 million.", "approximately $8 million",
     ("annual budget", "budget")),
    ("Some 42% of all spam comes from the US.", "Some 42%", ("spam", "spam")),
    ("The asteroid is 16 feet wide.", "16 feet", ("width", "width")),
    ("Mr. Nunes, 51 years old, was an employee of the farm.", "51", ("age", "age")),
    ("The rocket missed launch opportunities three days in a row.", "three", ("time", "time")),
    # a singular noun after the number, compounded onto a singular head, is what is counted (NBA brawl, cricket)
    ("Pacers guard Anthony Johnson received a 5 game suspension.", "5", ("game", "game")),
    ("Australia is widely tipped to win the opening match of the two test series.", "two", ("test", "test")),
    # ... not when no determiner opens a collective head: its singular counts many, and it is counted (a bank
    # strike, Lee bg_175; hospital and airline staff)
    ("About 60,000 bank staff will walk off the job this week.", "About 60,000", ("bank staff", "staff")),
    ("Some 200 hospital staff were evacuated on Sunday.", "Some 200", ("hospital staff", "staff")),
    ("The airline will cut 40 cabin crew.", "40", ("cabin crew", "crew")),
    # ... nor when the head's plural is its singular (stop 63: a survey of outside figures, Lee bg_192)
    ("The Pentagon says more than 80 strike aircraft have flown sorties.", "more than 80",
     ("strike aircraft", "aircraft")),
    ("The air force flew 12 cargo aircraft into the capital.", "12", ("cargo aircraft", "aircraft")),
    # ... not when the head is plural: the number counts the head
    ("However, their two coalition partners refused to back the motion.", "two",
     ("coalition partners", "partner")),
    # a part hung on the whole's number counts what the whole counts
    ("Only two of five submarines are thought to be operational.", "two", ("submarines", "submarine")),
    # an outcome word keeps its own form whatever the tagger made of it (Gaza's "2,200 injured" convention)
    ("The number of injured reached 2,000.", "2,000", ("injured", "injured")),
    # ... and so does a participle the vocabulary names as written (not the verb "displace")
    ("The death toll rose to 39, with 5,600 injured and 2,000 displaced.", "2,000", ("displaced", "displaced")),
    # "more" on its own is no noun: the elided one is counted
    ("The company opened 200 stores in 2003 and 150 more this year.", "150", ("stores", "store")),
    # "many" says how many; the noun after it is counted
    ("The candidate came second, garnering less than half as many votes as Mr Guebuza.", "less than half",
     ("votes", "vote")),
])
def test_counted_resolves_what_a_number_counts(read, text, surface, expected):
    assert counted(read(text, surface)) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the group of persons an outcome happened to is whose count it is
    ("There were 600 fatalities among 15,000 soldiers.", "600", ("fatalities among soldiers", "soldier")),
    ("Russian troops have suffered 4,700 casualties in the offensive.", "4,700", ("casualties", "troop")),
    # a unit or a force is no person: the outcome stays what is counted
    ("Russia has suffered more than 1,500 casualties among North Korean units.", "more than 1,500",
     ("casualties", "casualty")),
    ("North Korean forces have suffered 3,000 casualties.", "3,000", ("casualties", "casualty")),
])
def test_counted_outcome_of_a_group_of_persons(read, text, surface, expected):
    assert counted(read(text, surface)) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # names coordinated before the one common noun they modify count that noun (Lee bg_116, bg_283)
    ("Mr Arafat has closed dozens of Hamas and Islamic Jihad offices.", "dozens",
     ("Islamic Jihad offices", "office")),
    ("Police arrested scores of Hamas and Islamic Jihad members overnight.", "scores",
     ("Islamic Jihad members", "member")),
    # names alone are counted as they are
    ("The minister has visited dozens of Britain and France.", "dozens", ("Britain", "britain")),
])
def test_counted_names_sharing_one_noun_count_the_noun(read, text, surface, expected):
    assert counted(read(text, surface)) == expected


def test_counted_anaphora_takes_the_previous_figure(read, nlp):
    from newsfigures.extract import extract_figures
    from newsfigures.model import Article

    first = "About 2,000 soldiers were killed in April."
    prev = extract_figures(Article(id="p", text=first, raw_text=first, published="2025-09-02"), nlp)[0]
    r = read("The figure rose to 2,500 in May.", "2,500")
    r.ctx.figures.append(prev)
    assert counted(r) == ("soldiers", "soldier")


@pytest.mark.parametrize("text,surface,unit", [
    ("The rocket missed launch opportunities three days in a row.", "three", "day"),
    ("Mr. Nunes, 51 years old, was an employee of the farm.", "51", "year"),
    ("At least 40 people died in the past 24 hours.", "24", ""),  # frames another figure's period
    ("About 2,000 soldiers were killed, officials said.", "About 2,000", ""),
    # the unit after a list is each number's (stop 49)
    ("Two accomplices received sentences of 4 and 6 years.", "4", "year"),
    ("The three were jailed for 10, 12 and 15 months respectively.", "12", "month"),
    ("The talks lasted 3 or 4 days.", "3 or 4", "day"),  # one range, read as one
    ("Police arrested 4 and released 6 within days.", "4", ""),  # a verb between: no list
])
def test_counted_duration_unit(read, text, surface, unit):
    r = read(text, surface)
    assert duration_unit(r.doc, r.mention) == unit


@pytest.mark.parametrize("text,surface,batch", [
    ("Pyongyang plans to send another 6,000 soldiers.", "6,000", True),
    ("A third group of 6,000 troops arrived on Tuesday.", "6,000", True),
    ("North Korea sent more than 10,000 soldiers to Russia in 2024.", "more than 10,000", False),
    ("The company opened 200 stores in 2003 and 150 more this year.", "150", True),  # the number hung on "more"
])
def test_counted_batch_or_running_total(read, text, surface, batch):
    r = read(text, surface)
    noun, _phrase, _lemma = resolve_counted(r.num, r.span, r.ctx, r.mention, "")
    assert is_incremental(r.num, noun, r.whole) is batch


def counted_in_article(nlp, text: str) -> list[tuple[str, str]]:
    """(surface, counted lemma) of every figure of `text`, read as an article (earlier figures are context)."""
    from newsfigures.extract import extract_figures
    from newsfigures.model import Article

    art = Article(id="t", text=text, raw_text=text, published="2025-09-02", source_file="t.txt")
    return [(f.text, f.counted_lemma) for f in extract_figures(art, nlp)]


@pytest.mark.parametrize("text,expected", [
    # a gapped list: the later numbers count what the first counts, whatever place follows them (Lee dev: holiday
    # road toll bg_021, bg_043; Myanmar earthquake 2025-03-28)
    ("Seven people have died on Queensland roads, five in Victoria, three in the Northern Territory, two each in "
     "Western Australia and South Australia.",
     [("Seven", "people"), ("five", "people"), ("three", "people"), ("two", "people")]),
    ("Five people have died in Queensland, three in the Northern Territory, two in Western Australia and one in "
     "South Australia.", [("Five", "people"), ("three", "people"), ("two", "people"), ("one", "people")]),
    ("Over 1,000 people are killed in Myanmar and ten more in Thailand.", [("Over 1,000", "people"),
                                                                           ("ten", "people")]),
    # a number with a noun of its own is no gapped item
    ("Seven people have died on Queensland roads, five pedestrians in Victoria.",
     [("Seven", "people"), ("five", "pedestrian")]),
])
def test_counted_gapped_list_items_count_the_first_items_noun(nlp, text, expected):
    assert counted_in_article(nlp, text) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # "all" and a bare number name again the group of that size (Lee dev: NSW bushfires bg_033, canyoning trial
    # bg_168)
    ("Illawarra police have arrested three teenagers. A spokesman says three small fires were extinguished. A short "
     "time later police arrested three 15-year-old boys from Shellharbour. All three have been interviewed but no "
     "charges have been laid.", "three", "boy"),
    ("Six Swiss tour company staff have been found guilty of manslaughter. All six will pay one-eighth of the court "
     "costs.", "six", "staff"),
])
def test_counted_all_and_a_number_is_the_group_of_that_size(nlp, text, surface, expected):
    last = [lemma for seen, lemma in counted_in_article(nlp, text) if seen == surface][-1]
    assert last == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the subject of the verb a bare count is the object of did it; it is not what is counted
    ("The cyclone killed at least 94 in Mayotte.", "at least 94", ("", "")),
    ("The floods displaced 50,000.", "50,000", ("", "")),  # the parser hangs the number as an adverb
    ("Hayden scored 131 before he was bowled by Kallis.", "131", ("", "")),  # Lee bg_132: sport.py says runs
    # a second verb that shares the first one's subject: the floods did that too
    ("The floods displaced 50,000 and killed 12.", "12", ("", "")),
    ("The storms hit Mayotte on Saturday and killed at least 94.", "at least 94", ("", "")),
    # a verb that states a level is said of what its subject counts
    ("The death toll reached 600 on Monday.", "600", ("death toll", "toll")),
])
def test_counted_a_verbs_agent_is_not_counted(read, text, surface, expected):
    assert counted(read(text, surface)) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # who says a count is not what it counts: the noun before the reporter is (Lee dev bg_044, Israel-Palestine)
    ("Israeli forces did not say how many gunmen they were facing down, although officials had earlier said it was "
     "two.", "two", ("gunmen", "gunman")),
    ("Local media reported that 12 were killed.", "12", ("", "")),
])
def test_counted_a_reporter_is_not_counted(read, text, surface, expected):
    assert counted(read(text, surface)) == expected


@pytest.mark.parametrize("text,surface", [
    # a time noun is never what is counted (Lee bg_037: "3 for 89 yesterday morning")
    ("After resuming at 3 for 89 yesterday morning, the visitors lost two quick wickets.", "89"),
    ("Gunmen killed 12 Sunday morning in the village.", "12"),
])
def test_counted_a_time_noun_is_never_counted(read, text, surface):
    _phrase, lemma = counted(read(text, surface))
    assert lemma not in ("yesterday", "morning", "sunday")


def test_counted_a_part_of_them_counts_the_figure_before(nlp):
    """"around 120 injured, half of them schoolboys" (Lee bg_250): "them" is the injured, not a thing counted."""
    got = counted_in_article(nlp, "Three people were killed in the strikes and around 120 injured, half of them "
                                  "schoolboys, hospital officials said.")
    assert dict(got)["half"] == "injured"


@pytest.mark.parametrize("text,surface,expected", [
    # an adverb between a number and its outcome word ("108 already dead"); "evacuated", "unaccounted" (the guide's)
    ("The floods entered their sixth day with 95 already dead and thousands evacuated.", "95", "deaths"),
    ("The storm left 20 dead, 1,500 evacuated and 12 unaccounted for.", "1,500", "displaced"),
    ("The storm left 20 dead, 1,500 evacuated and 12 unaccounted for.", "12", "missing"),
])
def test_counted_outcome_words_after_a_number(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected



def counted_by_surface(nlp, text: str) -> dict[str, str]:
    """The counted phrase of each figure of `text` read as one article (earlier figures carry to later ones)."""
    art = Article(id="t", text=text, raw_text=text, published="2025-09-02", source_file="t.txt")
    return {f.text: f.counted for f in extract_figures(art, nlp)}


@pytest.mark.parametrize("text,surface,expected", [
    # a measure's noun carries to the next measure only in its dimension (lee cor_008 "eased about 3cm ... with
    # temperatures reaching 35C"; the glued "35C" is not read, so written out here)
    ("The river eased about 3cm during the day, with temperatures reaching 35 degrees Celsius.",
     "35 degrees Celsius", "temperature"),
    ("The glacier retreated 40 metres last year, while temperatures climbed 2 degrees Fahrenheit.",
     "2 degrees Fahrenheit", "temperature"),
    # ... and a sum to a sum in any currency: the bracketed conversion is the same profit (lee cor_048)
    ("The bank reported net profit of 2.66 billion Australian dollars ($1.4 billion) in the year to June 30.",
     "$1.4 billion", "net profit"),
])
def test_counted_carry_only_within_dimension(nlp, text, surface, expected):
    assert counted_by_surface(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # gapping: a number hung after a name coordinated into a clause that gave a count counts what that count
    # counts (lee bg_275: "Matthew Hayden is on 31 and Mark Waugh eight ... and Ricky Ponting 26")
    ("Matthew Hayden is on 31 and Mark Waugh eight after Justin Langer was dismissed for a duck and Ricky Ponting 26.",
     "26", "run"),
    ("China won 40 gold medals and the United States 39.", "39", "gold medals"),
    ("Rebels said they had captured 120 soldiers on Monday and the Army 45.", "45", "soldiers"),
])
def test_counted_gapped_after_name(nlp, text, surface, expected):
    assert counted_by_surface(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface", [
    ("Six men aged between 24 and 51 were arrested at the warehouse.", "between 24 and 51"),
    ("The two dead were both men aged over 70 who suffered heart attacks.", "over 70"),
    ("Two of her children, a boy aged 13 and a girl, were quarantined.", "13"),
])
def test_counted_age_word_before_qualifier(nlp, text, surface):
    """ "aged" before the qualifier words of a number ("aged over 70") makes it an age as "aged 70" does (stop-38
    article probe: disasters, crime; GUIDE: ages are figures with counted "age")."""
    assert counted_by_surface(nlp, text)[surface] == "age"


@pytest.mark.parametrize("text,surface,expected", [
    # Reuters train_0687 as hard-wrapped (the parser hangs the number on "stock")
    ("three-for-two stock split in May 1986.", "three-for-two", "split"),
    ("Earnings per share were adjusted for a three-for-two stock split in May 1986.", "three-for-two", "split"),
    ("Apple announced a 4-for-1 stock split.", "4-for-1", "split"),
    ("Prices saw a tenfold price increase.", "tenfold", "increase"),
])
def test_counted_a_multiple_counts_its_whole_noun_phrase(read, text, surface, expected):
    assert counted(read(text, surface))[1] == expected


@pytest.mark.parametrize("text,after,end", [
    ("sentences of 4 and 6 years", "4", "sentences of 4 and 6"),
    ("aged 12, 14 and 15, were", "12", "aged 12, 14 and 15"),
    ("4 or 5 days", "4", "4 or 5"),
    ("arrested 4 and released 6", "4", "arrested 4"),  # a word between the numbers ends no list
    ("Of the 12, 5 per cent", "12", "Of the 12"),      # a comma alone opens no list
])
def test_counted_list_end_is_after_the_last_number_of_a_list(text, after, end):
    # each number as a mention of its own: the walk along a list, apart from the parser's joining of ranges
    mentions = [shifted(parse_numbers(n.group())[0], n.start()) for n in re.finditer(r"\d+", text)]
    at = text.index(after) + len(after)
    assert text[:list_end(text, at, mentions)] == end


def test_counted_list_end_takes_a_range_as_the_last_item():
    """ "12, 14 or 15 years": the parser reads "14 or 15" as one range, which ends the list."""
    text = "aged 12, 14 or 15 years"
    assert text[:list_end(text, text.index("12") + 2, parse_numbers(text))] == "aged 12, 14 or 15"


@pytest.mark.parametrize("text,surface,expected", [
    ("Two co-defendants received sentences of three and five years.", "Two", ("defendants", "defendant")),
    ("Three vice-presidents resigned on Monday.", "Three", ("presidents", "president")),
    ("Two passers-by were injured.", "Two", ("passers", "passer")),  # no prefix: the first piece is the noun
])
def test_counted_a_noun_a_prefix_is_hyphened_to(read, text, surface, expected):
    assert counted(read(text, surface)) == expected


@pytest.mark.parametrize("item, surface, lemma", [
    ("reuters/train_0161.txt", "four", "partner"),  # "the four ex-partners of Aramco" (Saudi crude sales)
])
def test_counted_prefixed_nouns_in_a_wire_item(nlp, item, surface, lemma):
    from newsfigures.eval import reuters
    from newsfigures.ingest import load_path
    if reuters.unavailable():
        pytest.skip(reuters.unavailable())
    (art,), _ledger = load_path(reuters.document_path(item))
    assert lemma in {f.counted_lemma for f in extract_figures(art, nlp) if f.text == surface}


def _surfaces(nlp, text: str) -> list[str]:
    """The surfaces of the figures extracted from `text`, each checked against its offsets."""
    art = Article(id="t", text=text, raw_text=text, published="2025-09-02", source_file="t.txt")
    found = extract_figures(art, nlp)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.text for f in found]


@pytest.mark.parametrize("text,expected", [
    # a duration's or an age's time unit is part of its surface (tests/gold/README.md, "Surface boundaries")
    ("The strike lasted six weeks.", ["six weeks"]),
    ("A 12-year-old boy was injured.", ["12-year-old"]),
    ("She is 51 years old.", ["51 years old"]),
    ("He was jailed for up to two years.", ["up to two years"]),
    ("The army ended a 40-day siege.", ["40-day"]),
    # a list's earlier number has no unit of its own written after it
    ("They received sentences of 4 and 6 years.", ["4", "6 years"]),
    # a number that is no duration keeps its surface
    ("Police arrested 12 men and two women.", ["12", "two"]),
])
def test_counted_duration_surface_holds_its_unit(nlp, text, expected):
    assert _surfaces(nlp, text) == expected


def test_counted_duration_surface_in_a_lee_item(nlp):
    """Lee bg_283 (dev gold, Davis Cup final): "France's defeat against Australia in Nice two years ago"."""
    from newsfigures.eval import lee
    try:
        text = lee.document_path(lee.item_name(283)).read_text(encoding="utf-8")
    except lee.LeeUnavailable as err:
        pytest.skip(str(err))
    assert "two years" in _surfaces(nlp, text)
