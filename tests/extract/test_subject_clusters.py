"""Stop 39's blind probe of two dev-failure clusters of the subject (whose quantity a figure is), in wire wording of
the eight domains: invented passages, the expected owner written from the subject line of
tests/gold/measures/GUIDE.md ("the company, country, organisation, group or person that has, suffers, pays or does
it"; "" when the figure belongs to no one the text names) and read again once before the code was run.

- CARRIED: a measurement, duration or share whose own clause names no owner, a sentence after a figure of the same
  quantity that has one ("compared to 10 per cent nationally" after "21 percent of HIV infections in the Territory",
  lee4 bg_030; "a further 200 hectares" after the Larrakia's, bg_248; "a hiatus of more than seven years", lee3
  cor_028): a length, a span of time or a share a sentence apart is as a rule another thing's. Near misses: sums,
  counts of persons and tonnes of goods whose owner does carry. (The mend, narrowed after stop 38's article probe,
  left shares carried.)
- DATED: a date or a day named as a possessor or subject ("hundreds of New Year's Eve celebrations", lee bg_008;
  "Monday's sell-off"): a time says when, and is no company, country, organisation, group or person. Near misses:
  a named possessor that owns ("Acme's quarterly profit").

Owners are compared as the evaluation compares them (`measure_rules.name_ok`). Six surfaces were corrected after
the first run to the figure as the extractor writes it ("nine" of "nine months"); no label changed. First (blind) run,
main 146b4e8: 13 of 33 (conflict 2/5, disasters 2/4, business 3/6, politics 1/4, health 3/4, science 1/4, crime 0/3,
sport 1/3); with both mends 22 of 33, no near miss lost, but held-out subject fell (test-lee2 under its floor), so
both were reverted and the rows they made right are gaps again (docs/findings/subject.md, stop 39). Rows marked with a reason are
readings the extractor does not make (strict xfail: a fix turns them into a pass that must be moved up)."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.eval.measure_rules import name_ok

CARRIED = gap("a length, area or span of time with an owner carried from an earlier sentence: the stop-39 narrowing "
              "(discourse.UNCARRIED_QUANTITIES, de42cf1) made this right and was reverted: held-out test-lee and "
              "test-lee2 each lost a right owner, test-lee2 under its floor")
DATED = gap("a day or date as possessor or subject taken as owner: the stop-39 guard (clause_subject.TIME_LABELS, "
            "de42cf1) made this right and was reverted with the carry rule it was measured on test with")
ACT = gap("an act or a thing as the clause's subject ('The campaign has now lasted', 'The trial lasted', 'The world "
          "record stands at'): stop 35's act-noun narrowing was reverted with another rule; not rebuilt this round")
CARRY_SUM = gap("a further sum whose own clause is the sum's ('A further $500 million will go to research'): no "
                "owner carried")
SHARE_REPEATED = gap("a share the next sentence restates for another place ('the figure was 11 per cent'): never "
                     "carried (UNCARRIED_QUANTITIES), and not carried before the rule either")
SHARE_CARRIED = gap("a share carried from the sentence before: shares stay carried, since a bank's rate carries to "
                    "'its target of 3%' (stop 38's article probe); only lengths, areas and spans of time are not")
PRONOUN = gap("'It' / 'He' read as the last subject named (the telescope, the judge), not the asteroid or the "
              "sentenced mayor")
CROWD = gap("'a crowd of 74,000' owned by the crowd (stop 37)")

CONFLICT = [
    pytest.param("The militia said it had captured 40 square kilometres of farmland near the river. A further 15 "
                 "square kilometres remain contested.", "15 square kilometres", "", marks=CARRIED),
    ("Separatist fighters said they had taken 60 soldiers prisoner. Another 25 soldiers were missing.", "25",
     "soldiers"),
    pytest.param("The army said its offensive had killed 230 insurgents since January. The campaign has now lasted "
                 "nine months.", "nine", "", marks=ACT),
    ("The Defence Ministry said it would send 3,000 troops to the border. A further 1,500 troops will follow next "
     "month.", "1,500", "Defence Ministry"),
    pytest.param("Thursday's talks between the two sides lasted nine hours.", "nine", "", marks=DATED),
]

DISASTERS = [
    ("The quake destroyed 1,400 homes in the valley, the interior ministry said. Aftershocks were felt 200 "
     "kilometres away.", "200 kilometres", ""),
    pytest.param("The Sierra fire has burned 32,000 hectares since Friday. Last year's fire burned 18,000 hectares.",
                 "18,000 hectares", "", marks=CARRIED),
    pytest.param("Tuesday's storm left 300,000 homes without power.", "300,000", "", marks=DATED),
    ("The World Food Programme said it had delivered 3,000 tonnes of food to the region. Another 2,000 tonnes are "
     "on the way.", "2,000 tonnes", "World Food Programme"),
]

BUSINESS = [
    pytest.param("Harbor Bank said its bad loans rose to 3.1 per cent of its book. The industry average is 1.8 per "
                 "cent.", "1.8 per cent", "", marks=SHARE_CARRIED),
    ("Harbor Bank reported a net profit of $410 million for the quarter. A year earlier it made $380 million.",
     "$380 million", "Harbor Bank"),
    pytest.param("Orion Motors will invest $2 billion in a battery plant in Ohio. A further $500 million will go to "
                 "research.", "$500 million", "Orion Motors", marks=CARRY_SUM),
    pytest.param("Monday's sell-off wiped $40 billion off the value of Asian markets.", "$40 billion", "",
                 marks=DATED),
    ("Acme's quarterly profit rose to $310 million.", "$310 million", "Acme"),
    ("Germany's Siemens said its revenue rose 4 per cent.", "4 per cent", "Siemens"),
]

POLITICS = [
    ("The Liberal Party won 48 per cent of the vote in the capital. Turnout was 61 per cent.", "61 per cent", ""),
    ("The governing party holds 52 per cent of the seats in the assembly. Four years ago it held 44 per cent.",
     "44 per cent", "governing party"),
    pytest.param("Sunday's vote drew a turnout of 58 per cent.", "58 per cent", "", marks=DATED),
    pytest.param("Christmas Day's ceasefire held for 36 hours.", "36", "", marks=DATED),
]

HEALTH = [
    ("Vaccination coverage in the district reached 91 per cent, the health board said. The national target is 95 "
     "per cent.", "95 per cent", ""),
    ("Last week's heatwave sent 1,200 people to hospital.", "1,200", ""),
    ("The Global Fund pledged $300 million to fight malaria in 2024. It will add $120 million next year.",
     "$120 million", "Global Fund"),
    pytest.param("Unemployment among young people in Wales rose to 14 per cent. In Scotland, the figure was 11 per "
                 "cent.", "11 per cent", "young people", marks=SHARE_REPEATED),
]

SCIENCE = [
    pytest.param("The Kestrel rover, built by the space agency, drove 420 metres across the crater floor last week. "
                 "The crater is about 40 kilometres wide.", "about 40 kilometres", "", marks=CARRIED),
    pytest.param("The telescope, operated by the Andes Observatory, spotted the asteroid at a distance of 6 million "
                 "kilometres. It will pass within 300,000 kilometres of Earth in 2031.", "300,000 kilometres", "",
                 marks=PRONOUN),
    pytest.param("This year's Nobel prize carries an award of 11 million kronor.", "11 million kronor", "",
                 marks=ACT),
    ("NASA's budget for next year is $25 billion.", "$25 billion", "NASA"),
]

CRIME = [
    pytest.param("Police said the gang had smuggled 2 tonnes of cocaine through the port over three years. The trial "
                 "lasted 18 months.", "18", "", marks=ACT),
    pytest.param("Judge Ellen Marsh sentenced the former mayor to six years in prison. He could have faced up to 20 "
                 "years.", "up to 20", "former mayor", marks=PRONOUN),
    pytest.param("Friday's hearing lasted four hours.", "four", "", marks=DATED),
]

SPORT = [
    pytest.param("Carla Mendes cleared 4.85 metres to win the pole vault. The world record stands at 5.06 metres.",
                 "5.06 metres", "", marks=ACT),
    ("United paid a club record 85 million pounds for the striker. City spent 60 million pounds on two defenders.",
     "60 million pounds", "City"),
    pytest.param("Saturday's final drew a crowd of 74,000.", "74,000", "", marks=CROWD),
]


def owner(measures, text: str, number: str) -> str:
    """The subject of the figure of `text` whose surface holds `number`."""
    found = {k: m for k, m in measures(text).items() if number in k}
    assert found, list(measures(text))
    return min(found.items(), key=lambda kv: len(kv[0]))[1].subject


@pytest.mark.parametrize("text,number,expected", CONFLICT)
def test_subject_clusters_conflict(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", DISASTERS)
def test_subject_clusters_disasters(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", BUSINESS)
def test_subject_clusters_business(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", POLITICS)
def test_subject_clusters_politics(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", HEALTH)
def test_subject_clusters_health(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SCIENCE)
def test_subject_clusters_science(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", CRIME)
def test_subject_clusters_crime(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SPORT)
def test_subject_clusters_sport(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)
