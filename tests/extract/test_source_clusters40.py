"""Stop 40's blind probe of said_by over attribution forms wire copy uses often and the dev gold rarely or never:
"X told reporters/AFP", "X estimated", "figures released by X", "X data showed", "X reported", "X announced",
"X confirmed", "in a statement, X said", "X's spokesman said", a source opening the sentence ("Police say ..."), "a
report by X found", "X put the toll at", "citing X" (the reporting subject is the source, not the one it cites), "X
was quoted as saying", and a quotation continued past its tag (GUIDE A1). Ordinary wire sentences written for the round
(no corpus, gold or test sentence copied), over the eight domains, with near misses the code must not change: a
dateline's outlet in parentheses (the outlet is no attribution), a speaker of another sentence after the quotation
closes (A1: ""), a person merely named, a "said" of something that is not the figure. A trailing "(BBC)" after an item
is said_by by the GUIDE's said_by line. Every label was written from tests/gold/measures/GUIDE.md (the said_by line and
A1) and read against it a second time before the code ran. Compared as the evaluator compares
(`measure_rules.name_ok`). Rows marked with a reason are readings the extractor does not make (strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.eval.measure_rules import name_ok


CONFLICT = [
    ("The army told reporters that 23 insurgents had been killed in the raid.", "23", "The army"),
    ("At least 15 civilians died in the shelling, a local official told AFP.", "At least 15", "a local official"),
    ("The military estimated that 4,000 fighters remain in the city.", "4,000", "The military"),
    ("The defence ministry reported 31 soldiers wounded in the clashes.", "31", "The defence ministry"),
    ("In a statement, the army said 60 militants had surrendered.", "60", "the army"),
    ("The rebels' spokesman said 200 prisoners would be freed on Friday.", "200", "The rebels' spokesman"),
    ("Witnesses say at least 30 tanks crossed the border overnight.", "at least 30", "Witnesses"),
    ("The interior ministry put the number of dead at 52.", "52", "The interior ministry"),
    ("State television said 19 soldiers were killed, citing a military source.", "19", "State television"),
    ("UN data showed 2.1 million people had fled the country.", "2.1 million", "UN"),
    # near miss: a person merely named
    ("General Ali Hassan inspected 400 troops at the base on Monday.", "400", ""),
    # stop 40's mend (rows written after the blind run, labelled before the code's second run): a tag whose subject
    # is a bare plural covers the whole quotation it closes (A1)
    ('"We lost 12 soldiers. Another 30 are wounded," officials say.', "12", "officials"),
]

DISASTERS = [
    ("The fire service estimated the blaze had destroyed 85 homes.", "85", "The fire service"),
    ("According to figures released by the civil defence agency, 310 buildings collapsed.", "310",
     "the civil defence agency"),
    ("The Red Crescent confirmed 27 deaths in the village.", "27", "The Red Crescent"),
    ("Police say 14 people are still missing after the mudslide.", "14", "Police"),
    ("The provincial governor put the toll at 73 on Thursday.", "73", "The provincial governor"),
    ('The mayor said: "We have opened 12 shelters. About 900 people slept there last night."', "About 900",
     "The mayor"),
    # near miss: the speaker of the sentence before, after the quotation closes (A1)
    ('"We have lost everything," said farmer Joseph Banda. The river flooded 3,000 hectares of farmland.',
     "3,000 hectares", ""),
    # stop 40's mend: a description that brings a quotation in covers its later sentences (A1)
    ('A spokesman for the ministry said: "We have sent 40 trucks. About 2,000 tents will follow."', "About 2,000",
     "A spokesman for the ministry"),
]

BUSINESS = [
    ("The company announced it would cut 1,500 jobs in Europe.", "1,500", "The company"),
    ("Labor Department data showed employers added 180,000 jobs in May.", "180,000", "Labor Department"),
    ("The airline reported a net loss of $420 million for the quarter.", "$420 million", "The airline"),
    ("Analysts estimated the merger would save $2 billion a year.", "$2 billion", "Analysts"),
    ("A spokeswoman for the bank told Reuters that 300 branches would close.", "300", "A spokeswoman for the bank"),
    ("The carmaker's spokesman said output fell 9 per cent in March.", "9 per cent", "The carmaker's spokesman"),
    # near misses: a dateline's outlet; a "said" of something that is not the figure
    ("NEW YORK (AP) — Stocks fell 2 percent on Wednesday.", "2 percent", ""),
    ("The company, which employs 5,000 people, said it was disappointed by the ruling.", "5,000", ""),
    # stop 40's mend, and its near miss: a sentence after the quotation closes (A1)
    ('The company said: "Orders fell sharply. We expect to cut 600 jobs."', "600", "The company"),
    ('The agency said: "Prices rose." Wages fell 2 per cent in March.', "2 per cent", ""),
]

POLITICS = [
    ("The election commission announced that turnout reached 71 per cent.", "71 per cent",
     "The election commission"),
    ("Officials confirmed that 2.3 million ballots had been counted.", "2.3 million", "Officials"),
    ("The finance minister told parliament the deficit would reach $12 billion.", "$12 billion",
     "The finance minister"),
    ("In a statement, the opposition said 140 of its supporters had been detained.", "140", "the opposition"),
    ("A report by the national audit office found $45 million was spent without approval.", "$45 million",
     "the national audit office"),
    ("The senator was quoted as saying that 60 votes were needed to pass the bill.", "60", "The senator"),
    ("Organisers say more than 50,000 people joined the march.", "more than 50,000", "Organisers"),
    # near miss: a person merely named
    ("Prime Minister Anna Berg opened a $300 million bridge on Friday.", "$300 million", ""),
    # near miss of stop 40's mend: a "said" of the sentence before, no quotation (A1)
    ("The minister said the talks went well. The deal is worth $2 billion.", "$2 billion", ""),
]

HEALTH = [
    ("The health ministry reported 320 new infections on Sunday.", "320", "The health ministry"),
    ("Doctors told the BBC that 45 patients were in intensive care.", "45", "Doctors"),
    ("The WHO estimated that 1.5 million children missed vaccinations last year.", "1.5 million", "The WHO"),
    ("Hospital officials confirmed nine deaths linked to the contaminated batch.", "nine", "Hospital officials"),
    ("Health authorities put the number of cases at 640.", "640", "Health authorities"),
    ("Health ministry data showed 950 new cases on Friday.", "950", "Health ministry"),
    ('"We saw 200 patients on Monday," said Dr Sara Nunes. "On Tuesday the number doubled to 400."', "400",
     "Sara Nunes"),
    ("The newspaper reported 80 cases of food poisoning, citing health officials.", "80", "The newspaper"),
    # near miss: the speaker of the sentence before, after the quotation closes (A1)
    ('"The wards are full," said nurse Maria Costa. The hospital has 250 beds.', "250", ""),
    # stop 40's mend: a bare plural tag (A1)
    ('"We treated 300 patients. Most were children," doctors told reporters.', "300", "doctors"),
]

SCIENCE = [
    ("NASA announced that the rover had travelled 28 kilometres since landing.", "28 kilometres", "NASA"),
    ("Astronomers estimated that the comet is 60 kilometres wide.", "60 kilometres", "Astronomers"),
    ("The space agency confirmed that 12 satellites had failed after launch.", "12", "The space agency"),
    ("A study by the university found that 40 per cent of the coral had died.", "40 per cent", "the university"),
    ("Scientists say the ice sheet lost 270 billion tonnes last year.", "270 billion tonnes", "Scientists"),
    # near miss: a person merely named
    ("Astronaut Jane Park spent 186 days aboard the station.", "186 days", ""),
]

CRIME = [
    ("Police told reporters that 17 people had been arrested.", "17", "Police"),
    ("Prosecutors estimated the fraud cost investors $90 million.", "$90 million", "Prosecutors"),
    ("In a statement, police said officers seized 250 kilograms of cocaine.", "250 kilograms", "police"),
    ("The suspect was quoted as saying he had robbed 11 banks.", "11", "The suspect"),
    ("The police department's spokesman said six officers were hurt in the riot.", "six",
     "The police department's spokesman"),
    ("Local media reported that 22 inmates escaped from the prison.", "22", "Local media"),
    ("Figures released by the interior ministry showed robberies fell 14 per cent.", "14 per cent",
     "the interior ministry"),
    ("Gunmen killed seven villagers in a raid on Sunday. (BBC)", "seven", "BBC"),
    # near miss: the speaker of the sentence before, after the quotation closes (A1)
    ('"He showed no remorse," the judge said. The man stole $40,000 from his employer.', "$40,000", ""),
    # stop 40's mend: a bare plural tag (A1)
    ('"We arrested 12 men. Three were charged," police said.', "12", "police"),
]

SPORT = [
    ("The club announced that the new stadium would hold 62,000 fans.", "62,000", "The club"),
    ("Stewards estimated that 45,000 fans attended the parade.", "45,000", "Stewards"),
    ("The coach told reporters his team had run 110 kilometres in training this week.", "110 kilometres",
     "The coach"),
    ("The league confirmed a fine of $25,000 for the player.", "$25,000", "The league"),
    ("Figures released by the league showed attendance rose 8 per cent.", "8 per cent", "the league"),
    # near miss: a person merely named in a relative clause
    ("The manager praised Lucas Silva, who scored 28 goals this season.", "28", ""),
    # stop 40's mend: a description that brings a quotation in (A1)
    ('The coach told reporters: "We trained hard. The boys ran 110 kilometres this week."', "110 kilometres",
     "The coach"),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_source_clusters40_conflict(sources, text, surface, expected):
    assert name_ok(sources(text).get(surface, "<no figure>"), expected)


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_source_clusters40_disasters(sources, text, surface, expected):
    assert name_ok(sources(text).get(surface, "<no figure>"), expected)


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_source_clusters40_business(sources, text, surface, expected):
    assert name_ok(sources(text).get(surface, "<no figure>"), expected)


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_source_clusters40_politics(sources, text, surface, expected):
    assert name_ok(sources(text).get(surface, "<no figure>"), expected)


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_source_clusters40_health(sources, text, surface, expected):
    assert name_ok(sources(text).get(surface, "<no figure>"), expected)


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_source_clusters40_science(sources, text, surface, expected):
    assert name_ok(sources(text).get(surface, "<no figure>"), expected)


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_source_clusters40_crime(sources, text, surface, expected):
    assert name_ok(sources(text).get(surface, "<no figure>"), expected)


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_source_clusters40_sport(sources, text, surface, expected):
    assert name_ok(sources(text).get(surface, "<no figure>"), expected)
