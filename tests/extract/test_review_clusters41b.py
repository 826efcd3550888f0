"""Stop 41's review probe of two subject readers merged this stop: sport_side.py (a side's runs, wickets or
scoreline told with "we"/"us" in a quote are the speaker's side, "they"/"them" beside them the other side) and
with_holder.py (a named holder a noun phrase gives owns the count its "with"/"aboard" phrase gives). Ordinary wire
sentences and short articles written for the review (no corpus, gold or test sentence copied), with near misses the
readers must not change: a coach of the side named second, a commentator's or a company's or a government's "we" in
a sport article, a player of a third country, an article naming three countries; a "with" on a verb ("charged
with", "met with", "clashed with"), a holder no name names. Every subject was written from
tests/gold/measures/GUIDE.md (the subject line: the group or person that has, suffers, pays or does it, written as
the text names it) and read against it a second time before the code ran. A subject is compared as the evaluator
compares it with the gold (eval.measure_rules.name_ok: case-folded, one name the other's last words, so "Aurora"
agrees with "MV Aurora"). Blind score on main at 7719f64: 25 of 37 by exact string, 29 of 37 by name_ok; the two
sport_side misfires it found (a coach written "Pakistan's ... coach", a tri-series article) were narrowed in
review41b. Rows marked with a reason are readings the extractor does not make (strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap
from newsfigures.eval.measure_rules import name_ok

UNNAMED_HOLDER = ("with_holder takes only a NAMED holder; 'the suspect, with $30,000' is an appositive 'with' on an "
    "unnamed noun, and no other reader gives the noun it is set on")
NO_RUNS_WORD = ("'bowl them out for 200' names no runs: the quantity is read '' and sport_side reads only runs, "
    "wickets or a scoreline")
NAME_THEN_SIDE = ("the side written AFTER the speaker's name ('said Ravi Menon, India's coach') is not read: "
    "sport_side takes the article's first side, as the clause readers did before it")
THIRD_COUNTRY = ("an article naming three countries: 'them' is left unread (review41b narrowing); which side the "
    "sentence before names (India) is not read")
COMPANY_WE = ("a company's 'we' in a quote its spokesman says is not read as the company (the speaker's "
    "organisation is no reader's)")

CONFLICT = [
    ("Hamas, a group with some 20,000 fighters in Gaza, rejected the truce on Monday.", "20,000", "Hamas"),
    ("The Free Tigers, with about 8,000 fighters, control much of the north.", "8,000", "Free Tigers"),
    # near misses: a "with" of company on a verb; a holder no name names
    ("Government troops clashed with 200 militants near the border on Sunday.", "200", "militants"),
]

DISASTERS = [
    ("Cyclone Nora, a storm with winds of 150 km/h, hit the northern coast on Monday.", "150", "Cyclone Nora"),
    ("The MV Aurora, a ferry with 300 passengers aboard, sank off the island on Friday.", "300", "MV Aurora"),
    # near misses: no named holder
    ("A ferry with 300 passengers aboard sank off the island on Friday.", "300", "passengers"),
    ("Rescuers reached a village with 2,000 residents cut off by the floods.", "2,000", "residents"),
]

BUSINESS = [
    ("Acme Foods, a Leeds firm with 200 staff, collapsed into administration on Tuesday.", "200", "Acme Foods"),
    ("Norland Bank, with 1,200 branches across the country, reported a record profit.", "1,200", "Norland Bank"),
    # near miss: a "with" on the verb, the clause's subject
    ("Shareholders backed the merger with 80 per cent of the vote on Friday.", "80", "Shareholders"),
]

POLITICS = [
    ("The Labour Party, with 350 seats, will form the next government.", "350", "Labour Party"),
    # near misses: "met with" is company, the counted group; a verb's subject
    ("President Lula met with 40 mayors in Brasilia on Tuesday.", "40", "mayors"),
    ("The ruling party ended the vote with 52 per cent of the seats.", "52", "ruling party"),
]

HEALTH = [
    ("St Luke's Hospital, a hospital with 600 beds, closed its emergency ward on Monday.", "600",
     "St Luke's Hospital"),
    # near miss: a trial with no named holder keeps the counted group
    ("A trial with 2,000 patients found that the drug cut deaths by a third.", "2,000", "patients"),
]

SCIENCE = [
    ("The six astronauts aboard the International Space Station watched the eclipse.", "six",
     "International Space Station"),
    ("Cassini, a probe with 12 instruments, entered orbit around Saturn on Wednesday.", "12", "Cassini"),
    # near miss: "with" of company on a verb
    ("The researchers worked with 30 volunteers over two years.", "30", "volunteers"),
]

CRIME = [
    ("John Hale, a father with three children, was jailed for six years on Friday.", "three", "John Hale"),
    ("Mary Brown, a nurse with two previous convictions, was sentenced on Monday.", "two", "Mary Brown"),
    ("Carlos Ruiz, with $30,000 in cash in his bag, was arrested at the airport.", "30,000", "Carlos Ruiz"),
    # near misses: "charged with" on a passive verb is its subject's; an unnamed holder
    ("John Hale was charged with three counts of fraud on Monday.", "three", "John Hale"),
    pytest.param("The suspect, with $30,000 in cash in his car, was stopped at the border.", "30,000", "suspect",
                 marks=gap(UNNAMED_HOLDER)),
]

CRICKET = ("Australia face India in the third Test in Sydney on Friday. Australian captain Mark Hale was "
           "confident. \"If we can bowl them out for 200 tomorrow, we can win it,\" Hale said.")
SECOND_COACH = ("Australia beat India by 120 runs in Adelaide on Sunday. India coach Ravi Menon blamed his "
                "batsmen. \"We were bowled out for 210 on a good pitch,\" he said.")
COACH_AFTER = ("Australia beat India by 120 runs in Adelaide on Sunday. \"We were bowled out for 210 on a good "
               "pitch,\" said Ravi Menon, India's coach.")
THIRD_COACH = ("New Zealand beat Pakistan by 60 runs in Napier on Tuesday. Pakistan's South African coach Dirk "
               "Botha was blunt. \"We were bowled out for 190 and that was never enough,\" Botha said.")
THREE_COUNTRIES = ("England's loss to Sri Lanka in Perth left Australia top of the tri-series table. England "
                   "play Sri Lanka again on Friday. Australia beat India in Adelaide. \"We bowled them out for "
                   "170,\" Australian captain Mark Hale said.")
RUGBY = ("Ireland beat Wales 27-20 in Dublin on Saturday. Wales captain Rhys Owen said his side had fought back. "
         "\"We were 17-3 down at half-time,\" Owen said.")
THEY_UP = ("Brazil beat Japan 4-2 in Tokyo on Wednesday. Japan coach Kenji Sato was proud. \"They went 1-0 up "
           "early but we kept going,\" Sato said.")
COMMENTATOR = ("France beat Italy 3-1 in Paris on Saturday. \"We saw Italy pull one back after France went 2-0 "
               "up,\" commentator Marco Rossi told RAI radio.")
SPONSOR = ("Brazil beat Argentina 2-1 in Sao Paulo on Wednesday. Adidas, which makes the match ball, said it was "
           "pleased. \"We have sold 2 million replicas since the tournament began,\" said Adidas spokesman Tom "
           "Weber.")
MINISTER = ("Brazil play Argentina in the final in Rio on Sunday. \"We will put 12,000 police on the streets for "
            "the final,\" Brazil's sports minister Ana Costa said.")
REFEREE = ("England beat Scotland 2-0 at Wembley on Saturday. \"When England led 1-0 we had no reason to stop "
           "the game,\" referee Paul Dunn said.")

SPORT = [
    # sport_side: "we" the speaker's side, "them" beside it the other side
    pytest.param(CRICKET, "200", "India", marks=gap(NO_RUNS_WORD)),
    (SECOND_COACH, "210", "India"),
    pytest.param(COACH_AFTER, "210", "India", marks=gap(NAME_THEN_SIDE)),
    (THIRD_COACH, "190", "Pakistan"),
    pytest.param(THREE_COUNTRIES, "170", "India", marks=gap(THIRD_COUNTRY)),
    (RUGBY, "17", "Ireland"),  # Wales is a side since stop 56 (data/demonyms_added.txt: "Welsh")
    (RUGBY, "3", "Wales"),
    (THEY_UP, "1", "Brazil"),
    # near misses: a commentator's "we", where the clause names its side; a company's, a government's and a
    # referee's "we" on a count that is no side's score or
    # beside a scoreline whose clause names its side
    (COMMENTATOR, "2", "France"),
    pytest.param(SPONSOR, "2 million", "Adidas", marks=gap(COMPANY_WE)),
    (MINISTER, "12,000", "police"),
    (REFEREE, "1", "England"),
    # with_holder in sport
    ("Leeds, the only team with 12 points from four games, lead the table.", "12", "Leeds"),
    # near miss: a "with" on the verb whose named subject owns it
    ("Spain finished the group with nine points.", "nine", "Spain"),
]


def owner(measures, text: str, number: str) -> str:
    """The subject of the figure of `text` whose surface holds `number` (the shortest such surface)."""
    found = {k: m for k, m in measures(text).items() if number in k}
    assert found, list(measures(text))
    return min(found.items(), key=lambda kv: len(kv[0]))[1].subject


def agrees(pred: str, gold: str) -> bool:
    """The subject agrees with its label as the evaluator scores it (empty only with empty)."""
    return pred == gold or bool(pred and gold and name_ok(pred, gold))


@pytest.mark.parametrize("text,number,expected", CONFLICT)
def test_review_clusters41b_conflict(measures, text, number, expected):
    assert agrees(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", DISASTERS)
def test_review_clusters41b_disasters(measures, text, number, expected):
    assert agrees(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", BUSINESS)
def test_review_clusters41b_business(measures, text, number, expected):
    assert agrees(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", POLITICS)
def test_review_clusters41b_politics(measures, text, number, expected):
    assert agrees(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", HEALTH)
def test_review_clusters41b_health(measures, text, number, expected):
    assert agrees(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SCIENCE)
def test_review_clusters41b_science(measures, text, number, expected):
    assert agrees(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", CRIME)
def test_review_clusters41b_crime(measures, text, number, expected):
    assert agrees(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SPORT)
def test_review_clusters41b_sport(measures, text, number, expected):
    assert agrees(owner(measures, text, number), expected)
