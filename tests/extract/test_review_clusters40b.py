"""Stop 40's review probe (task review40b) of three readings merged this stop, each resting on one dev story, a GUIDE
line and its own blind probe: their near misses, written blind over the eight domains.

- event, extract/sized_level.py: a time that sizes a level noun ("a 40-year low", "52-week highs") is `measured`
  (GUIDE E1, a level with no event); near misses: a time on an act whose noun phrase holds "high"/"low" as a word of
  another noun ("a two-hour high-speed chase", "a 10-year high school reform", "a three-day high-level meeting"),
  which takes the act noun (E2, as tests/extract/test_event_clusters40.py labels "a 24-hour strike").
- subject, extract/described_group.py: "they"/"them" stands for a plural a word describes named before ("Syrian
  warplanes"); near misses: a "they" that stands for a singular company, team or agency written as plural, a "they"
  after two parties, a generic "they say", a "they" in a quote that means the other side.
- quantity, extract/one_of.py: in "X is one of N (discussed)" the counted thing is X; near misses: "one of N" with
  the count's own noun, a proper-name or pronoun subject, "one" as the subject, persons (`people`) and casualty
  verbs (`deaths`, `injured`) on the elided count.

Ordinary wire sentences invented for this table (none from the corpora or the gold); each label written from
tests/gold/measures/GUIDE.md before the code was run and re-read while drafting (no separate second pass). Owners
are compared as the evaluation compares them (`measure_rules.name_ok`; ";" lists names either of which is right).
Blind run (main da7b041, unchanged code): 26 of 36 (event 6/11, subject 7/11, quantity 13/14). Misfires of the three
readings: none of sized_level's near misses read `measured`, none of one_of's changed; described_group gave four
near misses a wrong owner ("Foreign investors" for Hallam Foods' jobs, "English supporters" for the home side's
games, "European astronomers" for the space agency's spending, "Opposition lawmakers" for a quoted "they" meaning
the government), each "" without it. After narrowing described_group (described_before: no body in the plural's
clause, no singular noun subject between): the four read "" (no wrong owner), dev output identical; still 26 of 36,
the rows below marked with their cause stay strict xfails (the four owners the text names are not sought).
"""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.eval.measure_rules import name_ok


HYPHENED = gap("a time before an act noun with a hyphened or compound modifier ('a two-hour high-speed chase', 'a "
               "10-year high school reform') takes the framing verb (other:end), while 'a two-hour chase' reads "
               "other:chase: the act-noun reading misses the time across the modifier; sized_level does not fire")
HIGH_ADJ = gap("'rose to a seven-week high': the tagger tags 'high' ADJ, so sized_level (a NOUN level) does not read it and "
               "the verb's class (rose) is taken; 'hit 52-week highs', 'reached a 10-year high' are read")
BODY_THEY = gap("a 'they' standing for a company, agency or team written as plural: described_group rightly no longer "
                "takes the described plural, but the body (an object, a possessor, a singular subject) is not sought")
QUOTED_THEY = gap("a quoted 'they' meaning the other side (the government named as an object before): not sought; "
                  "the described lawmakers are no longer taken, a singular subject (their leader) standing between")
FUND_MEMBERS = gap("'40 members of the fund' are countries: the head-noun fallback gives 'member', but members is read "
                   "as a word for persons (people); one_of does not fire (the number has its own noun)")


def figure(measures, text: str, number: str):
    """The measure of the figure of `text` whose surface holds `number` (the shortest such surface)."""
    found = {k: m for k, m in measures(text).items() if number in k}
    assert found, list(measures(text))
    return min(found.items(), key=lambda kv: len(kv[0]))[1]


# event: a time that sizes a level, and times on acts whose phrase holds "high"/"low"
EVENT = [
    # conflict
    pytest.param("Rebel and army commanders opened a three-day high-level meeting in the capital on Monday.", "three",
                 "other:meeting", marks=HYPHENED),
    # business
    pytest.param("The yen rose to a seven-week high against the dollar on Tuesday.", "seven", "measured",
                 marks=HIGH_ADJ),
    ("Shares of the miner hit 52-week highs on Friday.", "52", "measured"),
    # crime
    pytest.param("Police ended a two-hour high-speed chase on the motorway on Sunday.", "two", "other:chase",
                 marks=HYPHENED),
    # politics
    pytest.param("The ministry launched a 10-year high school reform on Monday.", "10", "other:reform",
                 marks=HYPHENED),
    ("The president's approval rating sank to a three-year low in the latest poll.", "three", "measured"),
    # disasters
    ("The river dropped to a 100-year low after months without rain.", "100", "measured"),
    pytest.param("Forecasters issued a 48-hour high wind warning for the coast on Friday.", "48", "other:warning",
                 marks=HYPHENED),
    # health
    ("Flu cases reached a 10-year high this winter, the health ministry said.", "10", "measured"),
    # science
    ("Arctic sea ice shrank to a 40-year low in September.", "40", "measured"),
    # sport
    ("The club's crowds fell to a 20-year low this season.", "20", "measured"),
]

# subject: "they"/"them" and a described plural named before
SUBJECT = [
    # conflict
    ("Syrian warplanes bombed rebel positions overnight. Witnesses saw them drop six barrel bombs.", "six",
     "Syrian warplanes"),
    ("Government troops and rebel fighters clashed near the border on Sunday. They lost 30 men in the fighting.",
     "30", ""),
    ("Israeli troops raided the camp on Monday. Palestinian gunmen fought back from the rooftops. They fired 15 "
     "rockets at the troops.", "15", "Palestinian gunmen"),
    # business
    pytest.param("Foreign investors dumped shares in Hallam Foods on Monday. They have cut 1,200 jobs this year as "
                 "sales fell.", "1,200", "Hallam Foods", marks=BODY_THEY),
    ("Senior economists expect the slowdown to deepen. They say unemployment could reach 9 per cent next year.",
     "9 per cent", ""),
    # politics
    pytest.param("Opposition lawmakers walked out of parliament on Tuesday. Their leader, Ana Ruiz, accused the "
                 "government of lying. \"They have broken 20 promises in two years.\"", "20", "government",
                 marks=QUOTED_THEY),
    ("Striking French farmers blocked roads around Paris on Monday. They dumped 50 tonnes of manure outside the "
     "ministry.", "50 tonnes", "French farmers; farmers; Striking French farmers"),
    # health
    ("British nurses are leaving the profession in record numbers. They say the wards are short of 40,000 staff.",
     "40,000", ""),
    # science
    pytest.param("European astronomers praised the space agency's new telescope on Monday. They spent $10 billion "
                 "building it over 20 years.", "$10 billion", "space agency; agency", marks=BODY_THEY),
    # crime
    ("Customs officers at Dover are braced for a busy summer. At the border they check 3,000 lorries a day.", "3,000",
     "Customs officers"),
    # sport
    pytest.param("English supporters filled the ground on Saturday. The home side lost again. They have now gone 11 "
                 "games without a win.", "11", "home side; side", marks=BODY_THEY),
]

# quantity: "X is one of N" and its near misses
QUANTITY = [
    # conflict
    ("The soldier was one of 12 wounded in the ambush.", "12", "injured"),
    ("One of the five hostages was released on Monday.", "five", "people"),
    # disasters
    ("The home was one of 40 destroyed by the fire.", "40", "home"),
    ("The driver was one of 12 people killed in the crash.", "12", "deaths"),
    # business
    pytest.param("Norway is one of 40 members of the fund.", "40", "member", marks=FUND_MEMBERS),
    ("The bid is one of three the board will consider.", "three", "bid"),
    # politics
    ("Ms Reyes is one of three candidates for the party leadership.", "three", "people"),
    ("The minister was one of three who resigned on Friday.", "three", "people"),
    # health
    ("The hospital is one of six that treat the disease in the country.", "six", "hospital"),
    ("The patient was one of four to die from the infection this year.", "four", "deaths"),
    # science
    ("The probe is one of two launched by the agency this year.", "two", "probe"),
    # crime
    ("The teenager is one of five charged over the riot.", "five", "people"),
    # sport
    ("Sunday's goal was one of three scored in the final minutes.", "three", "goal"),
    ("The striker is one of 11 players called up for the match.", "11", "people"),
]


@pytest.mark.parametrize("text,number,expected", EVENT)
def test_review_clusters40b_sized_level(measures, text, number, expected):
    assert figure(measures, text, number).event == expected


@pytest.mark.parametrize("text,number,expected", SUBJECT)
def test_review_clusters40b_described_group(measures, text, number, expected):
    assert name_ok(figure(measures, text, number).subject, expected)


@pytest.mark.parametrize("text,number,expected", QUANTITY)
def test_review_clusters40b_one_of(measures, text, number, expected):
    assert figure(measures, text, number).quantity == expected
