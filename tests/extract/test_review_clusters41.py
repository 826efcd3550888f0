"""Stop 41's independent review probe of the readings merged this stop (start commit 064f98d): parts of a per cent
or point and basis points (numbers.units.rate_unit_after), a per cent sizing an interest rate's move
(extract.rate_points), the size of a move of a measured level or of a gap (extract.change_size, GUIDE C1), the
person nouns medic, carer, MEP, paramilitary and an abbreviation's plural made singular (extract.tree.lemma), and the
place climb stopped at a coordinated clause with a subject of its own (extract.place, GUIDE P1).

Blind near-miss probe: ordinary wire sentences invented for the review (no corpus, gold or test sentence copied), in
the eight domains, where each reading must fire and, above all, where it must not (half a point in chess or
gymnastics, a quarter of a million, a part of a second or of a cent, a point of order, an altitude or age
difference, a poll lead, a distance travelled, an acronym that is no plural, a coordinated clause of the same
event). Every label was written from tests/gold/measures/GUIDE.md and read against it a second time before the
code ran. Blind score on main at 7719f64: 45 of 60 rows (two surfaces of the probe itself were then corrected to
the figure's own, "30" and "10", labels unchanged). The review narrowed two rules so that four place near misses
(Sindh, Goma, Leeds, Ohio: a coordinated clause of the same event) and "the half-point of the season" read as before
stop 41. Rows marked with a reason are readings the extractor does not make (strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap
from probe_articles import ELSEWHERE
from newsfigures.extract.tree import lemma
from newsfigures.numbers import parse_numbers

# Causes of the rows the code still misreads after the review's two narrowings (strict xfails)
GAME_POINT = gap("numbers.units.rate_unit_after reads 'half a point' as a percentage point wherever it stands: a game "
                 "or judge's half point (chess, gymnastics) has the same words as a rate's half-point move, and the "
                 "number parser sees no context; telling them apart needs the extract layer (what moves by it)")
PLACES_MOVED = gap("a count of places a rank moves by is no measurement (change_size.MOVED_MEASURE_DIMENSIONS has no "
                   "count) and no other reader takes a rank's move: C1's change is not read")
GAP_MARGIN = gap("change_size.is_gap_size reads any count a 'difference' noun takes as the size of a change; a gap "
                 "between two holders at one time (two sides in a table) is C3's margin, `total`; its one dev figure "
                 "(wn2004_086) is a gap between two tallies of one count")
NOT_CLIMBED = gap("not read before stop 41's place mend either: the climb from the second clause's figure does not "
                  "reach the first clause's place ('rose to 30', 'killed 12' with 'at a market in Kabul', 'police "
                  "arrested 30'); a pre-existing gap, not this stop's rule")

# ---------------------------------------------------------------- numbers: parts of a per cent or point
PART_OF_POINT = [
    ("business", "The central bank lifted its benchmark rate by half a percentage point on Thursday.",
     "half a percentage point", 0.5, "percentage_point"),
    ("politics", "Support for the government slipped a quarter of a percentage point in the latest poll.",
     "a quarter of a percentage point", 0.25, "percentage_point"),
    ("business", "Mortgage lenders raised their variable rates by 40 basis points.", "40 basis points", 0.4,
     "percentage_point"),
    ("business", "The Bank of England cut rates by a quarter-point on Thursday.", "a quarter-point", 0.25,
     "percentage_point"),
    ("health", "Unemployment among nurses rose half a per cent to 5.6 per cent.", "half a per cent", 0.5, "percent"),
]

# near misses: nothing here is a per cent or a percentage point
NOT_PERCENT = [
    pytest.param("sport", "Carlsen leads the tournament by half a point with two rounds left.",
                 marks=GAME_POINT),  # chess points
    pytest.param("sport", "The judges deducted half a point for the stumble on landing.",
                 marks=GAME_POINT),  # a gymnastics score
    ("sport", "At the half-point of the season, the club sat third in the table."),  # a moment, no figure
    ("disasters", "A quarter of a million people were left homeless by the floods."),
    ("science", "The probe missed its target window by 0.5 of a second."),
    ("crime", "The fraudsters skimmed half a cent from each of 2 million transactions."),
    ("politics", "The Speaker ruled on a point of order raised by two MPs."),
    ("business", "The talks resumed on the basis of a 2015 framework deal."),
]


@pytest.mark.parametrize("domain,text,surface,value,unit", PART_OF_POINT)
def test_review_clusters41_part_of_point(domain, text, surface, value, unit):
    m = next(m for m in parse_numbers(text) if m.text == surface)
    assert (m.kind, m.unit, round(m.value, 6)) == ("percent", unit, value)


@pytest.mark.parametrize("domain,text", NOT_PERCENT)
def test_review_clusters41_not_percent(domain, text):
    assert [m.text for m in parse_numbers(text) if m.kind == "percent"] == []


# ---------------------------------------------------------------- rate_points: dimension
RATE_MOVES = [
    # two figures since stop 42 (numbers/ranges.py: "by X to Y" after a verb of change is the move and the level)
    ("business", "The Reserve Bank cut the cash rate by 0.25 per cent to 4.5 per cent.", "0.25 per cent",
     "percentage_point"),
    ("business", "The Reserve Bank cut the cash rate by 0.25 per cent to 4.5 per cent.", "4.5 per cent", "percent"),
    ("politics", "The Fed raised its key interest rate by 0.5 per cent on Wednesday.", "0.5 per cent",
     "percentage_point"),
    # near misses: a relative change of something else; a rate's level
    ("business", "The bank's profit rose 8 per cent despite lower interest rates.", "8 per cent", "percent"),
    ("business", "Mortgage repayments will rise 3 per cent after the rate rise, economists said.", "3 per cent",
     "percent"),
    ("business", "The interest rate on the bonds rose to 5 per cent on Friday.", "5 per cent", "percent"),
    ("health", "The infection rate in the region rose 12 per cent last month.", "12 per cent", "percent"),
]


@pytest.mark.parametrize("domain,text,surface,expected", RATE_MOVES)
def test_review_clusters41_rate_move_dimension(measures, domain, text, surface, expected):
    assert measures(text)[surface].dimension == expected


# ---------------------------------------------------------------- change_size: scope
SIZES = [
    ("science", "The airliner dropped 3,000 metres in less than a minute.", "3,000 metres", "change"),
    ("health", "The patient's temperature rose 2 degrees within an hour.", "2 degrees", "change"),
    ("health", "She lost 20 kilograms in the year after the surgery.", "20 kilograms", "change"),
    pytest.param("sport", "He fell three places in the world rankings after the defeat.", "three", "change",
                 marks=PLACES_MOVED),
    # near misses: a distance travelled; a difference between two things, no rise or fall; a margin or lead (C3)
    ("conflict", "The troops marched 40 kilometres to the border.", "40 kilometres", "total"),
    ("science", "The rover travelled 5 kilometres across the crater floor.", "5 kilometres", "total"),
    ("disasters", "There is a 300-metre difference in altitude between the two camps.", "300-metre", "total"),
    ("crime", "The court heard there was a 30-year age difference between the accused and the victim.", "30-year", "total"),
    pytest.param("sport", "The 10-point difference between the top two sides is the biggest in years.", "10", "total",
                 marks=GAP_MARGIN),
    ("politics", "Labor holds a 5 point lead in the latest poll.", "5", "total"),
    ("business", "The miner lost 2 million tonnes of output to the floods.", "2 million tonnes", "total"),
]


@pytest.mark.parametrize("domain,text,surface,expected", SIZES)
def test_review_clusters41_change_size_scope(measures, domain, text, surface, expected):
    assert measures(text)[surface].scope == expected


# ---------------------------------------------------------------- quantity: the new person nouns
QUANTITIES = [
    ("health", "The charity sent 40 medics to the camp.", "40", "people"),
    ("health", "The care home employs 60 carers.", "60", "people"),
    ("politics", "Twelve MEPs voted against the motion.", "Twelve", "people"),
    ("politics", "Forty MPs signed the letter to the prime minister.", "Forty", "people"),
    ("conflict", "The government deployed 300 paramilitaries to the border.", "300", "troops"),
    ("conflict", "Two paramilitaries were killed in the clash.", "Two", "deaths"),
    # acronym plurals of things: the singular lemma (GUIDE: the head noun's singular lemma)
    ("crime", "Police seized 5,000 DVDs from the market stall.", "5,000", "dvd"),
    ("crime", "Thieves raided 30 ATMs across the city.", "30", "atm"),
    ("conflict", "Troops found 12 IEDs along the road.", "12", "ied"),
    ("business", "The carmaker recalled 40,000 SUVs.", "40,000", "suv"),
]


@pytest.mark.parametrize("domain,text,surface,expected", QUANTITIES)
def test_review_clusters41_quantity(measures, domain, text, surface, expected):
    assert measures(text)[surface].quantity == expected


# tree.lemma: the abbreviation's plural made singular; every other word keeps spaCy's own lemma
LEMMAS = [
    ("Forty MPs signed the letter.", "MPs", "mp"),
    ("The clinic hired 12 GPs last year.", "GPs", "gp"),
    ("Five CEOs resigned this week.", "CEOs", "ceo"),
    ("The gang forged 200 IDs.", "IDs", "id"),
]
LEMMA_NEAR_MISSES = [
    ("The US sent 300 troops to the region.", "US"),
    ("AIDS killed 3,000 people in the province last year.", "AIDS"),
    ("SARS infected 800 people in 2003.", "SARS"),
    ("The Lions won by 12 points.", "Lions"),
    ("The Reds lost 2-1 at home.", "Reds"),
    ("POLICE ARREST 12 MEN IN DAWN RAIDS", "RAIDS"),
    ("Three PhDs were awarded.", "PhDs"),
]


@pytest.mark.parametrize("text,word,expected", LEMMAS)
def test_review_clusters41_abbreviation_plural(nlp, text, word, expected):
    t = next(t for t in nlp(text) if t.text == word)
    assert lemma(t) == expected


@pytest.mark.parametrize("text,word", LEMMA_NEAR_MISSES)
def test_review_clusters41_abbreviation_near_miss(nlp, text, word):
    t = next(t for t in nlp(text) if t.text == word)
    assert lemma(t) == (t.lemma_ or t.text).lower()


# ---------------------------------------------------------------- place: a coordinated clause with its own subject
PLACES = [
    ("business", "Flooding shut roads in Houston and the refiner's shares fell 4 per cent.", "4 per cent", ""),
    # near misses: the second clause's subject names the same event, so the first clause's place restricts it (P1)
    pytest.param("conflict", "Fighting raged in Aleppo and the death toll rose to 30.", "30", "Aleppo",
                 marks=NOT_CLIMBED),
    pytest.param("conflict", "A car bomb exploded at a market in Kabul and the blast killed 12 people.", "12", "Kabul",
                 marks=NOT_CLIMBED),
    ("disasters", "Heavy rain lashed villages in Sindh and floods forced 20,000 people from their homes.", "20,000",
     "Sindh"),
    ("health", "Cholera broke out in a camp in Goma and the outbreak has killed 40 people.", "40", "Goma"),
    ("crime", "Police raided a house in Leeds and officers seized 3 kilograms of heroin.", "3 kilograms", "Leeds"),
    pytest.param("sport", "Fans rioted in Marseille and police arrested 30 people.", "30", "Marseille",
                 marks=NOT_CLIMBED),
    ("politics", "Voters went to the polls in Ohio and turnout reached 70 per cent.", "70 per cent", "Ohio"),
]


@pytest.mark.parametrize("domain,text,surface,expected", PLACES)
def test_review_clusters41_coordinated_place(measures, domain, text, surface, expected):
    assert measures(f"{text} {ELSEWHERE[domain]}")[surface].place == expected
