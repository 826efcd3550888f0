"""Stop 62's blind probe of pairing across invented reports (issue #9's central promise: one figure, two outlets,
two wordings), the third after stops 42 and 60 (test_pair_reports42.py, test_pair_reports60.py), written by other
hands on topics neither used. Sixteen invented pairs of reports, two per domain, each a headline and a body of 6-10
sentences holding seven figures or more, several of one kind (two crossings' arrivals, two villages' dead, two
regions' recalls, two candidates' votes, two sets' scores), in four styles (a wire dateline, a broadcaster's short
sentences and quotes, a newspaper's subordinate clauses, an explainer's comparisons "up from 1,200 last year", a
trailing "Reporting by ...; editing by ..."), with `.json` sidecars giving outlet and publication_date
(`tests/fixtures/pairprobe62/`; the second report a day later in ten cases, the same day in four, undated in two),
loaded as `python -m newsfigures compare A B` loads two files and compared in process.

Two helpers wrote the reports and labels from the issue's definition of one figure (same quantity, subject, event,
place, scope, dimension) and the verdicts' rules given in their brief, without reading or running the code, the
gold, the corpora or the earlier probes; two others read every label again (changes below: three rows removed, one
moved apart; money in two currencies is no pair, since neither text gives the rate). A fifth helper gave each failing
row its cause from the run's output (the measures and similarity of both figures) and the texts, without the code.

Blind score on the stop's first commit (8c00c5f3), no product code changed: pairs 39 of 139 (0.28), near misses 52
of 57. Against stop 60's probe (0.36 blind) these reports are longer, with more figures of one kind, and the share
found is lower still: the held-out split's 0.36 is no floor for fresh news. The needle harness was widened before the
run (compare/pair_reports.py: a needle with words after its number names the figure those words take in, "40
households", whose repeats must not read another quantity); no row, report or verdict was changed after it.

Mended at stop 62 (`compare.distinct_number`), each a general rule measured on every pair probe and the dev split:
- a subject read apart parts two reports on one uncommon number only when the other article gives that owner a
  report of its own (five rows: the airline's 18 cents, the recall's 6.8%, the exchange's 185, the refugee appeal's
  $190 million, the dengue fund's 250 million);
- the number is compared in one unit when the units convert (six rows: 29 km ~ 18 miles, 31 km ~ 19.3 miles, 22
  centimetres ~ 8.7 inches, 7,450 metres ~ 24,440 feet, 7,902 metres ~ 25,925 feet, 352 km/h ~ 218.7 mph);
- a quantity read apart parts them on the same terms (two rows: the load factor's 94%, the ransom's £38 million);
and in extraction, an event verb whose subject another number counts is not the event of a figure with a clause of
its own (`extract.another_count`: the wildfire's "more than 2,500 residents were ordered to leave their homes", no
deaths but displaced). Pairs 53 of 139 (0.38), near misses 52 of 57 as blind. The rows left, by cause: the quantity
misread on one side (13), not extracted (15: ordinals and ranks, clock and lap times, "almost a third", "six-week",
a temperature written "2.1C", an age after a name), a subject misread (11), an event misread (9), two verbs of one
act (9), a wrong partner taking the pair (5), measures that agree under two keys whose values differ or are small
(5), scope read apart (5), two words of one quantity (5), one owner named two ways (4), a unit the code does not
convert or a duration in words (4), place (2), other (2: the tool's "about" covers more than the writers' few per
cent), and two near misses joined (flights cancelled on two days; two lava flow rates).
Stop 63: "an hour and a half" is 1.5 hours (`numbers/unit_and_half.py`) and a fraction beside a per cent is one
share (`intervals.share_scale`), so "90 minutes" ~ "an hour and a half" and "23%" ~ "less than a quarter" left GAPS:
55 of 139. Stop 64: a people's plural counts persons whatever label the tagger gives it
(`measure_classes.people_plural`), so the prisoner exchange's 4,700 ~ 4,757 Ukrainians left GAPS: 56 of 139, near
misses 52 of 57."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import gap
from compare.pair_reports import C, CU, S, SC, U, X, check, check_cover, domain_rows, file_comparer
from probe_pairs import UNDATED

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pairprobe62"
CASES = {  # case -> domain; the files are FIXTURES/<case>_a.txt, <case>_b.txt and their .json sidecars
    "conflict_prisoner_exchange": "conflict", "conflict_refugees_border": "conflict",
    "disasters_volcanic_eruption": "disasters", "disasters_wildfire": "disasters",
    "business_airline_results": "business", "business_carmaker_recall": "business",
    "politics_presidential_runoff": "politics", "politics_referendum": "politics",
    "health_cholera": "health", "health_dengue": "health",
    "science_deep_sea_expedition": "science", "science_volcano": "science",
    "crime_art_theft": "crime", "crime_cyberattack_ransom": "crime",
    "sport_formula_one": "sport", "sport_tennis_grand_slam": "sport",
}

# The second passes' changes (first part: the first writer's cases; second part: the second writer's):
# first part
# - conflict_prisoner_exchange: removed ("Eleven", "14", U) because A's "Eleven" (seriously
#   wounded taken by ambulance to hospital in Chernihiv straight after the handover) is matched
#   field for field by B's quoted "up from 11 taken there by ambulance straight after the handover"
#   (kept as the S row); B's 14 is a separate figure in B (patients now in hospital a day later,
#   other scope and time), and one A figure cannot be the same figure as two different B figures.
# - crime_cyberattack_ransom: removed ("1.4 million euros", "1.2 million pounds", SC) because the
#   money is in two different currencies (EUR vs GBP) and neither text gives both amounts; the SC
#   rested on an assumed exchange rate that is not in the text.
# - sport_tennis_grand_slam: removed ("4.15 million", "2.7 million", SC) because it pairs A$ with
#   US$; A gives only Australian dollars, and A's A$4.15 million is already paired (S) with B's own
#   "AU$4.15 million", so B's "roughly 2.7 million US dollars" is only B's currency rendering of that
#   figure and a second pair for the same A figure would double-count it.
# - All other rows checked and kept unchanged: every needle occurs in its report, none sits inside
#   a longer number (only repeats are the same figure: A headline+body "390" and "32%"), unit
#   conversions (18 mi = 28.97 km vs 29 km, 0.1 %; 23 mi = 37.01 km vs 37 km; 262 ft = 79.9 m vs
#   80 m, 0.2 %; 84 F = 28.9 C vs 29C, 0.4 %; 12,000 ha = 120 km2 vs 58 sq mi = 150 km2; 2 mi =
#   3.2 km vs 3.8 km) and per cent differences (5.86 vs 5.9 bn = 0.7 % -> C not S; 32 % vs
#   "almost a third" 33.3 % -> C) and the sidecar dates (airline and crime same day; dengue B
#   undated; others one day apart) support the verdicts as given. No missing same-figure pair
#   found, so none added.
# second part
# - sport_formula_one ("3.412 seconds", "5.871 seconds", U): moved from PAIRS to APART
#   (appended at the end of the sport_formula_one APART block). A's 3.412 s is Ferrand's
#   gap to Hallberg on the road; B's 5.871 s is his official gap to team-mate Pierre Dumas
#   ("over his Aurex team-mate Pierre Dumas, rather than the gap he had on the road").
#   These are margins to different competitors, so they are different figures, not an update.
# - No other changes. All other needles were checked: each occurs in its report. Where a
#   needle occurs twice ("21,000", "27", "67", "five", "six") both hits are the same figure
#   (headline and body). All verdicts were checked against the sidecar dates and the
#   conversions (12.4 mi = 19.96 km; 5.6 mi = 9.01 km; 19.3 mi = 31.06 km;
#   25,925 ft = 7,901.9 m; 24,440 ft = 7,449.3 m; 8.7 in = 22.10 cm (0.44 %);
#   218.7 mph = 351.96 km/h; 1.42 vs 1.4 million = 1.4 %; 64.6 vs 64 = 0.9 %;
#   41,870 vs 41,000 = 2.1 %; 3,100 vs 2,950 = 4.8-5.1 %, so U only). The weekdays in the
#   texts match the sidecar dates. No obvious same-figure pair is missing.

# (case, figure text in A, figure text in B, acceptable verdicts), as the writers labelled and the checkers left them
PAIRS = [
    # ---- conflict_prisoner_exchange (A 2025-11-14, B 2025-11-15) ----
    # total prisoners exchanged
    ("conflict_prisoner_exchange", "390", "390", S),
    # prisoners received by Ukraine ("Kyiv received" ~ "Kyiv brought home")
    ("conflict_prisoner_exchange", "205", "205", S),
    # prisoners received by Russia ("Russian servicemen returned" ~ "Moscow took back")
    ("conflict_prisoner_exchange", "185", "185", S),
    # civilians among those returned to Ukraine, digits vs word
    ("conflict_prisoner_exchange", "12", "Twelve", S),
    # distance of the crossing north of Mozyr: 18 miles = 28.97 km vs 29 km (0.1 %)
    ("conflict_prisoner_exchange", "29 km", "18 miles", S),
    # (removed by checker: "Eleven" vs "14" -- A's eleven is B's quoted "11", B's 14 is a different figure)
    # same hospitalised count: A's eleven ~ B's "up from 11" (B quotes the earlier figure)
    ("conflict_prisoner_exchange", "Eleven", "11", S),
    # Ukrainians freed since 2022: "more than 4,700" covers 4,757; also a day later
    ("conflict_prisoner_exchange", "4,700", "4,757", CU),
    # Ukrainians held in Russian captivity: "at least 1,200" vs "at least 1,300", a day later
    ("conflict_prisoner_exchange", "1,200", "1,300", CU),
    # Ukrainians listed as missing: "some 8,000" vs "more than 8,000"
    ("conflict_prisoner_exchange", "8,000", "8,000", S),

    # ---- disasters_wildfire (A 2025-08-11, B 2025-08-12) ----
    # total dead: "at least three" -> five a day later ("at least" also covers 5)
    ("disasters_wildfire", "three", "Five", CU),
    # dead in the village of Souli: two -> four a day later
    ("disasters_wildfire", "Two", "four", U),
    # residents evacuated ("ordered to leave" ~ "evacuated")
    ("disasters_wildfire", "2,500", "2,500", S),
    # people treated for injuries: "at least 14" -> 23 a day later
    ("disasters_wildfire", "14", "23", CU),
    # firefighters among the injured: four -> six
    ("disasters_wildfire", "four", "six", U),
    # homes damaged or destroyed: around 60 -> 112
    ("disasters_wildfire", "60", "112", U),
    # water-dropping aircraft: 18 -> twenty
    ("disasters_wildfire", "18", "twenty", U),
    # burnt area: 12,000 ha = 120 km2 vs 58 sq mi = 150.2 km2, fire still growing
    ("disasters_wildfire", "12,000 hectares", "58 square miles", U),

    # ---- business_airline_results (both 2026-03-05) ----
    # annual after-tax profit, euro sign vs "euros"
    ("business_airline_results", "€412 million", "412 million euros", S),
    # profit growth: 32% vs "almost a third" (33.3 %), 4 % apart, vague word figure
    ("business_airline_results", "32%", "almost a third", C),
    # annual revenue ~ sales: 5.86 vs 5.9 (0.7 %), B rounded to one decimal
    ("business_airline_results", "€5.86 billion", "5.9 billion euros", C),
    # passengers carried last year: 48.6 vs 46.8 million the same day (digit swap)
    ("business_airline_results", "48.6 million", "46.8 million", X),
    # load factor: "94% full" ~ "filled 94 percent of its seats"
    ("business_airline_results", "94%", "94 percent", S),
    # passenger forecast for this year
    ("business_airline_results", "53 million", "53 million", S),
    # new Airbus jets to be delivered
    ("business_airline_results", "22", "22", S),
    # dividend per share
    ("business_airline_results", "18 cents", "18 cents", S),

    # ---- politics_referendum (A 2026-06-14 partial, B 2026-06-15 final) ----
    # national "no" share: partial 54.3% -> final 55.0
    ("politics_referendum", "54.3%", "55.0", U),
    # national "yes" share: partial 45.7% -> final 45.0
    ("politics_referendum", "45.7%", "45.0", U),
    # turnout: 46.2% -> 47 percent
    ("politics_referendum", "46.2%", "47 percent", U),
    # cantons approving the levy: five -> six
    ("politics_referendum", "five", "six", U),
    # Geneva yes share
    ("politics_referendum", "61%", "61 per cent", S),
    # Zurich yes share: 49.1% -> 48.6 percent with postal ballots (1.0 % apart)
    ("politics_referendum", "49.1%", "48.6 percent", U),
    # number of no votes: 1.21 million by 7 pm -> 1,338,500 final
    ("politics_referendum", "1.21 million", "1,338,500", U),
    # number of yes votes: 1.02 million -> 1,095,200 final
    ("politics_referendum", "1.02 million", "1,095,200", U),
    # proposed levy per departure, digits vs words
    ("politics_referendum", "500 francs", "five hundred francs", S),
    # yearly revenue the levy would have raised
    ("politics_referendum", "120 million", "120 million", S),

    # ---- health_dengue (A 2025-09-21, B undated) ----
    # dengue deaths in the last 24 hours
    ("health_dengue", "9 more", "Nine", S),
    # dengue deaths so far this year: 312 vs 321
    ("health_dengue", "312", "321", UNDATED),
    # new hospital admissions in 24 hours: 1,486 vs "nearly 1,500"
    ("health_dengue", "1,486", "1,500", UNDATED),
    # new admissions in Dhaka in 24 hours: 612 vs "more than 600"
    ("health_dengue", "612", "600", UNDATED),
    # dengue patients currently in hospital nationwide: about 4,900 vs around 5,000
    ("health_dengue", "4,900", "5,000", UNDATED),
    # dengue patients currently in hospital in Dhaka: 1,950 vs close to 2,000
    ("health_dengue", "1,950", "2,000", UNDATED),
    # hospital admissions this year: 71,840 vs "passed 73,000"
    ("health_dengue", "71,840", "73,000", UNDATED),
    # government money for test kits and saline
    ("health_dengue", "250 million", "250 million", S),

    # ---- science_volcano (A 2026-02-09, B 2026-02-10) ----
    # initial lava effusion rate, m3/s, digits vs words
    ("science_volcano", "1,200", "twelve hundred", S),
    # fissure length: about 2 miles (3.2 km) -> lengthened to 3.8 km
    ("science_volcano", "2 miles", "3.8 kilometres", U),
    # distance from Reykjavik: 23 miles = 37.01 km vs 37 km
    ("science_volcano", "23 miles", "37 km", S),
    # height of lava fountains on Sunday night: 262 ft = 79.9 m vs around 80 m (0.2 %)
    ("science_volcano", "262 feet", "eighty metres", S),
    # people evacuated from the Blue Lagoon
    ("science_volcano", "700", "seven hundred", S),
    # Grindavik households evacuated
    ("science_volcano", "40 households", "40 or so", S),
    # magma accumulated before the eruption: ~20 -> revised to ~17 million m3
    ("science_volcano", "20 million", "17 million", U),
    # earthquakes in the pre-eruption swarm: some 800 -> more than 900
    ("science_volcano", "800", "900", U),

    # ---- crime_cyberattack_ransom (both 2026-04-22) ----
    # people arrested
    ("crime_cyberattack_ransom", "four people", "Four people", S),
    # suspects detained in Rotterdam ~ "in the Netherlands"
    ("crime_cyberattack_ransom", "Three", "Three", S),
    # age of the suspect arrested in Leeds ~ West Yorkshire
    ("crime_cyberattack_ransom", "31", "31", S),
    # ransom demanded: 75 vs 70 bitcoin, same day
    ("crime_cyberattack_ransom", "75 bitcoin", "70 bitcoin", X),
    # customers whose data was stolen: 2.1 vs 2.4 million, same day
    ("crime_cyberattack_ransom", "2.1 million", "2.4 million", X),
    # stores forced to cash-only
    ("crime_cyberattack_ransom", "430", "430", S),
    # duration of cash-only trading: "up to 11 days" ~ "for eleven days"
    ("crime_cyberattack_ransom", "11 days", "eleven days", S),
    # cost of the attack ~ hit to operating profit
    ("crime_cyberattack_ransom", "£38 million", "38 million pounds", S),
    # (removed by checker: "1.4 million euros" vs "1.2 million pounds" -- two currencies, no text gives both)

    # ---- sport_tennis_grand_slam (A 2026-02-01, B 2026-02-02) ----
    # length of the final: 3h38 -> 3h41 a day later
    ("sport_tennis_grand_slam", "3 hours and 38 minutes", "three hours and 41 minutes", U),
    # spectators: 14,820 -> record 15,037 per organisers
    ("sport_tennis_grand_slam", "14,820", "15,037", U),
    # temperature at the start: 84 F = 28.9 C vs 29C (0.4 %)
    ("sport_tennis_grand_slam", "29C", "84-degree", S),
    # Ferrante's age
    ("sport_tennis_grand_slam", "24", "24-year-old", S),
    # Ferrante's aces
    ("sport_tennis_grand_slam", "17", "seventeen", S),
    # Brandt's aces
    ("sport_tennis_grand_slam", "21", "21", S),
    # winner's prize money, "Australian dollars" vs "AU$"
    ("sport_tennis_grand_slam", "4.15 million", "4.15 million", S),
    # (removed by checker: "4.15 million" vs "2.7 million" -- A$ vs US$, A's figure already paired with B's
    # AU$4.15 million)
    # runner-up's prize money
    ("sport_tennis_grand_slam", "2.25 million", "2.25 million", S),
    # Ferrante's new ranking
    ("sport_tennis_grand_slam", "No. 2", "second-ranked", S),
    # Brandt's ranking
    ("sport_tennis_grand_slam", "No. 4", "fourth", S),
    # set points Ferrante saved in the third-set tiebreak
    ("sport_tennis_grand_slam", "two set points", "two set points", S),
    # ---- conflict_refugees_border (A 2025-11-14, B 2025-11-15) ----
    # refugees crossed at Adre since Monday: 18,400 ~ more than 21,000 a day later
    ("conflict_refugees_border", "18,400", "21,000", U),
    # arrivals at Tine: 6,200 ~ around 6,200
    ("conflict_refugees_border", "6,200", "6,200", S),
    # total Sudanese refugees in Chad: more than 1.2 million ~ 1.21 million a day later
    ("conflict_refugees_border", "1.2 million", "1.21 million", CU),
    # share of women and children among refugees: 62% ~ 62 percent
    ("conflict_refugees_border", "62%", "62 percent", S),
    # children dead of dehydration at Adre this week: three ~ five, a day later
    ("conflict_refugees_border", "three", "Five", U),
    # wounded treated at Adre hospital: 41 ~ 47, a day later
    ("conflict_refugees_border", "41", "47", U),
    # distance of Adre transit site from border: about 20 km ~ 12.4 miles (19.96 km, 0.2 %)
    ("conflict_refugees_border", "20 kilometres", "12.4 miles", S),
    # UN appeal: $190 million ~ 190 million dollars
    ("conflict_refugees_border", "$190 million", "190 million dollars", S),
    # share of appeal funded: 23% ~ less than a quarter, a day later
    ("conflict_refugees_border", "23%", "a quarter", CU),

    # ---- disasters_volcanic_eruption (A 2026-02-09, B 2026-02-10) ----
    # total dead: eight ~ climbed to 11 a day later
    ("disasters_volcanic_eruption", "eight", "11", U),
    # dead in Wolorona: six ~ nine
    ("disasters_volcanic_eruption", "Six", "Nine", U),
    # dead in Nobo: two ~ two
    ("disasters_volcanic_eruption", "Two", "two", S),
    # injured: thirty-one ~ 44 a day later
    ("disasters_volcanic_eruption", "Thirty-one", "44", U),
    # evacuated / in shelters: 12,500 ~ some 17,800
    ("disasters_volcanic_eruption", "12,500", "17,800", U),
    # exclusion zone radius: 7 km ~ 7 kilometres
    ("disasters_volcanic_eruption", "7 km", "7 kilometres", S),
    # ash column height of this eruption: 9 km ~ 5.6 miles (9.01 km, 0.1 %)
    ("disasters_volcanic_eruption", "9 kilometres", "5.6 miles", S),
    # houses damaged: about 2,300 ~ about 2,300
    ("disasters_volcanic_eruption", "2,300", "2,300", S),
    # flights cancelled at Bali on Monday: 84 ~ 84 on Monday
    ("disasters_volcanic_eruption", "84", "84", S),

    # ---- business_carmaker_recall (both 2025-09-23) ----
    # vehicles recalled worldwide: about 1.4 million ~ 1,420,000 (1.4 % apart, "about" covers)
    ("business_carmaker_recall", "1.4 million", "1,420,000", C),
    # fires linked to the defect: 23 ~ 27, same day, both exact
    ("business_carmaker_recall", "23", "27", X),
    # people injured in the fires: four ~ four
    ("business_carmaker_recall", "four", "four", S),
    # recalled vehicles in the US: 610,000 ~ 610,000
    ("business_carmaker_recall", "610,000", "610,000", S),
    # recalled vehicles in Europe: 380,000 ~ 380,000
    ("business_carmaker_recall", "380,000", "380,000", S),
    # cost of the recall: EUR 640 million ~ 640 million euros
    ("business_carmaker_recall", "€640 million", "640 million euros", S),
    # new operating-margin forecast: 6 percent ~ 6%
    ("business_carmaker_recall", "6 percent", "6%", S),
    # share fall at the close: 6.8% ~ 6.8 percent
    ("business_carmaker_recall", "6.8%", "6.8 percent", S),
    # repair time per car: about 90 minutes ~ about an hour and a half
    ("business_carmaker_recall", "90 minutes", "an hour and a half", S),

    # ---- politics_presidential_runoff (A 2025-10-06 partial count, B 2025-10-07 final) ----
    # Mwale's run-off vote share: 52.4% (81 % counted) ~ 51.8 percent final
    ("politics_presidential_runoff", "52.4%", "51.8 percent", U),
    # Chirwa's run-off vote share: 47.6% ~ 48.2 percent final
    ("politics_presidential_runoff", "47.6%", "48.2 percent", U),
    # Mwale's lead in votes: 187,000 ~ winning margin 165,000
    ("politics_presidential_runoff", "187,000", "165,000", U),
    # districts carried by Mwale: 20 of 28 ~ 20 of 28
    ("politics_presidential_runoff", "20 of", "20 of", S),
    # run-off turnout: about 64% ~ 64.6 percent (0.9 % apart, "about" covers), a day later
    ("politics_presidential_runoff", "64%", "64.6 percent", CU),
    # rejected ballots: about 41,000 ~ 41,870 (2.1 % apart), a day later
    ("politics_presidential_runoff", "41,000", "41,870", CU),
    # Mwale's first-round share: 44.1% ~ 44.1 percent
    ("politics_presidential_runoff", "44.1%", "44.1 percent", S),
    # registered voters: some 7.2 million ~ 7,203,114 (0.04 %)
    ("politics_presidential_runoff", "7.2 million", "7,203,114", S),

    # ---- health_cholera (A 2026-03-17, B 2026-03-18) ----
    # cumulative cases since January: 4,812 ~ 5,010 a day later
    ("health_cholera", "4,812", "5,010", U),
    # cumulative deaths: 63 ~ 67
    ("health_cholera", "63", "67", U),
    # cases in Nampula province: 2,950 ~ nearly 3,100 (4.8 % apart, not covered by "nearly")
    ("health_cholera", "2,950", "3,100", U),
    # deaths in Nampula province: 41 ~ 44
    ("health_cholera", "41", "44", U),
    # cases in Cabo Delgado: 1,180 ~ 1,240
    ("health_cholera", "1,180", "1,240", U),
    # provinces affected: six ~ seven
    ("health_cholera", "six", "seven", U),
    # case fatality rate: 1.3% ~ 1.3 percent
    ("health_cholera", "1.3%", "1.3 percent", S),
    # vaccine doses due Thursday: 1.5 million ~ 1,500,000
    ("health_cholera", "1.5 million", "1,500,000", S),
    # treatment centres operating: 14 ~ sixteen
    ("health_cholera", "14", "Sixteen", U),

    # ---- science_deep_sea_expedition (A 2026-04-22, B undated) ----
    # expedition length: 42-day ~ six-week
    ("science_deep_sea_expedition", "42-day", "six-week", S),
    # specimens brought back: about 1,600 ~ roughly 1,600
    ("science_deep_sea_expedition", "1,600", "1,600", S),
    # possible new species: at least 27 ~ at least 30 (B undated)
    ("science_deep_sea_expedition", "27", "30 of", UNDATED),
    # lander dives: 19 ~ 21 descents (B undated)
    ("science_deep_sea_expedition", "19", "21", UNDATED),
    # deepest dive: 7,902 m ~ 25,925 ft (7,901.9 m)
    ("science_deep_sea_expedition", "7,902 metres", "25,925 feet", S),
    # water temperature at the bottom: 2.1C ~ around 2C (B undated)
    ("science_deep_sea_expedition", "2.1C", "2C", UNDATED),
    # snailfish length: 22 cm ~ 8.7 inches (22.10 cm, 0.45 %)
    ("science_deep_sea_expedition", "22 centimetres", "8.7 inches", S),
    # depth where snailfish was filmed: 7,450 m ~ 24,440 ft (7,449.3 m)
    ("science_deep_sea_expedition", "7,450 metres", "24,440 feet", S),
    # expedition cost: $3.8 million ~ 3.8 million dollars
    ("science_deep_sea_expedition", "$3.8 million", "3.8 million dollars", S),

    # ---- crime_art_theft (both 2025-12-03) ----
    # paintings stolen: five ~ six, same day, both exact
    ("crime_art_theft", "five", "six", X),
    # length of the raid: no more than seven minutes ~ less than 10 minutes
    ("crime_art_theft", "seven minutes", "10 minutes", C),
    # intruders: four ~ four men
    ("crime_art_theft", "four", "Four", S),
    # time of the break-in: about 3:40 a.m. ~ around 3:40 a.m.
    ("crime_art_theft", "3:40 a.m.", "3:40 a.m.", S),
    # guards overpowered: two night guards ~ two security guards
    ("crime_art_theft", "two night", "two security", S),
    # value of stolen works: more than EUR 25 million ~ 28 million euros
    ("crime_art_theft", "€25 million", "28 million euros", C),
    # distance to burnt-out getaway vehicle: 31 km ~ 19.3 miles (31.06 km, 0.2 %)
    ("crime_art_theft", "31 km", "19.3 miles", S),
    # reward: EUR 500,000 ~ half a million euros
    ("crime_art_theft", "€500,000", "half a million euros", S),
    # Brueghel landscapes among the stolen works: two ~ two
    ("crime_art_theft", "two small", "two landscapes", S),

    # ---- sport_formula_one (A 2025-09-07 race day, B 2025-09-08 after stewards' penalty) ----
    # fastest lap time (Hallberg): 1:21.046 ~ 1:21.046
    ("sport_formula_one", "1:21.046", "1:21.046", S),
    # lap on which fastest lap was set: 49 ~ 49th
    ("sport_formula_one", "49", "49th", S),
    # Ferrand's pit stop: 2.3 seconds ~ 2.3 seconds
    ("sport_formula_one", "2.3 seconds", "2.3 seconds", S),
    # Ferrand's speed-trap top speed: 352 km/h ~ 218.7 mph (351.96 km/h)
    ("sport_formula_one", "352 km/h", "218.7 mph", S),
    # Ferrand's wins this season: seventh ~ seventh
    ("sport_formula_one", "seventh", "seventh", S),
    # Ferrand's championship lead: 18 points ~ 24 points after the penalty
    ("sport_formula_one", "18 points", "24 points", U),
    # weekend attendance: more than 330,000 ~ 371,000 (organisers' later figure)
    ("sport_formula_one", "330,000", "371,000", CU),
]

# (case, figure text in A, figure text in B): near misses, two figures that must stay apart
APART = [
    # ---- conflict_prisoner_exchange ----
    # Ukraine's returnees (A) vs Russia's returnees (B): same kind, other subject
    ("conflict_prisoner_exchange", "205", "185"),
    # Russia's returnees (A) vs Ukraine's returnees (B)
    ("conflict_prisoner_exchange", "185", "205"),
    # seriously wounded (A) vs civilians among the returnees (B): close values, other quantity
    ("conflict_prisoner_exchange", "Eleven", "Twelve"),
    # soldiers in captivity (A) vs people missing (B)
    ("conflict_prisoner_exchange", "1,200", "8,000"),

    # ---- disasters_wildfire ----
    # injured firefighters (A) vs dead in Souli (B): equal value, other quantity
    ("disasters_wildfire", "four", "four"),
    # elderly couple found dead on Monday (A) vs two shepherds found on Tuesday (B)
    ("disasters_wildfire", "Two", "two"),
    # residents evacuated (A) vs evacuees sheltering in a sports hall (B)
    ("disasters_wildfire", "2,500", "700"),
    # Monday's peak gusts (A) vs Tuesday's eased wind (B): other time
    ("disasters_wildfire", "80 km/h", "40 kilometres an hour"),

    # ---- business_airline_results ----
    # analysts' revenue forecast (A) vs actual revenue (B)
    ("business_airline_results", "€5.8 billion", "5.9 billion euros"),
    # share move in early trading (A) vs at the close (B)
    ("business_airline_results", "4.2%", "3.1 percent"),
    # previous year's passengers (A) vs this year's passengers (B)
    ("business_airline_results", "44.1 million", "46.8 million"),

    # ---- politics_referendum ----
    # national yes share (A) vs turnout (B): close values
    ("politics_referendum", "45.7%", "47 percent"),
    # turnout (A) vs national yes share (B)
    ("politics_referendum", "46.2%", "45.0"),
    # Zurich yes share (A) vs national yes share (B): other place
    ("politics_referendum", "49.1%", "45.0"),

    # ---- health_dengue ----
    # last year's dengue deaths (A) vs this year's (B)
    ("health_dengue", "575", "321"),
    # new admissions in Dhaka in 24h (A) vs patients now in hospital in Dhaka (B)
    ("health_dengue", "612", "2,000"),
    # national new admissions (A) vs Dhaka new admissions (B)
    ("health_dengue", "1,486", "600"),

    # ---- science_volcano ----
    # initial lava flow (A) vs Tuesday's flow (B): other time
    ("science_volcano", "1,200", "200 cubic"),
    # fissure's distance from the defensive walls (A) vs lava front to nearest homes (B)
    ("science_volcano", "0.7 miles", "one kilometre"),
    # population of Reykjavik city (A) vs capital region (B)
    ("science_volcano", "140,000", "240,000"),
    # eruptions since Dec 2023 (A) vs evacuations of Grindavik (B)
    ("science_volcano", "11 eruptions", "twelfth"),

    # ---- crime_cyberattack_ransom ----
    # chain's total stores (A) vs stores forced to cash-only (B)
    ("crime_cyberattack_ransom", "612", "430"),
    # age of a Rotterdam suspect (A) vs age of the Leeds suspect (B)
    ("crime_cyberattack_ransom", "and 24", "31"),
    # ransom value in dollars (A) vs crypto seized by police (B)
    ("crime_cyberattack_ransom", "$6.2 million", "1.2 million pounds"),

    # ---- sport_tennis_grand_slam ----
    # Ferrante's aces (A) vs Brandt's aces (B)
    ("sport_tennis_grand_slam", "17", "21"),
    # Brandt's aces (A) vs Ferrante's aces (B)
    ("sport_tennis_grand_slam", "21", "seventeen"),
    # runner-up prize in A$ (A) vs winner's prize in US$ (B): close values
    ("sport_tennis_grand_slam", "2.25 million", "2.7 million"),
    # Ferrante's ranking (A) vs Brandt's ranking (B)
    ("sport_tennis_grand_slam", "No. 2", "fourth"),
    # ---- conflict_refugees_border ----
    # arrivals at Tine (A) vs arrivals at Adre (B): different crossing points
    ("conflict_refugees_border", "6,200", "21,000"),
    # children dead at Adre (A) vs elderly refugees dead at Tine (B): different place and group
    ("conflict_refugees_border", "three", "two"),
    # wounded treated at Adre (A) vs children dead at Adre (B): injured vs killed
    ("conflict_refugees_border", "41", "Five"),
    # UN appeal (A) vs CERF allocation (B): different sums of money
    ("conflict_refugees_border", "$190 million", "$12 million"),

    # ---- disasters_volcanic_eruption ----
    # dead in Wolorona (A) vs dead in Nobo (B): different villages
    ("disasters_volcanic_eruption", "Six", "two"),
    # flights cancelled Monday (A) vs flights cancelled Tuesday (B): different days
    ("disasters_volcanic_eruption", "84", "52"),
    # ash column of this eruption (A) vs plume of the 2019 eruption (B)
    ("disasters_volcanic_eruption", "9 kilometres", "15 km"),
    # injured now (A) vs injured in the 2019 eruption (B)
    ("disasters_volcanic_eruption", "Thirty-one", "10"),

    # ---- business_carmaker_recall ----
    # recalled cars in Europe (A) vs in the US (B): different region
    ("business_carmaker_recall", "380,000", "610,000"),
    # share fall at the close (A) vs intraday low (B)
    ("business_carmaker_recall", "6.8%", "9.1 percent"),
    # operating-margin forecast (A) vs share fall (B): close values, different quantity
    ("business_carmaker_recall", "6 percent", "6.8 percent"),

    # ---- politics_presidential_runoff ----
    # Mwale run-off share (A) vs Mwale first-round share (B): different round
    ("politics_presidential_runoff", "52.4%", "44.1 percent"),
    # Mwale share (A) vs Chirwa share (B): different candidates
    ("politics_presidential_runoff", "52.4%", "48.2 percent"),
    # run-off turnout (A) vs first-round turnout (B)
    ("politics_presidential_runoff", "64%", "58 percent"),

    # ---- health_cholera ----
    # new cases in 24 h to Monday (A) vs in 24 h to Tuesday (B): daily figures of different days
    ("health_cholera", "187", "198"),
    # Cabo Delgado cases (A) vs Nampula cases (B): different province
    ("health_cholera", "1,180", "3,100"),
    # national deaths (A) vs Nampula deaths (B)
    ("health_cholera", "63", "44"),
    # WHO 1 % threshold (A) vs actual fatality rate (B)
    ("health_cholera", "1%", "1.3 percent"),

    # ---- science_deep_sea_expedition ----
    # deepest dive (A) vs depth where the snailfish was filmed (B)
    ("science_deep_sea_expedition", "7,902 metres", "24,440 feet"),
    # specimens this trip (A) vs specimens on the 2018 trip (B)
    ("science_deep_sea_expedition", "1,600", "800"),
    # possible new species this trip (A) vs species confirmed from the 2018 trip (B)
    ("science_deep_sea_expedition", "27", "11"),

    # ---- crime_art_theft ----
    # guards tied up (A) vs people detained (B): both "two", different people
    ("crime_art_theft", "two night", "Two people"),
    # Brueghel landscapes (A) vs guards (B): same value, different quantity
    ("crime_art_theft", "two small", "two security"),
    # value of the haul (A) vs reward (B): both euro sums
    ("crime_art_theft", "€25 million", "half a million euros"),

    # ---- sport_formula_one ----
    # this year's attendance (A) vs last year's (B): close values, different year
    ("sport_formula_one", "330,000", "336,000"),
    # Ferrand's pit stop (A) vs season-average stop (B)
    ("sport_formula_one", "2.3 seconds", "3.1-second"),
    # winning margin (A) vs Hallberg's time penalty (B)
    ("sport_formula_one", "3.412 seconds", "10 seconds"),
    # Ferrand's speed-trap top speed (A) vs his average race speed (B): both km/h, different quantity
    ("sport_formula_one", "352 km/h", "252 km/h"),
    # margin over Hallberg on the road (A) vs official margin over team-mate Dumas after
    # Hallberg's penalty (B): margins to different competitors (moved from PAIRS by checker)
    ("sport_formula_one", "3.412 seconds", "5.871 seconds"),
]

# Rows the compare path does not make (strict xfail), each with its cause
GAPS: dict[tuple[str, str, str], str] = {
    # NOT_EXTRACTED: 15 rows
    ('business_airline_results', '32%', 'almost a third'):
        "NOT_EXTRACTED: B fraction 'almost a third' (profit growth) not extracted",
    ('sport_tennis_grand_slam', '24', '24-year-old'):
        "NOT_EXTRACTED: A age as apposition 'Ferrante, 24,' not extracted",
    ('sport_tennis_grand_slam', 'No. 2', 'second-ranked'):
        "NOT_EXTRACTED: rank 'No. 2' not extracted",
    ('sport_tennis_grand_slam', 'No. 4', 'fourth'):
        "NOT_EXTRACTED: rank 'No. 4' not extracted",
    ('disasters_volcanic_eruption', 'Thirty-one', '44'):
        "NOT_EXTRACTED: B count after a verb, 'The injured now number 44', not extracted",
    ('science_deep_sea_expedition', '42-day', 'six-week'):
        "NOT_EXTRACTED: B duration as hyphenated adjective 'six-week' not extracted",
    ('science_deep_sea_expedition', '2.1C', '2C'):
        "NOT_EXTRACTED: A temperature '2.1C' (number glued to C) not extracted",
    ('crime_art_theft', '3:40 a.m.', '3:40 a.m.'):
        "NOT_EXTRACTED: clock time '3:40 a.m.' not extracted",
    ('crime_art_theft', 'two night', 'two security'):
        "NOT_EXTRACTED: A 'two night guards' (number, modifier, noun) not extracted",
    ('sport_formula_one', '1:21.046', '1:21.046'):
        "NOT_EXTRACTED: lap time '1:21.046' (clock-style duration) not extracted",
    ('sport_formula_one', '49', '49th'):
        "NOT_EXTRACTED: B ordinal '49th' (lap) not extracted",
    ('sport_formula_one', 'seventh', 'seventh'):
        "NOT_EXTRACTED: ordinal 'seventh' (win of the season) not extracted",
    ('science_volcano', '11 eruptions', 'twelfth'):
        "NOT_EXTRACTED: B ordinal 'twelfth' (time evacuated) not extracted",
    ('sport_tennis_grand_slam', 'No. 2', 'fourth'):
        "NOT_EXTRACTED: A rank 'No. 2' not extracted",
    ('crime_art_theft', 'two night', 'Two people'):
        "NOT_EXTRACTED: A 'two night guards' (number, modifier, noun) not extracted",
    # QUANTITY_MISREAD: 12 rows
    ('conflict_prisoner_exchange', '12', 'Twelve'):
        "QUANTITY_MISREAD: B quantity 'ukrainians', subject '' for 'Twelve of them are civilians' vs A "
        "'people'/'civilians'; A's 12 also wrongly linked to B 'at least 1,300'",
    ('conflict_prisoner_exchange', '1,200', '1,300'):
        "QUANTITY_MISREAD: B quantity 'people', subject '' for those 'held as prisoners' vs A 'troops'/'Ukrainian"
        " soldiers' in captivity; B's 1,300 also taken by A '12'",
    ('politics_referendum', '54.3%', '55.0'):
        "QUANTITY_MISREAD: B quantity 'levy' (key 'levy voted') for the 'no' share vs A 'share'; events "
        "'other:voting' vs 'other:vote'",
    ('health_dengue', '1,950', '2,000'):
        "QUANTITY_MISREAD: patients in Dhaka hospitals: A quantity 'hospital' vs B 'people'/'dengue patients'; B "
        "place 'Bangladesh' not the capital",
    ('science_volcano', '40 households', '40 or so'):
        "QUANTITY_MISREAD: A quantity 'displaced' with subject 'households' vs B quantity 'household'; events "
        "'displaced' vs 'other:move' (evacuated/moved out)",
    ('crime_cyberattack_ransom', '31', '31'):
        "QUANTITY_MISREAD: B reads age 'a man of 31' as 31 people arrested (quantity 'people', count) vs A age; "
        "B's 31 also linked to A 'two'",
    ('conflict_refugees_border', '18,400', '21,000'):
        "QUANTITY_MISREAD: B quantity 'top' (headline 'top 21,000') vs A 'displaced' refugees; events 'displaced'"
        " vs 'arrived'",
    ('conflict_refugees_border', '1.2 million', '1.21 million'):
        "QUANTITY_MISREAD: refugees in Chad: A quantity 'people', event 'other:join' (from 'new arrivals join') "
        "vs B 'displaced'; place Chad on B only",
    ('conflict_refugees_border', '41', '47'):
        "QUANTITY_MISREAD: treated for gunshot wounds: B quantity 'deaths' vs A 'injured'",
    ('disasters_volcanic_eruption', 'Six', 'Nine'):
        "QUANTITY_MISREAD: Wolorona dead: B quantity 'people', event 'measured', place '' for 'Nine of the "
        "victims were from Wolorona' vs A 'deaths'",
    ('disasters_volcanic_eruption', 'Two', 'two'):
        "QUANTITY_MISREAD: Nobo dead: B quantity 'people', event 'measured', place '' for 'two were from Nobo' vs"
        " A 'deaths' killed in Nobo",
    ('health_cholera', '1.5 million', '1,500,000'):
        "QUANTITY_MISREAD: vaccine shipment: B quantity 'vaccine', subject 'doses' for 'oral vaccine doses' vs A "
        "'dose'",
    # SUBJECT_MISREAD: 11 rows
    ('disasters_wildfire', 'four', 'six'):
        "SUBJECT_MISREAD: A subject '' for 'four of them firefighters' vs B 'firefighters'; keys 'people' vs "
        "'firefighters', small counts",
    ('politics_referendum', '46.2%', '47 percent'):
        "SUBJECT_MISREAD: turnout: A subject '' (key 'chancellery (percent)') vs B 'Turnout'; scope 'share' vs "
        "'rate'",
    ('science_volcano', '2 miles', '3.8 kilometres'):
        "SUBJECT_MISREAD: fissure length: B (headline '3.8 km') subject '' vs A 'fissure'; events 'rose' vs "
        "'other:reach' (grew/lengthened)",
    ('sport_tennis_grand_slam', '21', '21'):
        "SUBJECT_MISREAD: Brandt's aces: A subject 'Ferrante' ('17 aces to Brandt's 21') vs B 'Brandt'",
    ('disasters_volcanic_eruption', '7 km', '7 kilometres'):
        "SUBJECT_MISREAD: exclusion zone radius: A subject '', event 'rose' ('widened to 7 km') vs B subject "
        "'exclusion zone'",
    ('disasters_volcanic_eruption', '9 kilometres', '5.6 miles'):
        "SUBJECT_MISREAD: ash column height: A subject 'Lereh' (the volcano) vs B 'ash column'; 9 km = 5.6 mi",
    ('business_carmaker_recall', '6 percent', '6%'):
        "SUBJECT_MISREAD: margin forecast: A subject 'Aster Cross' (a model) vs B 'Norvik'; events 'other:cut' vs"
        " 'fell'",
    ('politics_presidential_runoff', '187,000', '165,000'):
        "SUBJECT_MISREAD: Mwale's margin: B subject 'Daniel Chirwa' for 'Her winning margin' vs A 'Grace Mwale'",
    ('politics_presidential_runoff', '20 of', '20 of'):
        "SUBJECT_MISREAD: districts: A subject 'Daniel Chirwa' for 'She leads in 20' (Mwale) vs B 'Mwale'; events"
        " 'other:lead' vs 'other:carry'",
    ('politics_presidential_runoff', '44.1%', '44.1 percent'):
        "SUBJECT_MISREAD: first-round share: A subject '' for 'Mwale topped ... with 44.1%' vs B 'Mwale'; also "
        "'share' vs 'votes', 'other:top' vs 'won'",
    ('sport_formula_one', '18 points', '24 points'):
        "SUBJECT_MISREAD: championship lead: A subject '' for 'He now leads' vs B 'Luca Ferrand'; events "
        "'other:lead' vs 'measured'",
    # EVENT_MISREAD: 9 rows
    ('conflict_prisoner_exchange', 'Eleven', '11'):
        "EVENT_MISREAD: B event 'rose' (from 'up from 11'), scope total, quantity 'people' vs A "
        "'injured'/incremental; both are the 11 taken to hospital by ambulance",
    ('politics_referendum', '500 francs', 'five hundred francs'):
        "EVENT_MISREAD: levy per departure: B event 'other:bring', scope 'projection' (from 'would have brought "
        "in 120 million') vs A 'other:levy', total",
    ('science_volcano', '800', '900'):
        "EVENT_MISREAD: earthquake swarm: A event 'sent' (from 'sending fountains of lava') vs B 'other:precede'",
    ('business_carmaker_recall', '23', '27'):
        "EVENT_MISREAD: battery fires: B event 'other:recall', subject 'Norvik' for fires caused by the defect vs"
        " A 'other:link', 'faulty cell'",
    ('health_cholera', '4,812', '5,010'):
        "EVENT_MISREAD: national cases: events from the province clause, A 'other:reach' vs B 'other:affect' "
        "(cases 'recorded'); A as_of 2026-01",
    ('health_cholera', '1,180', '1,240'):
        "EVENT_MISREAD: Cabo Delgado cases: A event 'other:displace' (from 'people displaced') vs 'said'; keys "
        "'cases displaced' vs 'cases killed'",
    ('health_cholera', '14', 'Sixteen'):
        "EVENT_MISREAD: treatment centres operating: A event 'other:overwhelm', scope 'projection', subject "
        "'pace' (from 'would overwhelm') vs B 'other:operate'",
    ('crime_art_theft', 'five', 'six'):
        "EVENT_MISREAD: paintings stolen: A event 'measured' for 'made off with five paintings' vs B "
        "'other:steal'",
    ('crime_art_theft', 'four', 'Four'):
        "EVENT_MISREAD: raiders: A event 'other:cut' ('cut through a shutter') read as a decrease (key 'intruders"
        " decrease') vs B 'other:break'; B subject ''",
    # EVENT_TWO_VERBS: 9 rows
    ('business_airline_results', '48.6 million', '46.8 million'):
        "EVENT_TWO_VERBS: passengers carried: A 'other:fly' vs B 'other:carry' (same key, sim 0.3); A as_of "
        "2026-03-05 not 2025; A wrongly linked to B 'about 53 million'",
    ('business_airline_results', '22', '22'):
        "EVENT_TWO_VERBS: 22 new Airbus jets: 'other:delivery' vs 'other:add'; scope 'incremental' vs "
        "'projection' though both are this year's deliveries",
    ('politics_referendum', 'five', 'six'):
        "EVENT_TWO_VERBS: cantons backing the levy: 'other:approve' vs 'other:back'; A subject 'proposal'; small "
        'counts',
    ('crime_cyberattack_ransom', 'Three', 'Three'):
        "EVENT_TWO_VERBS: suspects held: 'other:detain' vs 'other:pick' (picked up); also place 'Rotterdam' vs "
        "'Netherlands', B subject ''",
    ('crime_cyberattack_ransom', '2.1 million', '2.4 million'):
        "EVENT_TWO_VERBS: customers' data: 'other:steal' vs 'other:take' (stolen/taken); subjects 'loyalty-card "
        "customers' vs 'shoppers'",
    ('conflict_refugees_border', '6,200', '6,200'):
        "EVENT_TWO_VERBS: arrivals at Tiné: 'arrived' vs 'other:reach'; also scope 'incremental' ('a further') vs"
        " 'total'",
    ('politics_presidential_runoff', '52.4%', '51.8 percent'):
        "EVENT_TWO_VERBS: Mwale's vote share: 'measured' ('she has') vs 'won' under one key, sim 0.3; A also "
        "linked to B 'less than 1 percent'",
    ('politics_presidential_runoff', '47.6%', '48.2 percent'):
        "EVENT_TWO_VERBS: Chirwa's share: 'measured' ('has') vs 'other:finish' ('finished on'); keys 'chirwa "
        "(percent)' vs 'percent · share'",
    ('health_cholera', 'six', 'seven'):
        "EVENT_TWO_VERBS: provinces hit: 'other:reach' vs 'other:affect'; subject 'Mozambique' vs 'outbreak'; "
        'small counts',
    # QUANTITY_TWO_WORDS: 5 rows
    ('disasters_wildfire', '18', 'twenty'):
        "QUANTITY_TWO_WORDS: water-bombers: A 'aircraft' vs B 'plane'; events 'other:back' ('backed by') vs "
        "'other:resume'",
    ('business_airline_results', '€5.86 billion', '5.9 billion euros'):
        "QUANTITY_TWO_WORDS: A 'revenue' vs B 'sales' for the annual turnover; also events 'rose' vs "
        "'other:reach', B subject 'Corvus'",
    ('health_dengue', '71,840', '73,000'):
        "QUANTITY_TWO_WORDS: year's hospital admissions: A 'hospitalisation' vs B 'admission'; events "
        "'other:bring' vs 'measured'",
    ('business_carmaker_recall', '380,000', '380,000'):
        "QUANTITY_TWO_WORDS: recalled in Europe: A 'car' vs B 'vehicle'; events 'measured' vs 'other:cover'",
    ('science_deep_sea_expedition', '19', '21'):
        "QUANTITY_TWO_WORDS: lander dives: A 'dive' vs B 'descent'; events 'other:make' vs 'other:reach'",
    # KEYS_SMALL_OR_DIFFERENT: 5 rows
    ('disasters_wildfire', 'Two', 'four'):
        "KEYS_SMALL_OR_DIFFERENT: measures identical (deaths, killed, Souli), sim 1.0, but keys 'people killed' "
        "vs 'people killed in Souli' and small differing counts 2 vs 4",
    ('disasters_wildfire', '12,000 hectares', '58 square miles'):
        "KEYS_SMALL_OR_DIFFERENT: burnt area, sim 0.68, but keys 'forest (hectare)' vs 'fire (mile2)' and values "
        "differ (46 vs 58 sq mi); B subject 'Achaea' vs 'blaze'",
    ('politics_referendum', '45.7%', '45.0'):
        "KEYS_SMALL_OR_DIFFERENT: yes share, measures equal (sim 1.0) but keys 'favour (percent)' vs 'percent' "
        'and values differ 45.7 vs 45.0',
    ('disasters_volcanic_eruption', '12,500', '17,800'):
        "KEYS_SMALL_OR_DIFFERENT: evacuees, sim 0.85, but keys 'people displaced' vs 'people · displaced' and "
        'values differ',
    ('crime_art_theft', '€25 million', '28 million euros'):
        "KEYS_SMALL_OR_DIFFERENT: value of the haul, sim 0.595, but keys 'money (EUR) · money' vs 'money (EUR) · "
        "price' and values differ 25 vs 28",
    # WRONG_PARTNER: 5 rows
    ('business_airline_results', '53 million', '53 million'):
        "WRONG_PARTNER: A's 2026 forecast (sim 0.8) lost its partner: B 'about 53 million' was linked to A '48.6 "
        "million' (last year's actual) instead",
    ('politics_referendum', '1.21 million', '1,338,500'):
        "WRONG_PARTNER: no-votes: measures lack yes/no (both 'other:vote'), so A's no-count linked to B's yes-"
        "count 1,095,200 and B's to A's 1.02 million",
    ('politics_referendum', '1.02 million', '1,095,200'):
        "WRONG_PARTNER: yes-votes: measures lack yes/no (both 'other:vote'), so A linked to B's no-count "
        "1,338,500 and B to A's 1.21 million",
    ('health_dengue', '312', '321'):
        "WRONG_PARTNER: death toll, measures equal (sim 1.0), but B's 321 was linked to A's headline 'pass 300'; "
        "keys 'people killed in Bangladesh' vs 'people killed'",
    ('disasters_volcanic_eruption', '84', '84'):
        "WRONG_PARTNER: Monday's cancellations (sim 0.75) lost: A's 84 linked as 'update' to B's 52 (Tuesday); "
        "B's 84 dated 2026-02-10, no place",
    # SCOPE_MISREAD: 5 rows
    ('science_volcano', '1,200', 'twelve hundred'):
        "SCOPE_MISREAD: initial lava flow rate: B scope 'total', subject '', key 'metres' vs A 'rate'/'lava'; A's"
        " 1,200 also linked to B's 200 instead",
    ('crime_cyberattack_ransom', '430', '430'):
        "SCOPE_MISREAD: stores on cash only: B scope 'projection' from 'could only take cash' (past) vs A total; "
        "events 'other:force' vs 'other:take'",
    ('crime_cyberattack_ransom', '11 days', 'eleven days'):
        "SCOPE_MISREAD: cash-only period: B scope 'projection' from 'could only take cash' (past) vs A total; "
        "events 'other:switch' vs 'other:take'",
    ('disasters_volcanic_eruption', 'eight', '11'):
        "SCOPE_MISREAD: death toll: A scope 'incremental' for headline 'killing eight' (the total so far) vs B "
        "'total'",
    ('business_carmaker_recall', '1.4 million', '1,420,000'):
        "SCOPE_MISREAD: recall size: A scope 'projection' ('would recall', reported speech) vs B 'total'; same "
        'subject and event',
    # SUBJECT_NAMED_TWO_WAYS: 4 rows
    ('crime_cyberattack_ransom', '75 bitcoin', '70 bitcoin'):
        "SUBJECT_NAMED_TWO_WAYS: ransom demand: subject 'hackers' vs 'gang' (the same Greyfang attackers); keys "
        "'money (BTC)' vs 'money (BTC) · gang'",
    ('sport_tennis_grand_slam', '14,820', '15,037'):
        "SUBJECT_NAMED_TWO_WAYS: crowd at the final: subject 'spectators' vs 'fans'; A event 'other:play' "
        "('played in front of') vs 'measured'",
    ('sport_tennis_grand_slam', '17', 'seventeen'):
        "SUBJECT_NAMED_TWO_WAYS: Ferrante's aces: subject 'Ferrante' vs 'Italian' ('The 24-year-old Italian'); "
        "events 'other:serve' vs 'other:fire'",
    ('sport_formula_one', '330,000', '371,000'):
        "SUBJECT_NAMED_TWO_WAYS: weekend crowd: subject 'fans' vs 'attendance'; events 'other:attend' vs "
        "'measured'",
    # UNIT_OR_DIMENSION: 2 rows
    ('sport_tennis_grand_slam', '3 hours and 38 minutes', 'three hours and 41 minutes'):
        "UNIT_OR_DIMENSION: compound duration split: A kept '3 hours' (linked 'same' to B 'three hours'), B kept "
        "'41 minutes'; 3:38 vs 3:41 never compared",
    ('sport_tennis_grand_slam', '29C', '84-degree'):
        "UNIT_OR_DIMENSION: temperature: 'celsius' vs bare 'degree' (Fahrenheit) not converted; 29C = 84F",
    # PLACE_MISREAD: 2 rows
    ('politics_referendum', '49.1%', '48.6 percent'):
        "PLACE_MISREAD: Zurich yes share: B place '' (text says Zurich) vs A 'Zurich'; also A event "
        "'other:defeat' vs B 'measured'",
    ('crime_art_theft', '€500,000', 'half a million euros'):
        "PLACE_MISREAD: reward: A place '' for 'The city' (Lyon) vs B 'Lyon'; keys 'reward (EUR)' vs 'money (EUR)"
        " · money · offer'",
    # OTHER: 2 rows
    ('science_volcano', '20 million', '17 million'):
        "OTHER: paired with right measures (sim 1.0, same key) but labelled 'compatible'; B explicitly revises "
        "the estimate down, so 'update'",
    ('health_cholera', '2,950', '3,100'):
        "OTHER: paired right (sim 1.0, same key) but labelled 'compatible' not 'update': 'nearly 3,100' taken as "
        'range covering 2,950 a day earlier',
    # NEAR_MISS_JOINED: 2 rows
    ('science_volcano', '1,200', '200 cubic'):
        "NEAR_MISS_JOINED: lava flow rate at different times (first hour vs Tuesday), linked as 'update'; "
        "as_of/phase should separate, A as_of blank; A's match is 'twelve hundred'",
    ('disasters_volcanic_eruption', '84', '52'):
        "NEAR_MISS_JOINED: per-day cancellations of different days (Mon 84, Tue 52) linked as 'update'; day/as_of"
        " should separate, scope 'total' should be per-day",
}


def _rows(domain: str) -> list:
    """A domain's pair rows, then its apart rows (verdicts None), each row GAPS names a strict xfail."""
    return domain_rows(domain, CASES, PAIRS, APART, GAPS, gap)


@pytest.fixture(scope="module")
def compared(nlp):
    """run(case) -> (A's figures, B's figures, pairs), the two files loaded as the CLI loads them, compared once."""
    return file_comparer(nlp, FIXTURES)


def test_pair_reports62_cover_eight_domains():
    check_cover(CASES, PAIRS, APART, GAPS, FIXTURES)


ROW = "name,needle_a,needle_b,verdicts"


@pytest.mark.parametrize(ROW, _rows("conflict"))
def test_pair_reports62_conflict(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("disasters"))
def test_pair_reports62_disasters(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("business"))
def test_pair_reports62_business(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("politics"))
def test_pair_reports62_politics(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("health"))
def test_pair_reports62_health(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("science"))
def test_pair_reports62_science(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("crime"))
def test_pair_reports62_crime(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _rows("sport"))
def test_pair_reports62_sport(compared, name, needle_a, needle_b, verdicts):
    check(compared, name, needle_a, needle_b, verdicts)
