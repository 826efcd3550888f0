"""Stop 37's probe of detection (which numbers are figures, their surface and qualifier) on ordinary wire-service news
of the eight domains the issue names (conflict, disasters, business and markets, elections and politics, health,
science and space, crime and courts, sport): invented sentences, each with the exact list of figures (surface,
qualifier) tests/gold/README.md ("What is a figure", "Surface boundaries", "Qualifiers and intervals", "Units") gives,
written and checked a second time against the guide before the code was run; no test document. Sentences with no
figure list dates, times, names with numbers, phone numbers and addresses. Rows marked with a reason are readings
the extractor does not make (strict xfail: a fix turns them into a pass that must be moved up); the table of causes
is in docs/findings/detection.md, "Detection on news it was not written for (stop 37)"."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.extract import extract_figures
from newsfigures.model import Article

E, A, AL, MT, AM, N, V = "exact", "approx", "at_least", "more_than", "at_most", "nearly", "vague"


CONFLICT = [
    ('At least 27 people were killed and 60 wounded in the blast, the Interior Ministry said.',
     [('At least 27', AL), ('60', E)]),
    ('The UN says some 1,200 peacekeepers will be deployed by March 15.',
     [('some 1,200', A)]),
    ('Tens of thousands of people have fled the fighting since October 2023.',
     [('Tens of thousands', V)]),
    pytest.param('A 5,000-strong force crossed the border on Tuesday.',
                 [('5,000-strong', E)],
                 marks=gap("surface: '-strong' after the number stays outside it (found, value right; GUIDE 'Surface "
                           "boundaries')")),
    ('The army said it had killed more than 300 militants in the past 24 hours.',
     [('more than 300', MT)]),
    ("Nearly two-thirds of the city's buildings have been damaged, according to satellite images.",
     [('Nearly two-thirds', N)]),
    pytest.param('Two soldiers and a 12-year-old boy were among the dead.',
                 [('Two', E), ('12-year-old', E)]),
    ('The F-16 jets dropped four 2,000-pound bombs on the compound.',
     [('four', E), ('2,000-pound', E)]),
    pytest.param('Rebels shelled the town for three days in a row, killing dozens of civilians.',
                 [('three days', E), ('dozens', V)]),
    ('It was the deadliest attack on the city since the 9/11 attacks, officials said.',
     []),
    ('About 3,000 more troops will arrive next month, bringing the total to 15,000.',
     [('About 3,000', A), ('15,000', E)]),
    ('The group is holding an estimated 100 hostages, one of the negotiators said.',
     [('an estimated 100', A)]),
    pytest.param('Ukraine reported 12 drone attacks overnight and Russia 30.',
                 [('12', E), ('30', E)]),
]

DISASTERS = [
    ('The magnitude 7.1 earthquake struck at 4:17am local time, 10 km below the surface.',
     [('magnitude 7.1', E), ('10 km', E)]),
    pytest.param('Temperatures plunged to -40C in the north, and at least 12 people died of hypothermia.',
                 [('-40C', E), ('at least 12', AL)]),
    ('Winds of up to 145 mph battered the coast as the storm made landfall.',
     [('up to 145 mph', AM)]),
    ('Half a million people are without power after the storm.',
     [('Half a million', E)]),
    ('The floods have displaced hundreds of thousands of people and destroyed 1 in 5 homes in the province.',
     [('hundreds of thousands', V), ('1 in 5', E)]),
    pytest.param('Rescuers pulled a 3-year-old girl alive from the rubble 72 hours after the quake.',
                 [('3-year-old', E), ('72 hours', E)]),
    ('The wildfire has burned 120,000 hectares, an area roughly the size of Singapore.',
     [('120,000 hectares', E)]),
    ('Nearly 400 aftershocks, the strongest measuring 5.6, have rattled the region.',
     [('Nearly 400', N), ('5.6', E)]),
    pytest.param('Sea levels could rise by as much as 1.1 metres by 2100 if warming exceeds 1.5C.',
                 [('as much as 1.1 metres', AM), ('1.5C', E)],
                 marks=gap("the label read 'exceeds' as no cue where the GUIDE's more_than row lists 'exceeding'")),
    ('A dozen villages were cut off by the landslide, the Red Cross said.',
     [('A dozen', A)]),
    pytest.param('The storm dumped 30cm of snow in 24 hours.',
                 [('30cm', E)],
                 marks=gap("extra: 'in 24 hours' frames the 30cm (a reference period, GUIDE 'What is a figure') "
                           'but is kept as a'
                           ' duration (extract/counted.duration_unit)')),
    pytest.param('The temperature hit 48.8C in Sicily, a European record.',
                 [('48.8C', E)]),
    ('The quake hit at 11:55am on 6 February 2023, the 37th anniversary of the disaster.',
     []),
    ('Floods killed 45 people in Kenya and the neighbouring country 18.',
     [('45', E), ('18', E)]),
]

BUSINESS = [
    ('The central bank raised rates by 25 basis points to 5.25%.',
     [('25 basis points', E), ('5.25%', E)]),  # stop 41: basis points are read (numbers.units.rate_unit_after)
    ('Acme posted a net profit of US$2.3bn, up 14% from a year earlier.',
     [('US$2.3bn', E), ('14%', E)]),
    ('The retailer will cut 1,500 jobs and close a third of its 300 stores.',
     [('1,500', E), ('a third', E), ('300', E)]),
    ("The company's market value topped $1.2 trillion on Friday.",
     [('topped $1.2 trillion', MT)]),
    ('The regulator fined the lender £1.2m and ordered it to repay 40,000 customers.',
     [('£1.2m', E), ('40,000', E)]),
    pytest.param('The Dow Jones Industrial Average fell 350 points, or 1.1%, to 38,500.',
                 [('350 points', E), ('1.1%', E), ('38,500', E)],
                 marks=gap("surface: 'points' / 'basis points' after the number stays outside the surface ('350' "
                           "of '350 "
                           "points')")),
    ('Oil climbed to $92 a barrel, its highest level since September.',
     [('$92', E)]),
    ('The FTSE 100 closed 0.4% higher.',
     [('0.4%', E)]),
    ('The deal, worth roughly $4.5 billion, is expected to close in the second half of 2025.',
     [('roughly $4.5 billion', A)]),
    ('Inflation eased to 2.5% in May from 2.8% in April.',
     [('2.5%', E), ('2.8%', E)]),
    pytest.param("About half of the firm's 12,000 employees work from home at least two days a week.",
                 [('About half', A), ('12,000', E), ('at least two days', AL)]),
    ('The company reported revenue of $3.1 billion in the three months to June.',
     [('$3.1 billion', E)]),
    ('Exports rose 4% in March and imports 2.5%.',
     [('4%', E), ('2.5%', E)]),
    ('Unemployment fell to 4.1 per cent, with 150,000 jobs added in March.',
     [('4.1 per cent', E), ('150,000', E)]),
]

POLITICS = [
    ('The ruling party won 52 of the 120 seats, a loss of 11.',
     [('52', E), ('120', E), ('11', E)]),
    ('Turnout was 61.2 per cent, the highest since 1992.',
     [('61.2 per cent', E)]),
    pytest.param('The bill passed 218-214 in the House.',
                 [('218', E), ('214', E)],
                 marks=gap("qualifier: 'passed' (a bill's vote) read as the more_than cue 'passes'; the tally's "
                           'first number is '
                           'exact')),
    ('Leaders of the G20 pledged $100 billion in climate finance.',
     [('$100 billion', E)]),
    pytest.param('The senator, 71, said she would not seek a fifth term.',
                 [('71', E)],
                 marks=gap("missed: an age set off by commas after a noun is left to spaCy's DATE "
                           '(mentions._bare_number_date; '
                           'reading these as ages was measured and dropped in an earlier stop)')),
    ('More than 1 in 3 voters said the economy was their main concern, a poll of 1,004 adults found.',
     [('More than 1 in 3', MT), ('1,004', E)]),
    ('The president signed Section 8 of the act into law on 4 July.',
     []),
    ("Some 40 million people are eligible to vote in Sunday's runoff, the electoral commission said.",
     [('Some 40 million', A)]),
    ('The opposition needs a two-thirds majority, or 200 of 300 seats, to change the constitution.',
     [('two-thirds', E), ('200', E), ('300', E)]),
    pytest.param('He served two four-year terms as governor.',
                 [('two', E), ('four-year', E)]),
    pytest.param("The coalition's lead narrowed to 3 points in the latest poll.",
                 [('3 points', E)],
                 marks=gap("surface: 'points' / 'basis points' after the number stays outside the surface ('350' "
                           "of '350 "
                           "points')")),
    pytest.param('Labour won 412 seats and the Conservatives 121.',
                 [('412', E), ('121', E)]),
    ('Protesters marched in 20 cities, organisers said, with up to 5,000 in the capital alone.',
     [('20', E), ('up to 5,000', AM)]),
]

HEALTH = [
    ('The WHO said 2,341 new cases of cholera were reported in the week to March 3.',
     [('2,341', E)]),
    ('Covid-19 has killed nearly 7 million people worldwide.',
     [('nearly 7 million', N)]),
    ('The vaccine was 95% effective in a trial of 43,000 volunteers.',
     [('95%', E), ('43,000', E)]),
    ('About 1 in 5 adults has high blood pressure, the study found.',
     [('About 1 in 5', A)]),
    pytest.param('The hospital treated a 6-month-old baby and two teenagers for burns.',
                 [('6-month-old', E), ('two', E)]),
    pytest.param('Patients waited 4 hours on average in the emergency department.',
                 [('4 hours', E)]),
    ('The drug cut the risk of death by a third.',
     [('a third', E)]),
    ('Health officials reported dozens of new infections at the care home on Monday.',
     [('dozens', V)]),
    ('The outbreak has infected 1,200 people in 14 districts, according to the ministry.',
     [('1,200', E), ('14', E)]),
    pytest.param("The patient's temperature rose to 40.5C.",
                 [('40.5C', E)]),
    ('The NHS 111 helpline received 30,000 calls on Christmas Day.',
     [('30,000', E)]),
    pytest.param('Measles cases rose to 1,274 in the United States and Canada 950.',
                 [('1,274', E), ('950', E)]),
]

SCIENCE = [
    ('The Falcon 9 rocket lifted off at 10:30 p.m. carrying 23 satellites.',
     [('23', E)]),
    pytest.param('The Apollo 11 crew spent 21 hours on the lunar surface.',
                 [('21 hours', E)]),
    pytest.param('The asteroid, about 140 metres wide, will pass 4.6 million km from Earth.',
                 [('about 140 metres', A), ('4.6 million km', E)],
                 marks=gap("qualifier: 'pass' in its motion sense ('pass N km from Earth') read as the more_than "
                           "cue 'passes'")),
    pytest.param('The telescope spotted a galaxy 13.4 billion light years away.',
                 [('13.4 billion light years', E)],
                 marks=gap("surface: 'light years' is not a unit of the parser (numbers/lexicon MEASURE_UNITS)")),
    ('The probe reached speeds of 635,000 km/h as it swung past the Sun.',
     [('635,000 km/h', E)]),
    pytest.param('Scientists said last year was 1.48C warmer than pre-industrial times.',
                 [('1.48C', E)],
                 marks=gap("missed: '1.48C' is read as a label (ceeb886 reverted); with it, spaCy's DATE '1.48C "
                           "warmer' is still dropped by the figure filter (extract/mentions.py)")),
    ('The ice sheet lost 270 billion tonnes of ice last year.',
     [('270 billion tonnes', E)]),
    pytest.param('The mission will last six months, and the crew of four will conduct more than 200 experiments.',
                 [('six months', E), ('four', E), ('more than 200', MT)],
                 marks=gap("missed: 'last' is read as a period word ('the last six months'), so the verb 'will "
                           "last six months' "
                           "loses its duration and spaCy's DATE drops it")),
    ('The satellite weighs 1,800 kg and orbits at an altitude of 550 km.',
     [('1,800 kg', E), ('550 km', E)]),
    pytest.param('The conference, attended by 190 countries, set a goal of limiting warming to 1.5C.',
                 [('190', E), ('1.5C', E)]),
    pytest.param('Scientists estimate the comet is 4.6 billion years old.',
                 [('4.6 billion years old', E)]),
    ('The Boeing 737 was carrying 157 passengers and crew.',
     [('157', E)]),
]

CRIME = [
    pytest.param('A 34-year-old man was sentenced to 12 years in prison for the robbery.',
                 [('34-year-old', E), ('12 years', E)]),
    ('Police seized 1.5 tonnes of cocaine worth an estimated £100m.',
     [('1.5 tonnes', E), ('an estimated £100m', A)]),
    ('The gunman fired at least 30 rounds before he was shot dead at 2:45pm.',
     [('at least 30', AL)]),
    ('Three men, aged 19, 22 and 25, were charged with murder.',  # stop 49: each number of a list after "aged"
     [('Three', E), ('19', E), ('22', E), ('25', E)]),
    pytest.param('He was ordered to pay $45,000 in damages and serve 200 hours of community service.',
                 [('$45,000', E), ('200 hours', E)]),
    pytest.param('The jury deliberated for nine hours before finding him guilty on 14 of 16 counts.',
                 [('nine hours', E), ('14', E), ('16', E)]),
    ('Police said the car was travelling at 95 mph in a 30 mph zone.',
     [('95 mph', E), ('30 mph', E)]),
    pytest.param('The suspect, who is 6ft 2in tall, was last seen on Elm Street.',
                 [('6ft 2in', E)],
                 marks=gap("surface: feet-and-inches is read as '6ft' alone (no compound of two units)")),
    ('The fraud cost victims more than $3.2 million over five years.',
     [('more than $3.2 million', MT)]),
    ('Officers arrested 41 people in dawn raids across 12 addresses on Tuesday.',
     [('41', E), ('12', E)]),
    ('Anyone with information should call 0800 555 0111, police said.',
     []),
    pytest.param('Police were called to 10 Downing Street at 3am.',
                 [],
                 marks=gap('extra: a house number of an address is not recognised (nonfigures has phones, not '
                           'addresses)')),
    pytest.param('Courts jailed 14 rioters in Leeds and magistrates in Hull 9.',
                 [('14', E), ('9', E)],
                 marks=gap("missed: the gapped count is read since 4fc559c relanded, but spaCy's DATE 'Hull 9' is "
                           "still dropped by the figure filter (extract/mentions.py)")),
]

SPORT = [
    pytest.param('Arsenal beat Chelsea 3-2 on Saturday to go four points clear at the top.',
                 [('3', E), ('2', E), ('four points', E)],
                 marks=gap("missed: a scoreline after a team name ('Chelsea 3-2') is read as a name's number "
                           "('Chelsea 3'); also"
                           " 'four points' surface")),
    pytest.param('He won the 100m in 9.58 seconds.',
                 [('100m', E), ('9.58 seconds', E)]),
    pytest.param('The 31-year-old scored 112 off 98 balls.',
                 [('31-year-old', E), ('112', E), ('98', E)],
                 marks=gap("missed: 'the N-year-old' is taken for a framing period by "
                           "extract/counted.duration_unit's 'the' "
                           "guard, and spaCy's DATE drops it")),
    pytest.param('She won 6-3, 6-4 in 78 minutes to reach the third round.',
                 [('6', E), ('3', E), ('6', E), ('4', E), ('78 minutes', E)]),
    ('A crowd of 82,500 watched the final at Wembley.',
     [('82,500', E)]),
    pytest.param('The club paid a world-record £100m for the 22-year-old forward.',
                 [('£100m', E), ('22-year-old', E)],
                 marks=gap("missed: 'the N-year-old' is taken for a framing period by "
                           "extract/counted.duration_unit's 'the' "
                           "guard, and spaCy's DATE drops it")),
    pytest.param('He ran the final 400 metres in 52 seconds.',
                 [('400 metres', E), ('52 seconds', E)]),
    ('The team has won 11 of its last 12 games.',
     [('11', E), ('12', E)]),
    pytest.param('The 6ft 7in centre signed a two-year contract worth $40 million.',
                 [('6ft 7in', E), ('two-year', E), ('$40 million', E)],
                 marks=gap("surface: feet-and-inches read as '6ft' alone, and 'two-year' stops at the number")),
    pytest.param('Hamilton started from pole and won by 4.2 seconds, his 105th career win.',
                 [('4.2 seconds', E)]),
    ('Thousands of fans lined the streets for the victory parade.',
     [('Thousands', V)]),
    pytest.param('China won 40 gold medals and the United States 39.',
                 [('40', E), ('39', E)]),
    ("Kenya's runners took the first three places in the 10,000 metres.",
     [('three', E), ('10,000 metres', E)]),
]

def found_figures(nlp, text: str) -> list[tuple[str, str]]:
    """Every figure the extractor keeps in `text`, as (surface, qualifier), sorted."""
    art = Article(id="t", text=text, raw_text=text, published="2025-09-02", source_file="t.txt")
    return sorted((f.text, f.qualifier) for f in extract_figures(art, nlp))


@pytest.mark.parametrize("text,expected", CONFLICT)
def test_parser_domains_conflict(nlp, text, expected):
    assert found_figures(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text,expected", DISASTERS)
def test_parser_domains_disasters(nlp, text, expected):
    assert found_figures(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text,expected", BUSINESS)
def test_parser_domains_business(nlp, text, expected):
    assert found_figures(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text,expected", POLITICS)
def test_parser_domains_politics(nlp, text, expected):
    assert found_figures(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text,expected", HEALTH)
def test_parser_domains_health(nlp, text, expected):
    assert found_figures(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text,expected", SCIENCE)
def test_parser_domains_science(nlp, text, expected):
    assert found_figures(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text,expected", CRIME)
def test_parser_domains_crime(nlp, text, expected):
    assert found_figures(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text,expected", SPORT)
def test_parser_domains_sport(nlp, text, expected):
    assert found_figures(nlp, text) == sorted(expected)
