"""Stop 37's probe of said_by on ordinary wire-service news of the eight domains the issue names (conflict,
disasters, business and markets, elections and politics, health, science and space, crime and courts, sport):
invented sentences in wire wording, each expected said_by written from tests/gold/measures/GUIDE.md (the said_by
line and A1) and the issue's "Who said it" before the code was run, and read against the guide a second time; no
test document. "" where the text names no one: the outlet of a dateline, a figure that is the speaker's own act, a
"said" in another sentence. Compared as the evaluator compares (`measure_rules.name_ok`). Rows marked with a reason
are readings the extractor does not make (strict xfail: a fix turns them into a pass that must be moved up)."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.eval.measure_rules import name_ok


CONFLICT = [
    ("At least 27 people were killed in the strike, the Health Ministry said.", "At least 27", "the Health Ministry"),
    ("The army said it had killed 40 militants in the operation.", "40", "The army"),
    ("Fighting has displaced 300,000 people since March, according to the United Nations.", "300,000",
     "the United Nations"),
    ('"We lost 12 men in that ambush," said Ahmed Rahimi, a spokesman for the army.', "12", "Ahmed Rahimi"),
    ("Rebels shot down two army helicopters on Tuesday.", "two", ""),
    ("The ministry put the death toll at 63.", "63", "The ministry"),
    ("A military spokesman told reporters that 18 soldiers had been wounded.", "18", "A military spokesman"),
    ("The minister said talks would resume next week. About 200 troops remain in the town.", "About 200", ""),
    ("According to a statement from the Interior Ministry, 14 police officers died in the attack.", "14",
     "the Interior Ministry"),
    ("The ministry gave a toll of 300 dead.", "300", "The ministry"),
    # stop 37's mends, rows written after the first run (labels before the code's second run)
    ("Ministry of Defence figures show 300 soldiers were wounded.", "300", "Ministry of Defence"),
]

DISASTERS = [
    ("The earthquake killed at least 2,000 people, officials said.", "at least 2,000", "officials"),
    ("The National Disaster Management Agency put the toll at 138.", "138", "The National Disaster Management Agency"),
    ("The floods have destroyed 12,000 homes, the Red Cross estimated.", "12,000", "the Red Cross"),
    ("Figures released by the civil protection agency showed 45 people missing.", "45",
     "the civil protection agency"),
    ("The storm left 1.2 million homes without power on Sunday.", "1.2 million", ""),
    ("The governor confirmed 11 deaths on Wednesday.", "11", "The governor"),
    ("A report by the World Bank found the disaster caused $3 billion in damage.", "$3 billion", "the World Bank"),
    ("Rescuers pulled 14 survivors from the rubble, a fire brigade spokeswoman told AFP.", "14",
     "a fire brigade spokeswoman"),
    ("A landslide buried 30 homes in the north of the country, killing at least 20 people. (Al Jazeera)",
     "at least 20", "Al Jazeera"),
    ('"We have 400 people in shelters. Another 200 are staying with relatives," the mayor said.', "200", "the mayor"),
    ("Authorities gave an estimate of 2,000 displaced.", "an estimate of 2,000", "Authorities"),
    ("The charity gave 300 blankets to families.", "300", ""),
]

BUSINESS = [
    ("Acme said quarterly revenue rose 12% to $4.1 billion.", "$4.1 billion", "Acme"),
    ("The retailer will shut 150 stores, the company said in a statement.", "150", "the company"),
    ("Government data showed unemployment rose to 5.2 per cent in March.", "5.2 per cent", "government"),
    ("Shares of the carmaker slid 7.5% in early trading.", "7.5%", ""),
    pytest.param("The central bank forecast growth of 1.8 percent this year.", "1.8 percent", "The central bank",
                 marks=gap("the parser makes 'forecast' a noun compounded on 'growth': no reporting verb (stop 36)")),
    ("Sales will fall 3 per cent this year, chief financial officer Jane Doe told analysts.", "3 per cent",
     "Jane Doe"),
    ("The company's spokesman said it had cut 4,000 jobs.", "4,000", "The company's spokesman"),
    ("The deal, valued at $43 billion, is expected to close next year, the two companies said.", "$43 billion",
     "the two companies"),
    ("LONDON (Reuters) - Britain's economy grew 0.3 per cent in the third quarter.", "0.3 per cent", ""),
    ("Oil prices jumped more than $3 a barrel on Monday, traders said.", "more than $3", "traders"),
]

POLITICS = [
    ("The ruling party won 52 of the 120 seats, the election commission said.", "52", "the election commission"),
    ("Turnout was 67 per cent, according to official results.", "67 per cent", "official results"),
    ("The president signed a $1.2 trillion spending bill on Friday.", "$1.2 trillion", ""),
    ("Preliminary results released by the electoral commission showed the opposition with 48 per cent of the vote.",
     "48 per cent", "the electoral commission"),
    ('"We will hire 10,000 new teachers," the prime minister told a rally.', "10,000", "the prime minister"),
    ("The opposition said the vote was rigged. The ruling party took 61 per cent of the vote.", "61 per cent", ""),
    ("A poll by Ipsos found 42 per cent of voters backed the plan.", "42 per cent", "Ipsos"),
    ("The finance minister's spokesman said the deficit would narrow to 3 per cent of output.", "3 per cent",
     "The finance minister's spokesman"),
    pytest.param("Election commission: 8 million ballots cast\n\nVoting closed on Sunday in the capital.",
                 "8 million", "Election commission",
                 marks=gap("a headline's 'X:' is not read: section labels ('Cricket:', 'Analysis:') take its form")),
    ("The government's count is 300 detainees, but rights groups say the figure is higher.", "300",
     "The government"),
]

HEALTH = [
    ("The World Health Organization said 1,200 new cases were reported last week.", "1,200",
     "The World Health Organization"),
    ("Health officials confirmed 14 deaths from the outbreak on Monday.", "14", "Health officials"),
    ("A study published in The Lancet found that 30 per cent of patients improved.", "30 per cent", "The Lancet"),
    ("The hospital treated 300 patients over the weekend.", "300", ""),
    ("According to the Centers for Disease Control and Prevention, 4,500 people have been hospitalised.", "4,500",
     "the Centers for Disease Control and Prevention"),
    ("Ministry of Health data showed 2,300 new infections on Tuesday.", "2,300", "Ministry of Health"),
    ("Dr Maria Lopez, the hospital's director, said 40 beds had been added.", "40", "Maria Lopez"),
    ("The health ministry gave a figure of 40 deaths.", "40", "The health ministry"),
    ('"We vaccinated 50,000 children in a week," said Paul Kim, who leads the campaign.', "50,000", "Paul Kim"),
    ("The drugmaker estimated the vaccine would cost $20 a dose.", "$20", "The drugmaker"),
]

SCIENCE = [
    ("NASA said the asteroid would pass within 4 million miles of Earth.", "4 million miles", "NASA"),
    ("The telescope cost $10 billion to build.", "$10 billion", ""),
    ("Researchers estimated that the glacier loses 50 billion tonnes of ice a year.", "50 billion tonnes",
     "Researchers"),
    ("The rocket carried 22 satellites into orbit, SpaceX confirmed.", "22", "SpaceX"),
    ("Scientists identified 1,200 new species in the survey.", "1,200", ""),
    ("A report by the Intergovernmental Panel on Climate Change found sea levels rose 20 centimetres over the "
     "century.", "20 centimetres", "the Intergovernmental Panel on Climate Change"),
    ("The probe travelled 6.4 billion kilometres, the European Space Agency said.", "6.4 billion kilometres",
     "the European Space Agency"),
    pytest.param("The mission will last 90 days, mission director Tom Hale told reporters.", "90 days", "Tom Hale",
                 marks=gap("detection: no figure is read for '90 days' of 'will last' (not said_by)")),
]

CRIME = [
    ("Police said 40 people were arrested after the match.", "40", "Police"),
    ("The man was jailed for 10 years on Friday.", "10 years", ""),
    ("Prosecutors said the scheme defrauded investors of $65 million.", "$65 million", "Prosecutors"),
    pytest.param("Court records show the company paid $3 million in bribes.", "$3 million", "Court records",
                 marks=gap("the evidence's owner is read ('Court', stop 36), the label keeps the evidence as written; "
                           "no dev gold settles 'X records show'")),
    ("Police seized drugs worth $20 million, a police spokesman told reporters.", "$20 million",
     "a police spokesman"),
    ("According to police, 12 officers were injured in the clashes.", "12", "police"),
    ("The gunman fired more than 30 rounds, investigators said.", "more than 30", "investigators"),
    ("Forty people were detained, said John Ruiz, a spokesman for the city police.", "Forty", "John Ruiz"),
    ("The judge sentenced him to 25 years in prison.", "25 years", ""),
    pytest.param("At least 20 people were killed when gunmen opened fire on a bus (Reuters).", "At least 20",
                 "Reuters", marks=gap("a citation before the full stop: every '(Xyz).' of /work/shared is an acronym")),
    ("Police gave a toll of 12 dead.", "12", "Police"),
]

SPORT = [
    ("Smith scored 32 points as the Lakers beat the Celtics 110-98.", "32", ""),
    ("The club confirmed the transfer fee was £100 million.", "£100 million", "The club"),
    ("The league said the player would be suspended for 10 games.", "10", "The league"),
    ("More than 10,000 fans were turned away from the ground, police said.", "More than 10,000", "police"),
    ('"I have played 300 games for this club," Jones said.', "300", "Jones"),
    ("She has won 22 Grand Slam titles.", "22", ""),
    ("Organisers estimated the crowd at 80,000.", "80,000", "Organisers"),
    ("A crowd of 60,000 watched the final. — AP", "60,000", "AP"),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_source_domains_conflict(sources, text, surface, expected):
    assert name_ok(sources(text)[surface], expected)


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_source_domains_disasters(sources, text, surface, expected):
    assert name_ok(sources(text)[surface], expected)


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_source_domains_business(sources, text, surface, expected):
    assert name_ok(sources(text)[surface], expected)


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_source_domains_politics(sources, text, surface, expected):
    assert name_ok(sources(text)[surface], expected)


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_source_domains_health(sources, text, surface, expected):
    assert name_ok(sources(text)[surface], expected)


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_source_domains_science(sources, text, surface, expected):
    assert name_ok(sources(text)[surface], expected)


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_source_domains_crime(sources, text, surface, expected):
    assert name_ok(sources(text)[surface], expected)


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_source_domains_sport(sources, text, surface, expected):
    assert name_ok(sources(text)[surface], expected)
