"""Stop 37's probe of the subject (whose quantity a figure is) on ordinary wire-service news of the eight domains the
issue names (conflict, disasters, business and markets, elections and politics, health, science and space, crime and
courts, sport): invented sentences, one figure each, the expected owner written from the subject line of
tests/gold/measures/GUIDE.md ("the company, country, organisation, group or person that has, suffers, pays or does
it"; "" when the figure belongs to the story as a whole) and tests/gold/README.md before the code was run and read
again once against the GUIDE, no test document. Rows with "" probe precision (generic counted nouns, a thing, a
place, a market-wide level). Owners are compared as the evaluation compares them (`measure_rules.name_ok`). Rows
marked with a reason are readings the extractor does not make (strict xfail: a fix turns them into a pass that must
be moved up)."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.eval.measure_rules import name_ok


BARE = gap(  # stop 36
    "a bare plural subject: stop 36 measured bare person plurals as owners on dev, 1 right of 7")
TWO_WAYS = gap("an organisation doing the act against the counted persons: the gold labels it two ways (README)")
FORM = gap("the possessor alone or the possessed body: the name's form, not settled by the GUIDE")
NO_NAME = gap("a definite possessor or subject with no earlier name: in an article antecedent() finds it; written "
              "as the noun (stop 37) it was 1 right of 2 dev figures, dropped")
INFINITIVE = gap("a 'to' infinitive's arguments read as its controller's clause (stop 37): dev 1 right of 1, "
                 "but held-out subject fell under two floors (test 0.366 -> 0.359, test-lee3 0.615 -> 0.577): reverted")
DISASTER = gap("a disaster as a definite subject: no person or body, but the dev gold gives a quake its magnitude")

CONFLICT = [
    ("Israeli air strikes killed at least 27 Palestinians overnight, health officials said.", "27", "Palestinians"),
    ("The army said it had killed 40 militants in clashes near the border.", "40", "militants"),
    ("The rebels have lost more than 300 fighters since the offensive began.", "300", "rebels"),
    ("NATO plans to send 4,000 additional troops to the region.", "4,000", "NATO"),
    pytest.param("The country's army has 120,000 active soldiers.", "120,000", "army",
                 marks=NO_NAME),
    ("More than 2,000 people have been killed in the fighting, according to the United Nations.", "2,000", ""),
    ("The United States pledged $500 million in military aid to Kyiv.", "$500 million", "United States"),
    pytest.param("Ukraine's army lost 15 soldiers in the assault.", "15", "Ukraine's army",
                 marks=FORM),
    ("Hamas is holding about 100 hostages, Israeli officials said.", "100", "Hamas"),
    ("The militia, which has some 5,000 fighters, controls much of the north.", "5,000", "militia"),
    ("Three soldiers were killed when a roadside bomb hit their patrol.", "Three", "soldiers"),
    ("Air strikes destroyed 45 homes in the village.", "45", ""),
    ("The ministry said 14 civilians were wounded in the shelling.", "14", "civilians"),
    pytest.param("Rebel forces have captured 12 towns since March.", "12", "Rebel forces",
                 marks=BARE),
]

DISASTERS = [
    ("The earthquake killed more than 2,000 people.", "2,000", ""),
    ("The government has allocated $50 million in emergency relief.", "$50 million", "government"),
    ("The World Bank approved a $300 million loan to help rebuild the region.", "$300 million", "World Bank"),
    pytest.param("The storm left 1.2 million homes without power.", "1.2 million", "",
                 marks=DISASTER),
    pytest.param("The utility said 250,000 of its customers were without electricity.", "250,000", "utility",
                 marks=TWO_WAYS),
    pytest.param("The cyclone destroyed about 12,000 homes.", "12,000", "",
                 marks=DISASTER),
    pytest.param("The fire has burned 40,000 hectares of forest.", "40,000 hectares", "",
                 marks=DISASTER),
    ("The meteorological agency recorded a magnitude 7.1 quake off the coast.", "7.1", ""),
    ("The World Food Programme said it needed $120 million to feed survivors.", "$120 million",
     "World Food Programme"),
    pytest.param("Insurers face claims of up to $8 billion from the hurricane.", "$8 billion", "Insurers",
                 marks=BARE),
    ("At least 37 children were among the dead, officials said.", "37", "children"),
    ("The flooding has killed 45 people in the north of the country.", "45", ""),
]

BUSINESS = [
    ("Acme's quarterly profit rose 12% to $1.4 billion.", "$1.4 billion", "Acme"),
    pytest.param("Profit at Acme fell 8% to $900 million.", "$900 million", "Acme",
                 marks=gap("an 'at' name the tagger leaves untagged: organisation_at asks for ORG (one domain)")),
    ("Acme reported revenue of $4.1 billion for the quarter.", "$4.1 billion", "Acme"),
    pytest.param("The company's shares fell 7.5% in early trading.", "7.5%", "company", marks=NO_NAME),
    ("Toyota sold 2.1 million vehicles in the first half.", "2.1 million", "Toyota"),
    pytest.param("Shares in Barclays fell 4% on Tuesday.", "4%", "Barclays",
                 marks=gap("an 'in' name the tagger reads as a place: organisation_at asks for ORG (one domain)")),
    ("Siemens, which employs 300,000 people worldwide, said it would cut 5,000 jobs.", "300,000", "Siemens"),
    ("Siemens, which employs 300,000 people worldwide, said it would cut 5,000 jobs.", "5,000", "Siemens"),
    pytest.param("The retailer plans to close 150 stores.", "150", "retailer", marks=INFINITIVE),
    ("Microsoft agreed to buy the games maker for $69 billion.", "$69 billion", "Microsoft"),
    ("The central bank raised its key interest rate to 5.25%.", "5.25%", "central bank"),
    ("Oil prices rose 3% on Monday.", "3%", ""),
    ("Inflation eased to 3.2% in October.", "3.2%", ""),
    pytest.param("The FTSE 100 index fell 2.3% on Friday.", "2.3%", "FTSE 100",
                 marks=gap("a numbered name compounded on the measured subject: one row")),
    pytest.param("Amazon's workforce has grown to 1.5 million.", "1.5 million", "Amazon",
                 marks=FORM),
    pytest.param("The airline carried 40 million passengers last year.", "40 million", "airline",
                 marks=TWO_WAYS),
    ("General Motors will invest $2 billion in its Ohio plant.", "$2 billion", "General Motors"),
    ("Unemployment rose to 4.1% in March.", "4.1%", ""),
    ("The bank was fined $250 million by regulators.", "$250 million", "bank"),
    ("Tesla delivered 435,000 cars in the third quarter.", "435,000", "Tesla"),
    ("The startup raised $200 million from investors.", "$200 million", "startup"),
]

POLITICS = [
    ("The ruling party won 52 seats in the new parliament.", "52", "ruling party"),
    ("Labour took 412 seats, giving it a majority of 174.", "412", "Labour"),
    ("Labour took 412 seats, giving it a majority of 174.", "174", "Labour"),
    ("Turnout was 67 per cent, the election commission said.", "67 per cent", ""),
    pytest.param("The president's approval rating fell to 38% in the latest poll.", "38%", "president", marks=NO_NAME),
    ("The opposition candidate received 4.2 million votes.", "4.2 million", "opposition candidate"),
    ("The government will spend $3 billion on new schools.", "$3 billion", "government"),
    pytest.param("The senator's campaign raised $12 million in the last quarter.", "$12 million",
                 "senator's campaign",
                 marks=NO_NAME),
    ("Some 15,000 protesters marched through the capital on Saturday.", "15,000", "protesters"),
    pytest.param("Police arrested 120 people during the protests.", "120", "Police",
                 marks=BARE),
    ("The Democrats hold 51 seats in the Senate.", "51", "Democrats"),
    pytest.param("The country's budget deficit widened to 6% of GDP.", "6%", "country",
                 marks=gap("a share of GDP is read as a part of a whole, not as the deficit's level: one row")),
]

HEALTH = [
    ("The health ministry recorded 3,000 new cases on Tuesday.", "3,000", "health ministry"),
    pytest.param("The hospital treated 45 patients for smoke inhalation.", "45", "hospital",
                 marks=TWO_WAYS),
    pytest.param("Pfizer expects sales of its vaccine to reach $15 billion this year.", "$15 billion", "Pfizer",
                 marks=gap("a figure in a clause an expecting verb's object controls: one row")),
    ("The virus has infected more than 10,000 people in the region.", "10,000", ""),
    ("Measles cases in England rose to 1,200 last year.", "1,200", ""),
    ("The WHO said it would need $1.5 billion to fight the outbreak.", "$1.5 billion", "WHO"),
    ("The National Health Service employs 1.3 million staff.", "1.3 million", "National Health Service"),
    ("The drugmaker will pay $600 million to settle the claims.", "$600 million", "drugmaker"),
    ("Nurses will receive a 5% pay rise next year.", "5%", "Nurses"),  # stop 40: doers.py
    pytest.param("The hospital's waiting list stands at 7,600 patients.", "7,600", "hospital",
                 marks=TWO_WAYS),
]

SCIENCE = [
    ("Nasa's budget for next year is $25 billion.", "$25 billion", "Nasa"),
    ("The European Space Agency will spend 1.2 billion euros on the mission.", "1.2 billion euros",
     "European Space Agency"),
    ("SpaceX has launched 90 rockets this year.", "90", "SpaceX"),
    pytest.param("China's space agency plans to launch 100 satellites by 2030.", "100", "space agency",
                 marks=FORM),
    ("The university received a $50 million grant from the foundation.", "$50 million", "university"),
    ("Global temperatures have risen by 1.1 degrees Celsius since pre-industrial times.", "1.1 degrees Celsius", ""),
    ("The spacecraft travelled 6.4 billion kilometres to reach the asteroid.", "6.4 billion kilometres",
     "spacecraft"),
]

CRIME = [
    ("Police seized 400 kilograms of cocaine at the port.", "400 kilograms", "Police"),  # stop 40: doers.py
    ("The former executive was sentenced to 12 years in prison.", "12", "executive"),
    ("The gang stole $2 million in jewellery.", "$2 million", "gang"),
    pytest.param("The bank agreed to pay a $1.3 billion fine.", "$1.3 billion", "bank", marks=INFINITIVE),
    pytest.param("Prosecutors charged 14 people over the fraud.", "14", "Prosecutors",
                 marks=BARE),
    pytest.param("The court ordered the company to pay $5 million in damages.", "$5 million", "company",
                 marks=gap("object control: the ordered object does the infinitive's act; one row")),
    pytest.param("The suspect, 34, was arrested on Friday.", "34", "suspect",
                 marks=gap("detection: an age in commas after its noun is no figure")),
    ("Burglaries rose 12% last year.", "12%", ""),
    ("The jury deliberated for nine hours.", "nine", "jury"),
    pytest.param("Fraudsters stole £4 million from pensioners.", "£4 million", "Fraudsters",
                 marks=BARE),
]

SPORT = [
    ("Manchester United's debt stands at £500 million.", "£500 million", "Manchester United"),
    ("The striker has scored 25 goals this season.", "25", "striker"),
    ("Real Madrid paid £80 million for the winger.", "£80 million", "Real Madrid"),
    ("Federer has won 20 Grand Slam titles.", "20", "Federer"),
    ("The Yankees have a payroll of $300 million.", "$300 million", "Yankees"),
    pytest.param("A crowd of 80,000 watched the final.", "80,000", "",
                 marks=gap("a count of a group noun's own size read as owned by the group noun: one row")),
    ("Australia were bowled out for 152.", "152", "Australia"),
    pytest.param("The club's revenue rose to £600 million.", "£600 million", "club", marks=NO_NAME),
]


def owner(measures, text: str, number: str) -> str:
    """The subject of the figure of `text` whose surface holds `number`."""
    found = {k: m for k, m in measures(text).items() if number in k}
    assert found, list(measures(text))
    return min(found.items(), key=lambda kv: len(kv[0]))[1].subject


@pytest.mark.parametrize("text,number,expected", CONFLICT)
def test_subject_domains_conflict(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", DISASTERS)
def test_subject_domains_disasters(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", BUSINESS)
def test_subject_domains_business(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", POLITICS)
def test_subject_domains_politics(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", HEALTH)
def test_subject_domains_health(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SCIENCE)
def test_subject_domains_science(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", CRIME)
def test_subject_domains_crime(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SPORT)
def test_subject_domains_sport(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)
