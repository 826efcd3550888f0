"""Stop 60's blind probe of pairing across invented reports (issue #9's central promise: one figure, two outlets,
two wordings), the second after stop 42's (test_pair_reports42.py), written by other hands. Sixteen invented pairs
of wire reports, two per domain, each a headline and 4-7 sentences holding six or more figures, several of one kind
(two cities' tolls, killed and injured, revenue and profit, two parties' seats, two doses' results), worded and
ordered differently by two invented outlets, with `.json` sidecars giving outlet and publication_date
(`tests/fixtures/pairprobe60/`; the second report a day later in nine cases, the same day in five, undated in
two), loaded as `python -m newsfigures compare A B` loads two files and compared in process.

Two helpers wrote the reports and labels from the issue's definition of one figure (same quantity, subject, event,
place, scope, dimension) and `docs/figures.md`'s verdicts, without reading or running the code, the gold or the
corpora; two others read every label again (five changes in one part, six in the other, all verdict lists: a
0.5 % tolerance applied to unit conversions, an "at least" range that covers the later value). A fifth helper gave
each failing row of the one blind run its cause from the run's output (the measures and similarity of both
figures), without the code.

Blind score on main (6ff0c760), no product code changed: pairs 42 of 117, near misses 40 of 44 (82 of 161 rows).
The share of pairs found, 0.36, is the held-out test split's (5 of 14, 0.36): fresh reports confirm the gap
between the dev threads (0.94) and news the rules were not written for. The 79 rows missed, by cause:
the quantity misread on one side (23: a generic "money" beside "profit" or "cost", "people" for the displaced,
"member" for seats); measures that agree under two metric keys whose values are small counts or differ, or one side's
unit or name in the key (10); a subject misread (10: a thing, an analyst, the other party of a deal); two verbs of
one act (9: launch / use, arrest / detain, confiscate / seize, appeal / seek); two words of one quantity (9: revenue
/ sales, household / home, infection / case, dose / vaccine, budget / spending); not extracted (7: "three-day",
"15 million taka", a duration beside "sought"); one owner named two ways (5: a capital for its country, Moscow ~
Russia, Nairobi ~ Kenya; a fraudster and her company); scope read apart (3); place (1), other (1); and one near miss
joined ("four years" planned read as a total). Rows marked with a reason are pairs the compare path does not make
(strict xfail), the reason naming the cause.

Mended at stop 60 after the blind run: a bare sum beside a kind of money is the kind read on one side only
(`sums.kind_unread`), so two QUANTITY_MISREAD rows left GAPS (business_merger's $600 million
savings, sport_marathon's 50,000 euro bonus): 44 of 117 pairs.
Mended at stop 61: a report left alone in each article pairs on one uncommon number (`compare.distinct_number`:
"$1.1 billion", "3.1 trillion shillings", "2.1%"; the quantity and subject not read apart), so nine rows left GAPS
(business_earnings' $1.1 billion, $1.6 billion and 1.5 billion euros, politics_budget's 3.1 trillion and 18 billion,
conflict_ceasefire's $14 million, science_probe's 450 million euros, health_trial's 2.1%, disasters_flood's 15
million taka): 53 of 117 pairs, the 44 near misses still 40 kept apart. A unit per second is read whole
(numbers/lexicon.py: "9.8 km per second", a speed 22,000 mph is), so science_probe's 9.8 ~ 22,000 left GAPS too: 54
of 117.
Stop 62: in that pass an owner read apart parts two reports only when the other article gives that owner a report of
its own (`distinct_number._rival`: stop 42's two marathon winners' $75,000 stay apart), so four rows left GAPS
(business_merger's $14.2 billion, science_glacier's 3.5 metres, crime_fraud's $73 million, politics_budget's $1.5
billion): 58 of 117, near misses 40 of 44 as before. The pass compares numbers in one unit when the units
convert, so crime_cocaine's 7.6 tonnes ~ 7,600 kg and sport_marathon's 42.195 km ~ 26.2 miles left GAPS: 60. A
quantity read apart parts them only on the same terms as an owner, so three QUANTITY_WORDS rows left GAPS too
(business_earnings' 23% revenue ~ sales, business_merger's $27 billion sales ~ revenue, politics_budget's 4.6
trillion budget ~ spending): 63 of 117, near misses 40 of 44 as before. Arrest and detain are one act to the
similarity (compare/lexicon.ONE_ACT_VERBS, from three probes' and the dev gold's pairs), so crime_cocaine's 18
arrested ~ 23 detained left GAPS: 64.
Stop 64: a measure that only sizes a thing is measured (`sized_thing.sizes_a_thing`), so health_trial's 20 mg dose left
GAPS: 65. A value written in another unit is the same number when it rounds to it at the precision it is written to
(`intervals.rounds_to`), so science_probe's 1,200 km ~ 750 miles and 3.4 km ~ 2.1 miles left GAPS, the writers'
"same" restored beside the checkers' compatible and update: 67 of 117, near misses 40 of 44 as before."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import gap
from compare.pair_reports import C, CU, S, SC, U, X, check, check_cover, domain_rows, file_comparer
from probe_pairs import UNDATED

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pairprobe60"
CASES = {  # case -> domain; the files are FIXTURES/<case>_a.txt, <case>_b.txt and their .json sidecars
    "conflict_ceasefire": "conflict", "conflict_drone": "conflict",
    "disasters_earthquake": "disasters", "disasters_flood": "disasters",
    "business_earnings": "business", "business_merger": "business",
    "politics_election": "politics", "politics_budget": "politics",
    "health_measles": "health", "health_trial": "health",
    "science_probe": "science", "science_glacier": "science",
    "crime_fraud": "crime", "crime_cocaine": "crime",
    "sport_final": "sport", "sport_marathon": "sport",
}

# The second pass's changes (verdict lists only; no row added, moved or dropped, no needle or report changed):
# - conflict_ceasefire 46/52: added 'compatible' to ['update'], because 'at least 46' covers 52, so the ranges
#   overlap (the report dates still make 'update' right).
# - conflict_ceasefire 130/140: removed 'compatible' (now ['update']), because 130 is exact and 'about 140' (a few
#   per cent either side) does not reach 130, and the reports are a day apart; kept the pair but marked it debatable
#   (B counts one Goma hospital's patients, A counts all wounded).
# - disasters_earthquake 19/27: added 'compatible' to ['update'], because 'at least 19' covers 27, so the ranges
#   overlap.
# - disasters_earthquake 113 km/70 miles: removed 'compatible' (now ['same']), because 70 miles = 112.65 km is
#   within 0.5% of 113 km, so the values count as equal (the same treatment as the 10 km/6.2 miles row).
# - business_earnings $9 billion/$9.1 billion: removed 'same' (now ['compatible']), because 9.0 and 9.1 differ by
#   1.1%, more than the 0.5% limit for 'same', while 'about $9 billion' does cover 9.1.
# - science_probe 1,200 km vs 750 miles: removed 'same' because 750 miles = 1,207.0 km is 0.58% from 1,200, outside
#   the 0.5% tolerance (kept compatible, update). Stop 64 restored 'same': the checkers' reason was the code's
#   tolerance, and a value written in another unit is now read at its rounding (750 is written to the ten).
# - science_probe 3.4 km vs 2.1 miles: removed 'same' because 2.1 miles = 3.380 km is 0.60% from 3.4, outside the
#   0.5% tolerance (kept compatible, update); 'same' restored at stop 64, as above (2.1 is written to the tenth).
# - science_probe 290 million km vs 180 million miles: added 'update', since the reports are a day apart and the
#   converted values (290 vs 289.7) differ slightly, as already accepted for the flyby-speed row; the probe's
#   distance from Earth really does change over a day.
# - sport_final attendance 86,412 vs 'more than 86,000': added 'same', because the values are 0.48% apart, within
#   the 0.5% tolerance.
# - sport_marathon course length 42.195 km vs 26.2 miles: added 'update' (a day apart, converted values 42.195 vs
#   42.165 differ slightly), to match how the probe-speed and fraud-loss rows are treated.
# - sport_marathon start temperature 'around 11' vs 12 degrees C: removed 'compatible', because 12 is 9% above 11,
#   outside the few-per-cent range of 'around 11', so the ranges do not overlap; only 'update' remains (different
#   dates).

# (case, figure text in A, figure text in B, acceptable verdicts), as the writers labelled and the checkers left them
PAIRS = [
    # conflict_ceasefire (A 2025-11-03, B 2025-11-04)
    # killed "at least 46" ~ "death toll ... rose to 52"; a day later; "at least 46" includes 52
    ("conflict_ceasefire", "46", "52", CU),
    # wounded 130 ~ "about 140 wounded" (hospital), a day later; "about 140" (a few %) does not reach 130. DEBATABLE: B
    # is one hospital's caseload
    ("conflict_ceasefire", "130", "140", U),
    # "some 18,000 ... fled their homes" ~ "More than 20,000 ... displaced"; next day
    ("conflict_ceasefire", "18,000", "20,000", U),
    # truce length: "72-hour ceasefire" ~ "three-day truce" (duration, 72 h = 3 days)
    ("conflict_ceasefire", "72", "three", S),
    # AU observers ~ AU monitors
    ("conflict_ceasefire", "25", "25", S),
    # aid appeal ~ emergency funding sought (Qatar/Doha capital on the mediator side)
    ("conflict_ceasefire", "$14 million", "$14 million", S),
    # conflict_drone (both 2025-09-14)
    # drones launched ~ attack drones and decoys used (Russia ~ Moscow)
    ("conflict_drone", "458", "458", S),
    # missiles launched ~ cruise and ballistic missiles used
    ("conflict_drone", "32", "32", S),
    # drones shot down or jammed ~ drones brought down
    ("conflict_drone", "421", "421", S),
    # missiles shot down 27 vs 29, same day, exact values
    ("conflict_drone", "27", "29", X),
    # killed in Kyiv: four vs six, same day, exact values
    ("conflict_drone", "four", "Six", X),
    # killed in Odesa
    ("conflict_drone", "two", "two", S),
    # injured in capital: "At least 35" ~ "More than 40" (ranges overlap)
    ("conflict_drone", "35", "40", C),
    # children among the injured
    ("conflict_drone", "three", "three", S),
    # households without power ~ homes with power cut
    ("conflict_drone", "600,000", "600,000", S),
    # disasters_earthquake (A 2026-02-10, B 2026-02-11)
    # killed "at least 19" ~ killed "rose to 27" next day; "at least 19" includes 27
    ("disasters_earthquake", "19", "27", CU),
    # injured 140 ~ 212 injured next day
    ("disasters_earthquake", "140", "212", U),
    # missing in Chuquibamba ~ unaccounted for
    ("disasters_earthquake", "eight", "Eight", S),
    # quake magnitude ("magnitude 6.6" ~ "6.6-magnitude")
    ("disasters_earthquake", "6.6", "6.6", S),
    # depth: 10 km ~ 6.2 miles (=9.98 km, unit conversion)
    ("disasters_earthquake", "10 km", "6.2 miles", S),
    # epicentre distance from Arequipa: ~113 km ~ roughly 70 miles (=112.7 km)
    ("disasters_earthquake", "113 km", "70 miles", S),
    # homes destroyed/uninhabitable ~ destroyed/badly damaged, next day
    ("disasters_earthquake", "1,250", "1,400", U),
    # disasters_flood (A 2025-07-08, B undated)
    # killed "at least 14" ~ death toll 16; B undated
    ("disasters_flood", "14", "16", UNDATED),
    # stranded ~ marooned
    ("disasters_flood", "1.2 million", "1.2 million", S),
    # in shelters 4,870 ~ "nearly 5,000" in relief camps (rounding; B undated)
    ("disasters_flood", "4,870", "5,000", UNDATED),
    # missing after boat capsized ~ fishermen searched for
    ("disasters_flood", "three", "three", S),
    # Surma above danger level
    ("disasters_flood", "85 cm", "85 centimetres", S),
    # one-day rainfall at Sylhet: 310 mm (=12.2 in) ~ "More than 12 inches"; B undated
    ("disasters_flood", "310 mm", "12 inches", UNDATED),
    # rice released ~ rice sent (tonnes ~ kg)
    ("disasters_flood", "500 tonnes", "500,000 kg", S),
    # cash aid
    ("disasters_flood", "15 million taka", "15 million taka", S),
    # business_earnings (both 2025-10-29)
    # Q3 revenue ~ sales
    ("business_earnings", "$8.4 billion", "$8.4 billion", S),
    # revenue growth y/y ~ "sales grew 23 percent"
    ("business_earnings", "23%", "23 percent", S),
    # net profit ~ "The firm's net income"
    ("business_earnings", "$1.9 billion", "$1.9 billion", S),
    # year-ago net profit
    ("business_earnings", "$1.1 billion", "$1.1 billion", S),
    # analysts' expected profit (consensus)
    ("business_earnings", "$1.6 billion", "$1.6 billion", S),
    # Q4 revenue guidance "about $9 billion" ~ "$9.1 billion"
    ("business_earnings", "$9 billion", "$9.1 billion", C),
    # Halvard share move: "jumped 7%" ~ "rose as much as 9%" (intraday high), same day
    ("business_earnings", "7%", "9%", C),
    # buyback ~ repurchase
    ("business_earnings", "1.5 billion euros", "1.5 billion euros", S),
    # business_merger (A 2026-01-12, B 2026-01-13)
    # deal value including debt
    ("business_merger", "$14.2 billion", "$14.2 billion", S),
    # offer per share
    ("business_merger", "$58", "$58", S),
    # premium to last close
    ("business_merger", "31%", "31 percent", S),
    # combined annual sales ~ combined revenue
    ("business_merger", "$27 billion", "$27 billion", S),
    # annual cost savings (synergies)
    ("business_merger", "$600 million", "$600 million", S),
    # Corvell Monday move: early trading +26% ~ closed +24%
    ("business_merger", "26%", "24%", CU),
    # Brightwater Monday move: slipped 4% (intraday) ~ ended 5% lower
    ("business_merger", "4%", "5%", CU),
    # politics_election (A 2025-10-06 partial count, B 2025-10-07 final)
    # Civic Union vote share, 92% counted vs final
    ("politics_election", "38.2%", "38.6%", U),
    # Civic Union seats
    ("politics_election", "64", "65", U),
    # Social Democrats vote share
    ("politics_election", "27.5%", "27.3%", U),
    # Social Democrats seats
    ("politics_election", "46", "45", U),
    # Homeland seats (nationalist ~ far-right)
    ("politics_election", "23", "23", S),
    # turnout
    ("politics_election", "61.4%", "62.1%", U),
    # seats in parliament ~ "151-member chamber"
    ("politics_election", "151", "151", S),
    # politics_budget (both 2026-06-11)
    # total budget / planned spending (Kenya ~ Nairobi)
    ("politics_budget", "4.6 trillion", "4.6 trillion", S),
    # deficit target for next fiscal year, % of GDP, same day
    ("politics_budget", "4.5%", "4.3%", X),
    # tax collection target (Kenya Revenue Authority ~ KRA)
    ("politics_budget", "3.1 trillion", "3.1 trillion", S),
    # growth in tax revenue
    ("politics_budget", "12%", "12%", S),
    # new excise duty rate on mobile money
    ("politics_budget", "20%", "20%", S),
    # debt interest
    ("politics_budget", "1.2 trillion", "1.2 trillion", S),
    # drought allocation
    ("politics_budget", "18 billion", "18 billion", S),
    # IMF programme (International Monetary Fund ~ IMF)
    ("politics_budget", "$1.5 billion", "$1.5 billion", S),
    # health_measles (A 2026-03-10, B 2026-03-11)
    # outbreak running total of confirmed cases, Texas; rises a day later
    ("health_measles", "214", "243", U),
    # Dawson Creek County cases ("accounts for 163 of the infections" ~ "Most of the cases, 183"); rises
    ("health_measles", "163", "183", U),
    # Pell County cases; rises a day later
    ("health_measles", "51", "60", U),
    # cumulative hospitalised ~ "required hospital treatment"; number words
    ("health_measles", "Twenty-nine", "Thirty-one", U),
    # share unvaccinated/unknown status: "about 92%" vs "More than 90%" overlap, a day apart
    ("health_measles", "92%", "90%", CU),
    # extra MMR doses shipped ~ sent by DSHS (agency named in full vs acronym)
    ("health_measles", "12,000", "12,000", S),
    # health_trial (both 2026-05-18: same-day)
    # mean weight loss at top 40 mg dose, same day, exact values differ
    ("health_trial", "13.7%", "12.9%", X),
    # the highest dose
    ("health_trial", "40 mg", "40 mg", S),
    # the lower dose
    ("health_trial", "20 mg", "20 mg", S),
    # weight loss on 20 mg dose ("lost" ~ "shed")
    ("health_trial", "9.4%", "9.4%", S),
    # weight loss in placebo group
    ("health_trial", "2.1%", "2.1%", S),
    # trial enrolment "enrolled 3,412 adults" ~ "followed about 3,400 people" (0.35% apart)
    ("health_trial", "3,412", "3,400", SC),
    # number of countries in the trial
    ("health_trial", "14", "14", S),
    # trial duration in weeks (bare number)
    ("health_trial", "68", "68", S),
    # discontinuation due to side effects on the higher/top dose ("stopped treatment" ~ "quit the study")
    ("health_trial", "6%", "6%", S),
    # science_probe (A 2026-09-21, B 2026-09-22; A metric, B imperial)
    # flyby distance: 1,200 km ~ "about 750 miles" (=1,207.0 km, 0.58% apart); the writers' "same" is restored
    # (stop 64: a value written in another unit is read at its rounding, `intervals.rounds_to`)
    ("science_probe", "1,200", "750", CU | S),
    # asteroid width: "about 3.4 km across" ~ "roughly 2.1 miles across" (=3.380 km, 0.60% apart; "same" restored)
    ("science_probe", "3.4", "2.1", CU | S),
    # rotation period, hours ("rotates once every" ~ "spins on its axis every")
    ("science_probe", "7.5", "7.5", S),
    # flyby speed: 9.8 km/s = 21,900 mph ~ "about 22,000 mph"
    ("science_probe", "9.8", "22,000", UNDATED),
    # probe distance from Earth: 180 million miles = 289.7 million km (0.11%); a day apart and the distance really
    # changes, so update too
    ("science_probe", "290", "180", UNDATED),
    # mission cost: "450 million euros" ~ "€450 million"; ESA named in full vs acronym
    ("science_probe", "450", "450", S),
    # science_glacier (A 2026-10-01, B undated)
    # share of Swiss glacier volume lost this year
    ("science_glacier", "3%", "3%", S),
    # ice lost this year in cubic kilometres, "roughly 1.5" vs "about 1.4"; B undated
    ("science_glacier", "1.5", "1.4", UNDATED),
    # Swiss volume lost since turn of century, "about 40%" vs 39%; B undated
    ("science_glacier", "40%", "39%", UNDATED),
    # maximum ice thinning at some sites ("thinning of up to" ~ "dropped by as much as")
    ("science_glacier", "3.5 metres", "3.5 metres", S),
    # altitude of those measuring sites ("above 3,000 metres")
    ("science_glacier", "3,000", "3,000", S),
    # number of glaciers in Switzerland
    ("science_glacier", "1,400", "1,400", S),
    # crime_fraud (A 2026-06-11, B 2026-06-12)
    # prison term handed down ("nine years in prison" ~ "nine years behind bars")
    ("crime_fraud", "nine", "nine", S),
    # sentence sought by prosecutors ~ "sought by the Justice Department"
    ("crime_fraud", "15", "15", S),
    # fine
    ("crime_fraud", "$5 million", "$5 million", S),
    # assets forfeited
    ("crime_fraud", "$73 million", "$73 million", S),
    # customer losses / amount defrauded, "about $410 million" vs $412 million (0.49%)
    ("crime_fraud", "$410 million", "$412 million", UNDATED),
    # customers who lost money: "more than 90,000" vs "roughly 92,000" overlap
    ("crime_fraud", "90,000", "92,000", CU),
    # crime_cocaine (both 2026-02-04: same-day)
    # cocaine seized: 7.6 tonnes ~ "found 7,600 kg"
    ("crime_cocaine", "7.6", "7,600", S),
    # boxes the drugs were packed in
    ("crime_cocaine", "280", "280", S),
    # containers ("refrigerated containers" ~ "shipping containers")
    ("crime_cocaine", "11", "11", S),
    # people arrested ~ suspects detained, same day, exact counts differ
    ("crime_cocaine", "18", "23", X),
    # cash seized, euros
    ("crime_cocaine", "1.3 million", "1.3 million", S),
    # vehicles ~ cars seized
    ("crime_cocaine", "14", "14", S),
    # street value: "about 270 million euros" vs "some 210 million euros", same day, no overlap
    ("crime_cocaine", "270", "210", X),
    # duration of the investigation, months
    ("crime_cocaine", "eight", "eight", S),
    # firearms seized (lower/upper case as written)
    ("crime_cocaine", "six", "Six", S),
    # sport_final (A 2026-03-22 match day, B 2026-03-23)
    # Harrowgate's wait for a major trophy, years ("first major trophy in 63 years" ~ "63-year wait")
    ("sport_final", "63", "63", S),
    # attendance: exact 86,412 vs "more than 86,000" spectators (0.48% apart: within the "same" tolerance)
    ("sport_final", "86,412", "86,000", UNDATED),
    # Kingsbridge shots ~ attempts
    ("sport_final", "17", "17", S),
    # Harrowgate shots; B calls the team "the Hornets"
    ("sport_final", "eight", "eight", S),
    # Kingsbridge's previous wins of the competition ("won three times" ~ "three-time winners")
    ("sport_final", "three", "three", S),
    # years since Kingsbridge's previous final
    ("sport_final", "11", "11", S),
    # winners' prize money (Harrowgate = the Hornets)
    ("sport_final", "£100,000", "£100,000", S),
    # sport_marathon (A 2026-12-06 race day, B 2026-12-07)
    # margin by which Kiprono broke the course record, seconds
    ("sport_marathon", "23", "23", S),
    # Kiprono's winning margin over Rotich, seconds ("clear of" ~ "behind")
    ("sport_marathon", "41", "41", S),
    # participants: "About 35,000 runners started" ~ "more than 36,000 people took part"
    ("sport_marathon", "35,000", "36,000", CU),
    # course length: 42.195 km ~ 26.2 miles (42.165 km, 0.07%); a day apart, update accepted as for the probe speed row
    ("sport_marathon", "42.195", "26.2", UNDATED),
    # temperature at the start, °C: "around 11" vs 12 (9% apart, ranges do not overlap), a day apart
    ("sport_marathon", "11", "12", U),
    # winner's prize: "50,000 euros" ~ "€50,000 first prize"
    ("sport_marathon", "50,000", "€50,000", S),
    # course-record bonus: "30,000-euro bonus" ~ "a further €30,000"
    ("sport_marathon", "30,000", "€30,000", S),
    # Kiprono's last four marathons (the window of his recent record)
    ("sport_marathon", "four", "four", S),
]

# (case, figure text in A, figure text in B): near misses that must not pair
APART = [
    # A: wounded people; B: captured soldiers to be freed (equal values)
    ("conflict_ceasefire", "130", "130"),
    # A: three months of aid needs; B: three-day truce (both durations)
    ("conflict_ceasefire", "three", "three"),
    # A: killed; B: wounded
    ("conflict_ceasefire", "46", "140"),
    # A: drones shot down; B: drones launched
    ("conflict_drone", "421", "458"),
    # A: killed in Kyiv; B: killed in Odesa
    ("conflict_drone", "four", "two"),
    # A: missiles launched; B: missiles shot down
    ("conflict_drone", "32", "29"),
    # A: strongest aftershock magnitude; B: main quake magnitude
    ("disasters_earthquake", "4.9", "6.6"),
    # A: depth; B: distance from Arequipa (both lengths)
    ("disasters_earthquake", "10 km", "70 miles"),
    # A: distance from Arequipa; B: depth
    ("disasters_earthquake", "113 km", "6.2 miles"),
    # A: 24-hour rainfall window; B: 48-hour forecast window
    ("disasters_flood", "24", "48"),
    # A: river above danger level; B: rainfall (both lengths)
    ("disasters_flood", "85 cm", "12 inches"),
    # A: rainfall; B: river above danger level
    ("disasters_flood", "310 mm", "85 centimetres"),
    # A: rival Kessler Micro shares; B: European tech sector index (equal values)
    ("business_earnings", "2%", "2%"),
    # A: analysts' expected profit; B: actual net income
    ("business_earnings", "$1.6 billion", "$1.9 billion"),
    # A: revenue growth; B: earnings growth
    ("business_earnings", "23%", "73%"),
    # A: Corvell Monday move; B: Corvell Tuesday move (different day)
    ("business_merger", "26%", "1%"),
    # A: Brightwater shares; B: Corvell shares
    ("business_merger", "4%", "24%"),
    # A: takeover premium; B: Corvell share rise
    ("business_merger", "31%", "24%"),
    # A: turnout at previous election; B: turnout this election
    ("politics_election", "55%", "62.1%"),
    # A: SocDem seats now; B: SocDem seats in outgoing parliament
    ("politics_election", "46", "58"),
    # A: seats needed for majority; B: additional lawmakers Civic Union needs
    ("politics_election", "76", "11"),
    # A: old excise rate; B: new excise rate
    ("politics_budget", "15%", "20%"),
    # A: this year's deficit; B: next year's deficit target
    ("politics_budget", "5.1%", "4.3%"),
    # A: debt interest; B: tax revenue target
    ("politics_budget", "1.2 trillion", "3.1 trillion"),
    # hospitalised (A, word) vs new infections since previous count (B): equal value, different quantity
    ("health_measles", "Twenty-nine", "29"),
    # state-wide outbreak total (A) vs Dawson Creek County only (B): different place/scope
    ("health_measles", "214", "183"),
    # Dawson Creek County cases (A) vs Pell County cases (B): same quantity, different place
    ("health_measles", "163", "60"),
    # share price rise (A) vs placebo discontinuation rate (B): equal percent, different things
    ("health_trial", "3%", "3%"),
    # reported weight loss (A) vs analysts' expected weight loss (B): result vs expectation
    ("health_trial", "13.7%", "15%"),
    # discontinuation on top dose (A) vs discontinuation on placebo (B): different group
    ("health_trial", "6%", "3%"),
    # signal travel time, minutes (A) vs data download time, days (B): equal value, different thing
    ("science_probe", "16", "16"),
    # years since launch (A) vs years until reaching Melampus (B)
    ("science_probe", "four", "four"),
    # Swiss winter snowfall deficit (A) vs Austrian glacier loss since turn of century (B)
    ("science_glacier", "25%", "25%"),
    # Swiss glacier loss since 2000s (A) vs Austrian glacier loss (B): same quantity, different country
    ("science_glacier", "40%", "25%"),
    # years the defence asked for (A) vs length of the trial in weeks (B)
    ("crime_fraud", "four", "four"),
    # sentence sought (A) vs sentence handed down (B)
    ("crime_fraud", "15", "nine"),
    # sentence handed down (A) vs sentence sought (B)
    ("crime_fraud", "nine", "15"),
    # people arrested (A) vs properties searched (B): equal value, different count
    ("crime_cocaine", "18", "18"),
    # cash seized (A) vs street value of the drugs (B): both euros, different money
    ("crime_cocaine", "1.3 million", "210"),
    # street value (A) vs cash seized (B)
    ("crime_cocaine", "270", "1.3 million"),
    # Kingsbridge shots on target (A) vs Harrowgate shots on target (B): other team
    ("sport_final", "four", "four"),
    # Kingsbridge possession (A) vs Harrowgate possession (B): other team
    ("sport_final", "58%", "42%"),
    # women's winning margin (A) vs gap between 2nd and 3rd in men's race (B)
    ("sport_marathon", "18", "18"),
    # runners who started (A) vs runners who finished (B): different event
    ("sport_marathon", "35,000", "33,870"),
]

# the blind run's causes, largest first (cause names as the module's docstring groups them)
GAPS: dict[tuple[str, str, str], str] = {
    # QUANTITY_MISREAD: 23 rows
    ('conflict_drone', '32', '32'):
        "QUANTITY_MISREAD: B quantity 'cruise' (from '32 cruise and ballistic missiles') vs A 'missile'; also "
        'Russia vs Moscow, launch vs use, incremental vs total',
    ('disasters_earthquake', '19', '27'):
        "QUANTITY_MISREAD: B '27' (killed 'rose to 27') read as 'injured' (from 'with 212 injured') vs A "
        "'deaths'; scope incremental vs total too",
    ('disasters_earthquake', 'eight', 'Eight'):
        "QUANTITY_MISREAD: A 'people' (event 'said') for the missing vs B 'missing'; place Chuquibamba on B only; "
        "B key 'people destroyed in Chuquibamba'",
    ('disasters_flood', '4,870', '5,000'):
        "QUANTITY_MISREAD: B 'people' (event 'leave' from 'have left ... marooned') for those in relief camps vs "
        "A 'displaced'; A key 'people missing · displaced'",
    ('disasters_flood', 'three', 'three'):
        "QUANTITY_MISREAD: B 'deaths'/'killed' (subject fishermen) for the three still searched for vs A "
        "'missing'; events missing vs killed",
    ('politics_election', '151', '151'):
        "QUANTITY_MISREAD: B 'member' (from '151-member chamber') vs A 'seats'; B subject 'Civic Union' wrong; "
        'place Valmora on A only',
    ('politics_budget', '12%', '12%'):
        "QUANTITY_MISREAD: A 'share' (scope projection) for tax-revenue growth vs B 'revenue' (change); KRA "
        'matched; place Kenya on B only',
    ('politics_budget', '20%', '20%'):
        "QUANTITY_MISREAD: B 'share' with event 'injured' (from 'would hurt') vs A 'duty'; also subject Nairobi "
        'on B, scope share vs projection',
    ('health_measles', '163', '183'):
        "QUANTITY_MISREAD: B quantity 'most' ('Most of the cases, 183'), metric 'unspecified', vs A 'infection'; "
        'Dawson Creek County as A subject vs B place',
    ('health_measles', 'Twenty-nine', 'Thirty-one'):
        "QUANTITY_MISREAD: A 'deaths'/killed for hospitalised patients vs B generic 'people' (event 'require', "
        "key 'people sent')",
    ('health_trial', '9.4%', '9.4%'):
        "QUANTITY_MISREAD: A 'people' (key 'patients decrease') for weight lost vs B 'mass'; also fell vs "
        'measured',
    ('crime_cocaine', '270', '210'):
        "QUANTITY_MISREAD: A generic 'money' (event 'fetch') vs B 'price' for street value; scope projection vs "
        'total too',
    ('sport_final', 'three', 'three'):
        "QUANTITY_MISREAD: B 'muster' (a verb) for 'three-time winners' vs A 'win'; event won vs measured; A "
        'as_of misdated 2015-03-22',
    ('sport_final', '£100,000', '£100,000'):
        "QUANTITY_MISREAD: A 'revenue' (event earn) for prize money vs B generic 'money'; subject Harrowgate vs "
        'Hornets, earn vs collect',
    ('sport_marathon', '30,000', '€30,000'):
        "QUANTITY_MISREAD: A 'salary' (key 'bonus raised') vs B generic 'money' (key 'prize'); also collect vs "
        'take, scope total vs incremental',
    # KEYS_SMALL_OR_DIFFERENT: 8 rows
    ('conflict_drone', 'four', 'Six'):
        "KEYS_SMALL_OR_DIFFERENT: sim 1.0 but keys 'people killed in Kyiv' vs '... (batch)'; 4 vs 6 are small "
        'differing counts, so no cross-key pair',
    ('conflict_drone', 'two', 'two'):
        "KEYS_SMALL_OR_DIFFERENT: sim 1.0 but keys 'people killed in Odesa' vs '... (batch)'; 2 is a small count "
        '(<10), not telling across keys',
    ('disasters_earthquake', '113 km', '70 miles'):
        "KEYS_SMALL_OR_DIFFERENT: sim 0.85 but keys 'depth (km) · epicentre' (A wrongly 'depth') vs 'distance "
        "(mile)'; 113 km = 70.2 mi equal yet no cross-key/unit pair",
    ('business_earnings', '7%', '9%'):
        "KEYS_SMALL_OR_DIFFERENT: sim 0.75 but keys 'share increase (percent) · 7' vs '· 9' carry the values; 7 "
        'vs 9 differ, so no cross-key pair',
    ('business_merger', '26%', '24%'):
        "KEYS_SMALL_OR_DIFFERENT: sim 1.0 but keys 'share increase (percent)' vs 'share (percent) · Corvell "
        "Brands'; 26 vs 24 differ, so no cross-key pair",
    ('politics_election', '64', '65'):
        "KEYS_SMALL_OR_DIFFERENT: sim 0.51 but keys 'seats · 64' vs 'seats · Social Democrats · measured'; 64 vs "
        '65 differ; B subject misread (should be Civic Union)',
    ('science_glacier', '3,000', '3,000'):
        "KEYS_SMALL_OR_DIFFERENT: sim 0.85 but keys 'thinning (meter)' (A altitude mis-keyed, shared with 3.5 m) "
        "vs 'distance (meter)'; equal yet no cross-key pair",
    # SUBJECT_MISREAD: 9 rows
    ('politics_election', '38.2%', '38.6%'):
        "SUBJECT_MISREAD: A subject 'Valmora' (the country) instead of Civic Union vs B 'Civic Union'; place "
        'Valmora on A only (sim 0.3, same key)',
    ('politics_election', '27.5%', '27.3%'):
        "SUBJECT_MISREAD: B subject 'Civic Union' for the Social Democrats' share; A 'Irena Kask' (their leader); "
        'also event trail vs won, place on A only',
    ('health_trial', '13.7%', '12.9%'):
        "SUBJECT_MISREAD: A subject 'average' ('an average of 13.7%') vs B 'orvaglutide'; also scope share vs "
        'change, stated level measured vs fell',
    ('crime_fraud', '$5 million', '$5 million'):
        "SUBJECT_MISREAD: A 'Alicia Brennan' (the judge) vs B 'Lumora' (the platform), payer is Marcus Vell; "
        'place Manhattan vs New York too',
    ('sport_final', 'eight', 'eight'):
        "SUBJECT_MISREAD: A 'Kingsbridge' for Harrowgate's eight shots vs B 'Hornets' (Harrowgate nickname, named "
        'two ways too); event dominate vs measured',
    ('sport_marathon', '41', '41'):
        "SUBJECT_MISREAD: B 'Fellow Kenyan Amos Rotich' (runner-up, span too wide) vs A 'Daniel Kiprono' for one "
        'margin; event finish vs measured',
    # EVENT_VERBS: 9 rows
    ('conflict_drone', '27', '29'):
        "EVENT_VERBS: A 'jam' ('shot down or jammed') vs B 'bring' ('brought down') for one act (sim 0.3); keys "
        "'missiles · 27' vs 'missiles · 29' carry the value",
    ('business_merger', '4%', '5%'):
        "EVENT_VERBS: A 'fell' ('slipped') vs B 'other:end' ('ended 5% lower'); scope change vs share too; B "
        'as_of misread 2025-05-13; keys stock vs share',
    ('politics_election', '46', '45'):
        "EVENT_VERBS: A 'other:give' ('would give them 46') vs B 'fell' ('slumped to 45'); scope projection vs "
        'total, subject and place each on one side only',
    ('politics_election', '61.4%', '62.1%'):
        "EVENT_VERBS: A 'measured' vs B 'other:reach' (same key 'turnout (percent)', sim 0.225); place Valmora on "
        'A only',
    ('science_glacier', '1,400', '1,400'):
        "EVENT_VERBS: A 'missing' (from 'could disappear') vs B 'measured'; scope projection vs incremental "
        "('batch') too",
    ('crime_cocaine', 'six', 'Six'):
        "EVENT_VERBS: A 'confiscate' vs B 'recover' (sim 0.225); place Valencia on A only; keys 'firearms "
        "captured in Valencia' vs 'firearms'",
    # QUANTITY_WORDS: 9 rows
    ('conflict_drone', '600,000', '600,000'):
        "QUANTITY_WORDS: A 'household' vs B 'home'; also event A 'leave' ('left without power') vs B 'cut'; B key "
        "'buildings decrease'",
    ('business_earnings', '$8.4 billion', '$8.4 billion'):
        "QUANTITY_WORDS: A 'revenue' vs B 'sales'; also A 'said' vs B 'rose', subject Halvard Semiconductor on A "
        "only; A paired (conflict) with B '$9.1 billion'",
    ('health_measles', '51', '60'):
        "QUANTITY_WORDS: A 'infection' vs B 'case'; Pell County as A subject vs B place 'Pell'; said vs measured",
    ('health_measles', '12,000', '12,000'):
        "QUANTITY_WORDS: A 'dose' vs B 'vaccine'; also event ship vs 'other:dose', subject MMR on B only",
    ('crime_cocaine', '14', '14'):
        "QUANTITY_WORDS: A 'vehicle' vs B 'car'; also event confiscate vs seize",
    ('sport_final', '17', '17'):
        "QUANTITY_WORDS: A 'shot' vs B 'attempt'; also event measured vs 'muster'",
    # NOT_EXTRACTED: 7 rows
    ('conflict_ceasefire', '72', 'three'):
        "NOT_EXTRACTED: B 'three' in 'three-day truce' (hyphenated number-word duration) not extracted; A "
        "'72-hour' not reported missing; pairing would also need hours~days",
    ('conflict_ceasefire', 'three', 'three'):
        "NOT_EXTRACTED: apart row: B 'three' in 'three-day truce' not extracted (hyphenated number-word duration, "
        "as in row 72~three); A 'three months' unknown",
    ('disasters_flood', '24', '48'):
        "NOT_EXTRACTED: apart row: A '24' in 'in the 24 hours to Tuesday morning' not extracted (a time window, "
        'not a reported figure)',
    ('health_trial', '68', '68'):
        "NOT_EXTRACTED: '68' in 'over/for 68 weeks' not extracted; a trial length in weeks (bare duration) is not "
        'taken as a figure',
    ('crime_fraud', '15', '15'):
        "NOT_EXTRACTED: B '15' in 'well short of the 15 years sought' not extracted (A '15-year' is, as apart "
        '15~nine passes)',
    ('crime_fraud', 'nine', '15'):
        "NOT_EXTRACTED: apart row: B '15' in 'well short of the 15 years sought by the Justice Department' not "
        'extracted',
    # SUBJECT_NAMED_TWO_WAYS: 5 rows
    ('conflict_drone', '458', '458'):
        "SUBJECT_NAMED_TWO_WAYS: A 'Russia' vs B 'Moscow'; also event launch vs use, scope incremental vs total, "
        "place Ukraine on A only; A paired with B 'hundreds'",
    ('politics_budget', '4.5%', '4.3%'):
        "SUBJECT_NAMED_TWO_WAYS: A 'Treasury' vs B 'Nairobi' (Kenyan government); also event cut vs fell, scope "
        'share vs projection, place Kenya on B only',
    ('sport_final', '86,412', '86,000'):
        "SUBJECT_NAMED_TWO_WAYS: A 'crowd' vs B 'spectators'; also event A 'score' (from 'scored ... in front "
        "of') vs measured",
    # SCOPE_APART: 3 rows
    ('business_earnings', '$9 billion', '$9.1 billion'):
        "SCOPE_APART: A guidance 'projection' vs B 'guided for $9.1 billion' read as total (sim 0.36); said vs "
        "'guide'; B paired (conflict) with A $8.4 billion",
    ('science_glacier', '3%', '3%'):
        'SCOPE_APART: A change vs B share (sim 0.38); subject Switzerland on A only; A paired (update) with B '
        "'about 25%' (Austria) instead",
    # PLACE_APART: 1 rows
    ('conflict_ceasefire', '130', '140'):
        "PLACE_APART: A 'Congo' (wounded, batch) vs B 'Goma' (one hospital, total); scope incremental vs total "
        'too',
    # OTHER: 1 rows
    ('sport_marathon', '11', '12'):
        "OTHER: same key 'temperature (celsius)' and sim 1.0, yet unlinked; likely the 11 vs 12 gap (~9%) is not "
        'accepted as an update for a temperature',
    # SCOPE_NOT_APART: 1 rows
    ('science_probe', 'four', 'four'):
        "SCOPE_NOT_APART: apart row joined 'same': B future 'reach ... in four years' read as total, not "
        "projection; both in key 'time (year)', equal, sim 0.255",
}


def _rows(domain: str) -> list:
    """A domain's pair rows, then its apart rows (verdicts None), each row GAPS names a strict xfail."""
    return domain_rows(domain, CASES, PAIRS, APART, GAPS, gap)


@pytest.fixture(scope="module")
def compared(nlp):
    """run(case) -> (A's figures, B's figures, pairs), the two files loaded as the CLI loads them, compared once."""
    return file_comparer(nlp, FIXTURES)


def test_pair_reports60_cover_eight_domains():
    check_cover(CASES, PAIRS, APART, GAPS, FIXTURES)


ROW = "name,needle_a,needle_b,verdicts"


@pytest.mark.parametrize(ROW, _rows("conflict"))
def test_pair_reports60_conflict(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("disasters"))
def test_pair_reports60_disasters(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("business"))
def test_pair_reports60_business(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("politics"))
def test_pair_reports60_politics(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("health"))
def test_pair_reports60_health(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("science"))
def test_pair_reports60_science(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("crime"))
def test_pair_reports60_crime(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("sport"))
def test_pair_reports60_sport(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)
