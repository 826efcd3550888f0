"""The guide's quantity lines read from the parse (extract/quantity_lines.py): victims by what happened to them (Q6),
the economy (Q7), an age turned (Q9), a person's pay (Q3); police who did the act (Q4); persons said to be
"unaccounted for" (the missing line)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # Q6: victims found dead, or whose noun names a killing, are deaths; victims of nothing said stay people
    ("Two of the victims were found asphyxiated on the third floor of the hotel.", "Two", "deaths"),
    ("Police say three of the victims were found dead in the wreckage.", "three", "deaths"),
    ("The court heard that five murder victims were buried near the farm.", "five", "deaths"),
    ("The fraud left 300 victims out of pocket.", "300", "people"),
])
def test_quantity_lines_victims_take_what_happened_to_them(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface", [
    # Q7: GDP, economic growth and the output of a whole economy
    ("The economy grew by 1.1 per cent in the March quarter.", "1.1 per cent"),
    ("Gross domestic product rose 2.3 per cent last year, the bureau said.", "2.3 per cent"),
    ("Economic growth slowed to 0.9 per cent in the September quarter.", "0.9 per cent"),
    ("That would translate to an annual growth rate of 3 per cent.", "3 per cent"),
])
def test_quantity_lines_the_economy(measures, text, surface):
    assert measures(text)[surface].quantity == "economy"


@pytest.mark.parametrize("text,surface", [
    # a growth rate narrowed to something else's, or a share of a whole, is not the economy's
    ("The population growth rate of 2 per cent worries planners.", "2 per cent"),
    ("About 40 per cent of the economy depends on farming.", "About 40 per cent"),
])
def test_quantity_lines_other_rates_and_shares_are_not_the_economy(measures, text, surface):
    assert measures(text)[surface].quantity != "economy"


def test_quantity_lines_an_age_turned(measures):
    got = measures("Johnson retired at the end of the 2000 season and will turn 35 in June.")["35"]
    assert (got.quantity, got.dimension, got.subject) == ("age", "duration", "Johnson")


@pytest.mark.parametrize("text,surface,expected", [
    # Q3: what persons earn is their pay; what a company earns stays revenue
    ("The union says nurses who are earning $28,000 a year deserve a pay rise.", "$28,000", "salary"),
    ("The airline earned $120 million in the half year.", "$120 million", "revenue"),
    ("Junior doctors earn $52,000 per year, the union said.", "$52,000", "salary"),
    # pay is a sum earned per period: a one-off sum a person earns is no salary (review28)
    ("He earned $5 million from the sale of his house.", "$5 million", "revenue"),
    ("She earned $40,000 in prize money at the tournament.", "$40,000", "revenue"),
])
def test_quantity_lines_what_persons_earn_is_salary(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


def test_quantity_lines_police_who_did_it_are_people(measures):
    """Q4: police counted as such are people; those by whom a man was shot are no casualty."""
    text = "The gunman was wounded in the raid and was later shot dead by three policemen near the station."
    assert measures(text)["three"].quantity == "people"


@pytest.mark.parametrize("text,surface,expected", [
    # the guide's dimension `ratio` ("times, -fold"): a multiple of another amount, a fraction "as many" of it
    ("The board voted him a payout worth four times his annual salary.", "four", "ratio"),
    ("Sales were 2.5 times higher than a year earlier.", "2.5", "ratio"),
    ("There were three times as many cases this winter.", "three", "ratio"),
    ("The senator won, polling less than half as many votes as in 1998.", "less than half", "ratio"),
    # a count of occasions stays a count
    ("He was suspended five times last season.", "five", "count"),
    # "times" then a determiner opening a time: how often, in that time, not a multiple of it
    ("Police said the man was stabbed 12 times that night outside a nightclub.", "12", "count"),
    ("The woman had called police three times the week before she was attacked.", "three", "count"),
])
def test_quantity_lines_multiples_are_ratios(measures, text, surface, expected):
    assert measures(text)[surface].dimension == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the table's own words said of a count of persons through its verb: "unaccounted for" is the missing line
    ("Twenty villagers were still unaccounted for on Friday after the mudslide.", "Twenty", "missing"),
    ("Rescue teams said 15 miners remain unaccounted for.", "15", "missing"),
    # the parser may head the clause with the adjective itself (no verb above it)
    ("Thirty workers were unaccounted for, officials said.", "Thirty", "missing"),
    ("Forty fishermen were unaccounted for.", "Forty", "missing"),
    # a complement that is no casualty word leaves persons people
    ("Twenty villagers were still angry on Friday about the dam.", "Twenty", "people"),
])
def test_quantity_lines_persons_said_to_be_a_casualty(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface", [
    # the table's deaths line ("dead") said of a count whose noun is in no line
    ("Rescuers said seven climbers were feared dead after the avalanche on Sunday.", "seven"),
    ("Two hikers were found dead near the summit on Monday.", "Two"),
])
def test_quantity_lines_a_count_said_to_be_dead_is_deaths(measures, text, surface):
    assert measures(text)[surface].quantity == "deaths"


@pytest.mark.parametrize("text,surface", [
    # the table's displaced line, "made homeless", of households, and persons who lost their homes
    ("About 400 families were made homeless by the fire.", "About 400"),
    ("The floods have made 300 families homeless, the council said.", "300"),
    ("Some 2,000 people lost their homes in the storm.", "Some 2,000"),
])
def test_quantity_lines_made_homeless_is_displaced(measures, text, surface):
    assert measures(text)[surface].quantity == "displaced"


def test_quantity_lines_lost_jobs_are_no_lost_homes(measures):
    assert measures("About 500 workers lost their jobs when the plant closed.")["About 500"].quantity == "people"


def test_quantity_lines_things_missing_stay_themselves(measures):
    assert measures("Three boats were missing after the storm.")["Three"].quantity == "boat"


@pytest.mark.parametrize("text,surface,expected", [
    # a man-made thing said to be "dead" is broken, no death (only the living are dead)
    ("The company said 40 computers were dead after the power surge.", "40", "computer"),
    ("Mechanics found that two engines were dead on arrival.", "two", "engine"),
])
def test_quantity_lines_dead_things_are_no_deaths(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,quantity,dimension", [
    # the guide's probability: a percent whose noun is a chance word
    ("Forecasters gave a 70 per cent chance of rain on Friday.", "70 per cent", "probability", "percent"),
    # a share of persons stays a share
    ("One in five Australians now works from home, the survey found.", "One in five", "share", "fraction"),
])
def test_quantity_lines_chances_are_probabilities(measures, text, surface, quantity, dimension):
    got = measures(text)[surface]
    assert (got.quantity, got.dimension) == (quantity, dimension)


@pytest.mark.parametrize("text,surface,expected", [
    # stop 35: persons who lose, suffer or sustain an outcome the table names by its noun take that line
    ("Twelve miners lost their lives in the explosion.", "Twelve", "deaths"),
    ("About 200 people suffered injuries in the stampede.", "About 200", "injured"),
    ("Four soldiers sustained wounds in the ambush.", "Four", "injured"),
    ("About 1,000 workers lost their jobs.", "About 1,000", "people"),  # no casualty noun: the people line
])
def test_quantity_lines_persons_who_suffer_an_outcome(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # stop 35, Q3: a person paid a sum is paid a salary; a firm paid one is not
    ("The chief executive was paid $5 million last year.", "$5 million", "salary"),
    ("The contractor was paid $5 million.", "$5 million", "salary"),
    ("The company was paid $5 million for the land.", "$5 million", "money"),
])
def test_quantity_lines_what_a_person_is_paid_is_salary(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # stop 35: a sum raised for or from persons is donations (aid); from investors, or from no one, money
    ("The charity raised $8 million for flood victims.", "$8 million", "aid"),
    ("The Red Cross has collected more than $8 million from 100,000 people.", "more than $8 million", "aid"),
    ("The appeal raised $2 million from donors in a week.", "$2 million", "aid"),
    ("The startup raised $20 million from investors.", "$20 million", "money"),
    ("The council raised $2 million.", "$2 million", "money"),
])
def test_quantity_lines_money_raised_for_persons_is_aid(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # stop 35, Q3: a sum on the thing a verb of building takes is what the project costs
    ("The company plans to build a $1.5 billion pipeline.", "$1.5 billion", "cost"),
    ("The state will construct a $300 million rail link.", "$300 million", "cost"),
    ("The company bought a $3,000 heater.", "$3,000", "price"),
])
def test_quantity_lines_a_sum_on_a_thing_built_is_its_cost(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # stop 35: "damages" a court awards are the fine line; "damage" a harm does stays its cost (Q3)
    ("The firm was ordered to pay $5 million in damages.", "$5 million", "fine"),
    ("The jury awarded $2 million in damages to the family.", "$2 million", "fine"),
    ("Damage was put at $10 million.", "$10 million", "cost"),
])
def test_quantity_lines_damages_awarded_are_a_fine(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # stop 35: donations gathered keep their verb (the pledged line is "pledged, donated, gave, promised money")
    ("The charity raised $8 million for flood victims.", "$8 million", "other:raise"),
    ("The Red Cross has collected more than $8 million from 100,000 people.", "more than $8 million", "other:collect"),
    ("Aid totalled $2 billion.", "$2 billion", "pledged"),
])
def test_quantity_lines_aid_raised_keeps_its_verb(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", [
    # stop 36 (review35): a population its modifier or its "of" makes one of animals or plants counts no persons
    ("The koala population fell to 2,000.", "2,000", "population"),
    ("The elephant population has fallen to 415,000.", "415,000", "population"),
    ("The fish population dropped to 3,000 in the lake.", "3,000", "population"),
    ("The wolf population has grown to 1,500.", "1,500", "population"),
    # a population of persons stays people
    ("The prison population rose to 40,000.", "40,000", "people"),
    ("The city's population is 40,000.", "40,000", "people"),
    # review36: a named place whose lower-case word is an animal or a plant is no animal
    ("Turkey's population rose to 85 million last year.", "85 million", "people"),
    ("Buffalo's population fell to 270,000 in the census.", "270,000", "people"),
])
def test_quantity_lines_stop36_a_population_of_animals_is_no_people(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # stop 36 (review35): a sum collected "in" a payment owed (a tax, rates, a levy, dues) is no donation
    ("The council collected $3 million from residents in rates.", "$3 million", "money"),
    ("The state collected $2 billion from drivers in fuel levies.", "$2 billion", "money"),
    ("The club collected $50,000 from members in annual dues.", "$50,000", "money"),
    # gathered from givers or for persons, it stays aid
    ("The appeal raised $2 million from donors in a week.", "$2 million", "aid"),
    ("The charity raised $8 million for victims.", "$8 million", "aid"),
])
def test_quantity_lines_stop36_a_levy_collected_is_no_aid(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # stop 36 (review35): a sum paid to wrongdoers (a ransom, a smuggler's fee) is no salary
    ("The kidnappers were paid $1 million.", "$1 million", "money"),
    ("The hijackers were paid $2 million to free the passengers.", "$2 million", "money"),
    ("The smugglers were paid $10,000 by the migrants.", "$10,000", "money"),
    ("The pirates were paid $3 million to release the ship.", "$3 million", "money"),
    # a worker's or a player's stays pay
    ("The chief executive was paid $5 million.", "$5 million", "salary"),
    ("The players were paid $20,000 each.", "$20,000", "salary"),
])
def test_quantity_lines_stop36_a_wrongdoer_paid_earns_no_salary(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,quantity,event", [
    # stop 36 (review35): a business or company built is a value, no project's cost (Q3)
    ("He built a $3 billion business from scratch.", "$3 billion", "money", "other:build"),
    ("She built a $2 billion company from a single shop.", "$2 billion", "money", "other:build"),
    # "worth" is the event line's own cost word (GUIDE: cost, worth, valued, priced); the sum is no project's cost
    ("He built a business worth $5 million.", "$5 million", "money", "cost"),
    # a thing constructed keeps its cost
    ("The council will construct a $40 million bridge.", "$40 million", "cost", "cost"),
    ("The company will build a $1.5 billion pipeline.", "$1.5 billion", "cost", "cost"),
    # review36: an institution or network whose first WordNet sense is a group is still a project built
    ("The city will build a $200 million school in the north.", "$200 million", "cost", "cost"),
    ("The state will build a $40 million university.", "$40 million", "cost", "cost"),
    ("The company will build a $5 billion rail network.", "$5 billion", "cost", "cost"),
])
def test_quantity_lines_stop36_a_business_built_has_no_cost(measures, text, surface, quantity, event):
    got = measures(text)[surface]
    assert (got.quantity, got.event) == (quantity, event)


@pytest.mark.parametrize("text,surface,expected", [
    # stop 40: a relative clause whose subject is the counted persons says their line (E4's clause), as a participle
    ("Police are looking for three hikers who disappeared on Sunday.", "three", "missing"),
    ("The funeral of the 11 miners who died in the blast was held on Friday.", "11", "deaths"),
    ("Doctors are treating 40 villagers who were hurt in the explosion.", "40", "injured"),
    # the line's verb by its first WordNet sense: "vanish" as "disappear"
    ("Five fishermen vanished off the coast on Tuesday.", "Five", "missing"),
    # near misses: a relative clause with an object of its own, one whose verb is no casualty line's
    ("Police arrested two men who killed a guard.", "two", "people"),
    ("The company employs 400 people who work in the mine.", "400", "people"),
])
def test_quantity_lines_a_relative_clause_says_the_outcome(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # review40a, E4: the verb that governs the count gives its event; the relative clause only under a verb of state
    ("Police are looking for three fishermen who vanished off the coast.", "three", "other:look"),
    ("Families buried the 30 miners who were killed in the blast.", "30", "other:bury"),
    ("There were 20 people who died in the crash.", "20", "killed"),
    ("Three hikers disappeared on Sunday.", "Three", "missing"),  # no relative clause: the verb's own class
])
def test_quantity_lines_a_relative_clause_gives_no_event_under_an_action(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", [
    # stop 40: the aid line's gift, the fine line's restitution and redress (WordNet's damages.n.01), more index names
    ("The tycoon announced a $20 million gift to the university.", "$20 million", "aid"),
    ("The judge ordered him to pay $45,000 in restitution to his victims.", "$45,000", "fine"),
    ("The council paid the family $80,000 in redress.", "$80,000", "fine"),
    ("The Topix index slid 1.8 percent in Tokyo.", "1.8 percent", "index_level"),
    ("Spain's Ibex fell 2 per cent on Monday.", "2 per cent", "index_level"),
])
def test_quantity_lines_the_money_and_market_words(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected
