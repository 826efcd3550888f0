"""changed.py: what a per cent change or comparison measures, read through extract_figures. Stop 39's review
(review39b): realistic wire sentences written by an outside reviewer, labelled from tests/gold/measures/GUIDE.md (the
quantity table, Q3, Q7, C1) before the code ran: the rows the merged rules were built for, and near misses ("up to",
"above 5 per cent", "of the way", bare "rates" that no bank sets). First run 15 of 27; the narrowed
moved_elsewhere (a bound "above N per cent" compares no thing) and bare_rates (only rates a bank sets) 16 of 27,
and two wrong `interest_rate` readings gone. Rows marked with a reason are readings the code does not make (strict
xfail)."""
from __future__ import annotations

import pytest

from conftest import gap

UP_AFTER = "the parser hangs 'up' on 'were', after the figure: moved_elsewhere reads only an up/down above the figure"
RATE_OF = "a rate named by its 'of' phrase ('rates of infection') gets no kind: rate_quantity reads a compound only"
OF_VOTE = "'of the vote' is read as the counted noun (votes); changed.py leaves a share of a whole alone"
BOUND_LEVEL = ("'above 5 per cent' is a bound of the figure, which now names no thing (it read the unit, 'cent'); "
               "the rate whose level it bounds (the subject of 'remain', or the noun it modifies) is not read")
BARE_RISE = ("bare 'rates' that rise or fall of themselves now name no kind (they read interest_rate); the GUIDE's "
             "fallback, the noun lemma 'rate', is not written")
MORTGAGE = "'mortgage' is no interest-rate kind in measure_lexicon.INTEREST_RATE_KINDS (rate_quantity, not changed.py)"
ATTENDANCE = ("quantity_of reads 'attendance' as a count of persons (people); the label took the noun's lemma, and the "
              "GUIDE's `people` line may cover it: a disputed label")
MARGIN = "'margin' is no reference noun (REFERENCE_NOUNS): the margin, not the lead, is read as what is compared"
RAINFALL_ORG = ("the entity tagger calls sentence-initial 'Rainfall' an ORG here ('in the south' it does not), and "
                "_changed_quantity drops named things")

BUSINESS = [
    ("Fares will rise by up to 30 per cent next year, the airline said.", "up to 30 per cent", "price"),
    pytest.param("Sales were 30 per cent up on last year.", "30 per cent", "sales", marks=gap(UP_AFTER)),
    ("The bill came in 30 per cent above the original estimate.", "30 per cent", "cost"),
    ("Fuel prices are 28 per cent above last year's level.", "28 per cent", "price"),
    ("Shares in the airline were down 30 per cent by the close.", "30 per cent", "share_price"),
    ("Wages are 12 per cent below the national average.", "12 per cent", "salary"),
    ("Gross domestic product expanded by 2.3 per cent in the quarter.", "2.3 per cent", "economy"),
    ("Rates will be cut by 0.25 per cent, the central bank said.", "0.25 per cent", "interest_rate"),
    pytest.param("Mortgage rates rose 0.5 per cent last month.", "0.5 per cent", "interest_rate", marks=gap(MORTGAGE)),
    pytest.param("Unemployment remained above 5 per cent for a third month.", "above 5 per cent",
                 "unemployment_rate", marks=gap(BOUND_LEVEL)),
    pytest.param("The government needs growth above 5 per cent to create jobs.", "above 5 per cent", "economy",
                 marks=gap(BOUND_LEVEL)),
]
POLITICS = [
    ("Up to 30 per cent of voters remain undecided, the poll found.", "Up to 30 per cent", "share"),
    pytest.param("The party won above 5 per cent of the vote.", "above 5 per cent", "share", marks=gap(OF_VOTE)),
    ("The party polled above 5 per cent in the capital.", "above 5 per cent", "share"),  # narrowed: read 'cent'
    ("He is down 10 per cent in the latest poll.", "10 per cent", "share"),
    ("Foreign aid is down 30 per cent.", "30 per cent", "aid"),
    pytest.param("Her lead is 5 per cent above the margin of error.", "5 per cent", "share", marks=gap(MARGIN)),
    pytest.param("Rates will rise 4.5 per cent for ratepayers in the city, the council said.", "4.5 per cent", "rate",
                 marks=gap(BARE_RISE)),
    ("The budget, cut by 10 per cent last year, funds 40 schools.", "10 per cent", "budget"),
]
HEALTH_SCIENCE = [
    pytest.param("The rates of infection fell 2 per cent in the last quarter.", "2 per cent", "infection_rate",
                 marks=gap(RATE_OF)),
    ("Birth rates fell 2 per cent last year.", "2 per cent", "birth_rate"),
    ("Smoking rates fell 5 per cent among teenagers, the survey found.", "5 per cent", "smoking_rate"),
    pytest.param("Rates fell 5 per cent among teenagers, the health survey found.", "5 per cent", "rate",
                 marks=gap(BARE_RISE)),
    ("Crop yields were 20 per cent below average this year.", "20 per cent", "yield"),
    pytest.param("Rainfall was 40 per cent below average in the north.", "40 per cent", "rainfall",
                 marks=gap(RAINFALL_ORG)),
    ("The rescuers were 80 per cent of the way down the shaft.", "80 per cent", "share"),
    pytest.param("Attendance at matches is down 8 per cent this season.", "8 per cent", "attendance",
                 marks=gap(ATTENDANCE)),
]
# the narrowings themselves: neither a bound's unit nor a bank's kind for rates nobody sets
NOT_READ = [
    ("Unemployment remained above 5 per cent for a third month.", "above 5 per cent", "cent"),
    ("The government needs growth above 5 per cent to create jobs.", "above 5 per cent", "cent"),
    ("Rates will rise 4.5 per cent for ratepayers in the city, the council said.", "4.5 per cent", "interest_rate"),
    ("Rates fell 5 per cent among teenagers, the health survey found.", "5 per cent", "interest_rate"),
]


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_changed_review_business(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_changed_review_politics(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH_SCIENCE)
def test_changed_review_health_science(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,wrong", NOT_READ)
def test_changed_bound_and_bare_rates_not_misread(measures, text, surface, wrong):
    assert measures(text)[surface].quantity != wrong


# stop 44: a per cent unit the parser makes a move verb's object ("increase 6 percent") is the size of the move, never
# the thing moved; a change noun that names no thing and borrows the verb of the sentence before read the unit itself
# as its quantity ("percent"), found by stop 44's quantity round on the pairing probe (docs/findings/quantity.md, "Wrong dev
# quantities (stop 44)"). Invented rows; the borrowed verb's real object still names the thing.
UNIT_OBJECT = [
    ("Exports are expected to increase 6 percent this year. The ministry forecast growth of 2.5 percent.",
     "2.5 percent"),
    ("The city wants to cut 10 percent from its budget. Officials said a reduction of 5 percent was more likely.",
     "5 percent"),
]
OBJECT_KEPT = [
    ("The company raised prices 5 percent in May. It announced a further rise of 2 percent in June.", "2 percent",
     "price"),
    ("The airline cut fares 10 percent last week. Rivals matched the reduction of 10 percent.", "10 percent", "price"),
]


@pytest.mark.parametrize("text,surface", UNIT_OBJECT)
def test_changed_per_cent_object_is_no_thing(measures, text, surface):
    assert measures(text)[surface].quantity not in ("percent", "cent", "%")


@pytest.mark.parametrize("text,surface,expected", OBJECT_KEPT)
def test_changed_borrowed_verb_keeps_its_noun_object(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # ", up N per cent" after an object that holds a figure is the change of that figure's thing (the level it
    # compares; business news: deliveries, net income, exports)
    ("Tesla delivered 466,140 vehicles in the second quarter, up 83% from a year earlier.", "83%", "vehicle"),
    ("PLDT reported 1986 net income of 1.89 billion pesos, up 68 pct from 778.9 mln pesos in 1985.", "68 pct",
     "profit"),
    # the object is the figure's unit: the subject changed
    ("Exports totalled 3.2 billion dollars in March, down 4 percent from a year earlier.", "4 percent", "export"),
    # an object with no level stays no thing (Lee bg_251's "see economic growth up", a dev gold pair)
    ("The Treasury sees economic growth up 1.5 per cent next year.", "1.5 per cent", "share"),
])
def test_changed_per_cent_after_an_object_figure(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,quantity,scope", [
    # a relative pronoun subject stands for the noun its clause modifies (tree.standing_for): stop 42's wire probe
    # business_1, a Reuters item outside the gold (GDP, Q7)
    ("Governor Michele Bullock said inflation, which fell to 3.8 per cent in the June quarter, was still too high.",
     "3.8 per cent", "inflation", "rate"),
    ("GDP, which fell 0.2 pct in November, was 2.1 pct above the December level.", "0.2 pct", "economy", "change"),
    ("Operating profit, which rose 12 per cent, beat forecasts.", "12 per cent", "profit", "change"),
])
def test_changed_relative_pronoun_subject(measures, text, surface, quantity, scope):
    m = measures(text)[surface]
    assert (m.quantity, m.scope) == (quantity, scope)
