"""Stop 38's ARTICLE probe of cross-article pairing: invented wire articles of four or five sentences, two outlets
reporting one story (the second dated later or undated), each article holding five or more figures, several of one
kind (two places' tolls, killed and injured, revenue and profit, two parties' seats, this year's and last year's),
worded and ordered differently in the two articles, so that the one-to-one assignment among many candidates is what
is probed. Each expected pair and verdict, and each pair of figures that must stay apart, was written from the issue
("What to build" 2) and the gold's key line (tests/gold/README.md, "Same counted thing + same event + same
place/group = same key") and re-read once before the code ran; no test or shared-corpus document was used. Each case
runs the CLI's path: a corpus of its two articles (`analysis.analyse`), then `analysis.compare`. Rows marked with a
reason are readings the compare path does not make (strict xfail); "upstream:" when the cause is the extractor's.
Stop 61: a report left alone in each article pairs on one uncommon number (`compare.distinct_number`), so ten rows
moved up (the runner-up's £1.4 million and the winner's £2.7 million, the fraud's $45 million and $210 million, the
ice loss's 150 billion tonnes, the budget's 3.4% and 21 billion euros, the takeover's $9.5 billion, the floods'
$120 million and 380 mm).
Stop 62: in that pass an owner read apart parts two reports only when the other article gives that owner a report of
its own (`distinct_number._rival`), so one row moved up (election_seats' 31%); a quantity read apart parts them on
the same terms, so four rows the GUIDE's revenue / sales and cost / price lines kept apart moved up too (the
carmaker's 18.4 and 12%, the takeover's 1.3, the drug's 26,500): their metric keys stay two, as the GUIDE has it, and
the one uncommon number pairs them."""
from __future__ import annotations

import pytest

from conftest import gap
from probe_pairs import COMPATIBLE, SAME, UNDATED, UPDATE, Case, Report, comparer, figure, matched


MOVED = frozenset({UPDATE, COMPATIBLE})  # a running count that moved; "compatible" where an open bound still meets it

CASES = {c.name: c for c in [
    # conflict
    Case("shelling", "conflict",
         Report("Artillery fire killed 14 civilians in Kharkiv and 9 in the nearby town of Izium on Monday, regional "
                "officials said. Another 31 people were wounded in Kharkiv, the governor said. The shelling also "
                "damaged 120 homes and a school. Emergency crews evacuated about 600 residents overnight. The army "
                "said it had shot down 17 of the 25 drones launched at the region.", "2026-03-09"),
         Report("Regional authorities said on Tuesday that the death toll from Monday's shelling of Kharkiv had "
                "risen to 16, while 9 people were killed in Izium, a town to the south-east, and 34 were wounded in "
                "Kharkiv. Some 600 residents were moved out overnight. The military said air defences downed 17 "
                "drones. At least 120 houses were damaged. Officials said repairs would take weeks.", "2026-03-10")),
    Case("prisoner_swap", "conflict",
         Report("Government forces and rebels exchanged 140 prisoners on Monday in a deal brokered by Qatar, "
                "officials said. The government released 90 rebel fighters, while the rebels freed 50 soldiers, some "
                "of whom had been held for more than two years. The exchange was the third since January. Fighting "
                "in the east has killed an estimated 3,200 people this year and displaced 410,000. The United Nations "
                "said 1.8 million people needed food aid.", "2026-06-01"),
         Report("Rebels handed over 50 captured soldiers in return for 90 of their fighters held by the government, "
                "mediators said. It was the largest swap since the war began and brought to 140 the number of "
                "prisoners exchanged in one day. The UN estimates that 410,000 people have fled the fighting in the "
                "east this year, and says some 3,200 have been killed. About 1.8 million need food aid, the world "
                "body said.")),
    # disasters
    Case("quake_two_countries", "disasters",
         Report("A magnitude 7.1 earthquake struck the border region between Turkey and Syria before dawn on "
                "Friday. In Turkey, 230 people were killed and 1,100 injured, the disaster agency said. Across the "
                "border in Syria, the health ministry reported 85 deaths and 300 injuries. Rescuers pulled 40 "
                "survivors from collapsed buildings overnight. The quake was followed by more than 60 aftershocks, "
                "the strongest of magnitude 5.4.", "2026-02-06"),
         Report("The death toll from Friday's 7.1-magnitude earthquake rose to 310 in Turkey on Saturday, with 1,450 "
                "people injured, officials said, while Syrian authorities put the number of dead in their country at "
                "97 and the injured at 300. More than 60 aftershocks have rattled the region, including a 5.4 "
                "tremor. Turkish rescuers said they had found 52 people alive under the rubble. Schools in the "
                "region will stay closed for a week.", "2026-02-07")),
    Case("monsoon_floods", "disasters",
         Report("Floods in the southern state have killed 27 people and left 11 missing, state officials said on "
                "Tuesday. More than 48,000 people have been moved to 210 relief camps. Rainfall reached 380 mm in 24 "
                "hours in the state capital, the weather office said, the highest in decades. The army has deployed "
                "1,500 soldiers and 40 boats for rescue work. Officials estimated crop losses at $120 million.",
                "2026-09-15"),
         Report("The army has sent 1,500 troops and 40 boats to help with rescues after floods that killed 27 "
                "people in the southern state. Eleven people are still missing. Some 48,000 people are sheltering in "
                "relief camps, according to the state government. In the capital, 380 millimetres of rain fell in a "
                "single day. Farmers lost crops worth an estimated $120 million.")),
    # business and markets
    Case("carmaker_results", "business",
         Report("Northwind Motors said on Thursday its first-quarter revenue rose 12% to $18.4 billion, while net "
                "profit fell to $1.1 billion from $1.6 billion a year earlier. The carmaker delivered 412,000 "
                "vehicles in the quarter. It kept its full-year forecast of 1.7 million deliveries. The company also "
                "said it would cut 3,000 jobs in Europe by the end of next year. Its shares fell 4% in New York "
                "trading.", "2026-04-23"),
         Report("Shares in Northwind Motors closed down 4.3% on Thursday after the carmaker reported a drop in "
                "quarterly profit. Net income came in at $1.1 billion, down from $1.6 billion in the first quarter of "
                "last year, even as sales climbed 12 per cent to $18.4 billion. Deliveries in the three months "
                "reached 412,000 cars. Northwind plans to shed 3,000 jobs in Europe. It still expects to deliver 1.7 "
                "million vehicles this year.", "2026-04-24")),
    Case("drug_takeover", "business",
         Report("Helix Pharma agreed to buy Corvan Biotech for $9.5 billion in cash, the companies said on Monday. "
                "Helix will pay $48 a share, a premium of 35% to Corvan's closing price on Friday. The deal is "
                "expected to close in the first half of next year and to produce $400 million in annual cost savings. "
                "Corvan, which employs 2,600 people, posted revenue of $1.3 billion last year. Helix shares fell 2% "
                "in premarket trading.", "2026-11-02"),
         Report("Helix Pharma's $48-per-share offer values Corvan Biotech at about $9.5 billion and represents a 35 "
                "per cent premium, the drugmaker said. Helix expects savings of $400 million a year from the "
                "combination. Corvan had sales of $1.3 billion last year and has a workforce of about 2,600. "
                "Investors sent Helix stock down 2 percent before the opening bell. Regulators must still approve "
                "the deal.")),
    # elections and politics
    Case("election_seats", "politics",
         Report("The Labour Party won 168 of the 300 seats in Sunday's parliamentary election, giving it an "
                "outright majority, the electoral commission said on Monday. The Conservatives took 94 seats and the "
                "Greens 21, while smaller parties and independents shared the remaining 17. Turnout was 71%, up from "
                "64% at the last election. Labour won 44% of the vote, the Conservatives 31%. The new parliament "
                "meets next week.", "2026-10-12"),
         Report("With all votes counted, Labour has secured 168 seats in the 300-member parliament, while the "
                "Conservatives won 94, official results showed on Tuesday. The Greens more than doubled their "
                "presence to 21 seats. Labour's share of the vote was 44 percent against 31 percent for the "
                "Conservatives. Some 71 per cent of registered voters cast a ballot, compared with 64 per cent in "
                "the previous vote.", "2026-10-13")),
    Case("budget_vote", "politics",
         Report("Parliament approved a budget of 412 billion euros for next year on Thursday by 198 votes to 151. "
                "The plan raises defence spending to 21 billion euros, from 17 billion this year, and cuts the "
                "deficit to 3.4% of GDP. The finance minister said the measures would create 60,000 jobs. "
                "Opposition parties said the budget would add 40 billion euros to the national debt. The vote "
                "followed three days of debate.", "2026-02-19"),
         Report("Lawmakers backed the spending plan by 198 to 151 votes. Defence spending rises to €21bn next year "
                "from €17bn. The government says the €412bn budget will bring the deficit down to 3.4 per cent of "
                "economic output and create 60,000 jobs, a claim the opposition disputes. Critics say it adds €40bn "
                "to public debt. The upper house votes next month.")),
    # health
    Case("cholera", "health",
         Report("A cholera outbreak in the northern region has infected 2,340 people and killed 41 since March, the "
                "health ministry said on Monday. Of the deaths, 29 were children under five. Health workers have "
                "vaccinated 180,000 people in the worst-hit districts, and the WHO has sent 500,000 doses. The "
                "ministry said 62 new cases were recorded in the past 24 hours. Schools in two districts have "
                "closed.", "2026-05-04"),
         Report("The number of deaths from cholera in the northern region has risen to 47, including 32 children "
                "under the age of five, the health ministry said on Thursday. It has recorded 2,610 cases since the "
                "outbreak began in March. Some 180,000 people have received vaccines and a further 500,000 doses "
                "have arrived from the World Health Organization. Officials reported 71 new infections on "
                "Wednesday.", "2026-05-07")),
    Case("drug_trial", "health",
         Report("An experimental Alzheimer's drug slowed cognitive decline by 27% over 18 months in a trial of "
                "1,795 patients, its makers said on Monday. About 21% of patients on the drug developed brain "
                "swelling, compared with 9% of those on a placebo. The companies plan to seek approval in 40 "
                "countries. The treatment is expected to cost around $26,500 a year per patient. Doctors called the "
                "results modest.", "2026-03-30"),
         Report("The drug cut the rate of decline in memory and thinking by 27 per cent compared with a placebo, "
                "according to results from 1,795 people with early Alzheimer's. Brain swelling was seen in 21 "
                "percent of those who got the drug and 9 percent of the placebo group. Analysts expect a list price "
                "of about $26,500 per patient per year. The makers will file for approval in 40 countries.")),
    # science and space
    Case("crew_launch", "science",
         Report("A rocket carrying a crew of four lifted off from Florida on Wednesday on a 10-day mission to the "
                "space station, where the astronauts will carry out 250 experiments. The capsule is due to dock "
                "after a 28-hour journey. The station orbits about 400 km above Earth at 28,000 km per hour. The "
                "mission cost about $55 million per seat, the agency said. It is the agency's third crewed flight "
                "this year.", "2026-07-15"),
         Report("The four astronauts, launched on Wednesday, docked with the space station on Thursday after a "
                "journey of 28 hours. During their 10-day stay they will conduct some 250 scientific experiments. "
                "The outpost circles the planet at an altitude of roughly 400 kilometres, travelling at about 28,000 "
                "km/h. Each seat cost the agency around $55 million.", "2026-07-16")),
    Case("ice_loss", "science",
         Report("Antarctica lost about 150 billion tonnes of ice a year over the past two decades, a study "
                "published on Thursday found. The melting has added 7.4 millimetres to global sea levels over that "
                "period, the researchers said. The team analysed data from 6 satellites and 1,200 field stations. "
                "Sea levels could rise by up to 1 metre by 2100 if emissions are not cut, they warned. The study "
                "was published in a leading journal.", "2026-11-19"),
         Report("The researchers, who combined readings from six satellites with 1,200 ground stations, estimate "
                "Antarctic ice loss at 150 billion tonnes a year. That melting alone has raised seas around the "
                "world by 7.4 mm over twenty years. Under high emissions, sea levels may climb as much as one metre "
                "by the end of the century, the study says. The authors called for faster cuts in emissions.")),
    # crime and courts
    Case("fraud_sentence", "crime",
         Report("A former bank executive was sentenced to 9 years in prison on Wednesday for a fraud that cost "
                "3,400 investors more than $210 million, prosecutors said. The court also ordered him to pay $45 "
                "million in restitution. Two accomplices received sentences of 4 and 6 years. The scheme ran for 7 "
                "years before it was uncovered. His lawyers said he would appeal.", "2026-05-20"),
         Report("The former banker, 58, was jailed for nine years for defrauding some 3,400 investors of $210 "
                "million over seven years. He must repay $45 million to victims, the judge ruled. His two "
                "co-defendants were given six and four years respectively. Prosecutors had asked for 12 years.",
                "2026-05-21")),
    Case("cocaine_raids", "crime",
         Report("Police arrested 37 people in dawn raids across 12 cities on Tuesday, breaking up a gang that "
                "smuggled cocaine from South America, the interior ministry said. Officers seized 1.6 tonnes of "
                "cocaine, 45 firearms and €3.2 million in cash. The gang is suspected of importing more than 8 "
                "tonnes of drugs over three years. Of those detained, 22 were remanded in custody. The ministry "
                "called it the largest operation of its kind.", "2026-08-11"),
         Report("More than 400 officers took part in the raids, which led to 37 arrests in a dozen cities. Police "
                "found 1,600 kg of cocaine, €3.2m in cash and 45 guns. Investigators believe the network brought in "
                "over 8 tonnes of cocaine in three years. A judge ordered 22 suspects held in custody. The others "
                "were released pending further inquiries.")),
    # sport
    Case("title_race", "sport",
         Report("Haldor Vik scored twice as City beat United 3-1 on Sunday to win the league title by 4 points, "
                "their fifth championship in 6 seasons. The Norwegian striker finished the season with 31 league "
                "goals, one short of the record. A crowd of 54,000 watched the match. City finished on 91 points, "
                "United on 87. The club will parade the trophy on Tuesday.", "2026-05-17"),
         Report("City clinched the title with a 3-1 victory over United in front of 54,000 fans on Sunday, ending "
                "on 91 points, four more than United's 87. Vik, whose two goals took his league tally to 31, fell "
                "one goal short of the single-season record. It is City's fifth title in six years. The manager "
                "praised his squad.", "2026-05-18")),
    Case("tennis_final", "sport",
         Report("Maria Lind won her third Wimbledon title on Saturday, beating the top seed 6-4 7-5 in 1 hour 42 "
                "minutes. The Swede hit 11 aces and saved 8 of the 9 break points she faced. She takes home £2.7 "
                "million in prize money, while the runner-up receives £1.4 million. Lind has now won 24 singles "
                "titles. She will rise to second in the world rankings.", "2026-07-11"),
         Report("Lind served 11 aces and fended off 8 break points in a 6-4 7-5 win that lasted an hour and 42 "
                "minutes. Victory earned her £2.7m, almost double the £1.4m paid to the beaten finalist. It was the "
                "24th title of her career and her third at the All England Club. The top seed had not dropped a set "
                "before the final.")),
]}

# (case, figure text in A, figure text in B, acceptable verdicts): a figure is the one whose text holds the needle.
PAIRS = [
    ("shelling", "14", "16", {UPDATE}),  # Kharkiv's dead, risen
    ("shelling", "9", "9", {SAME}),  # Izium's dead
    ("shelling", "31", "34", {UPDATE}),  # Kharkiv's wounded, risen
    ("shelling", "120", "120", {SAME, COMPATIBLE}),  # homes damaged
    ("shelling", "600", "600", {SAME}),  # residents evacuated
    ("shelling", "17", "17", {SAME}),  # drones downed
    ("prisoner_swap", "140", "140", UNDATED),
    ("prisoner_swap", "90", "90", UNDATED),  # rebels freed by the government
    ("prisoner_swap", "50", "50", UNDATED),  # soldiers freed by the rebels
    ("prisoner_swap", "3,200", "3,200", UNDATED),
    ("prisoner_swap", "410,000", "410,000", UNDATED),
    ("prisoner_swap", "1.8", "1.8", UNDATED),
    ("quake_two_countries", "7.1", "7.1", {SAME}),
    ("quake_two_countries", "230", "310", {UPDATE}),  # Turkey's dead
    ("quake_two_countries", "1,100", "1,450", {UPDATE}),  # Turkey's injured
    ("quake_two_countries", "85", "97", {UPDATE}),  # Syria's dead
    ("quake_two_countries", "300", "300", {SAME}),  # Syria's injured
    ("quake_two_countries", "40", "52", MOVED),  # survivors pulled out
    ("quake_two_countries", "60", "60", {SAME}),  # aftershocks
    ("quake_two_countries", "5.4", "5.4", {SAME}),  # the strongest aftershock
    ("monsoon_floods", "27", "27", UNDATED),
    ("monsoon_floods", "11", "Eleven", UNDATED),
    ("monsoon_floods", "48,000", "48,000", UNDATED),
    ("monsoon_floods", "380", "380", UNDATED),
    ("monsoon_floods", "1,500", "1,500", UNDATED),
    ("monsoon_floods", "40", "40", UNDATED),
    ("monsoon_floods", "120", "120", UNDATED),
    ("carmaker_results", "18.4", "18.4", {SAME}),  # quarterly revenue
    ("carmaker_results", "12%", "12 per cent", {SAME}),  # revenue growth
    ("carmaker_results", "1.1", "1.1", {SAME}),  # this quarter's profit
    ("carmaker_results", "1.6", "1.6", {SAME}),  # the profit a year earlier
    ("carmaker_results", "412,000", "412,000", {SAME}),
    ("carmaker_results", "1.7", "1.7", {SAME}),  # the year's forecast deliveries
    ("carmaker_results", "3,000", "3,000", {SAME}),
    ("carmaker_results", "4%", "4.3%", {UPDATE, COMPATIBLE}),  # intraday fall vs the close
    ("drug_takeover", "9.5", "9.5", UNDATED),
    ("drug_takeover", "48", "48", UNDATED),
    ("drug_takeover", "35%", "35", UNDATED),
    ("drug_takeover", "400", "400", UNDATED),
    ("drug_takeover", "2,600", "2,600", UNDATED),
    ("drug_takeover", "1.3", "1.3", UNDATED),
    ("drug_takeover", "2%", "2 percent", UNDATED),
    ("election_seats", "168", "168", {SAME}),
    ("election_seats", "94", "94", {SAME}),
    ("election_seats", "21", "21", {SAME}),
    ("election_seats", "71%", "71", {SAME}),
    ("election_seats", "64%", "64", {SAME}),
    ("election_seats", "44%", "44", {SAME}),
    ("election_seats", "31%", "31", {SAME}),
    ("budget_vote", "412", "412", UNDATED),
    ("budget_vote", "198", "198", UNDATED),
    ("budget_vote", "151", "151", UNDATED),
    ("budget_vote", "21", "21", UNDATED),  # next year's defence spending
    ("budget_vote", "17", "17", UNDATED),  # this year's
    ("budget_vote", "3.4", "3.4", UNDATED),
    ("budget_vote", "60,000", "60,000", UNDATED),
    ("budget_vote", "40", "40", UNDATED),
    ("cholera", "2,340", "2,610", {UPDATE}),  # cases
    ("cholera", "41", "47", {UPDATE}),  # deaths
    ("cholera", "29", "32", {UPDATE}),  # children's deaths
    ("cholera", "180,000", "180,000", {SAME}),
    ("cholera", "500,000", "500,000", {SAME}),
    ("cholera", "62", "71", MOVED),  # one day's new cases vs another's
    ("drug_trial", "27", "27", UNDATED),
    ("drug_trial", "1,795", "1,795", UNDATED),
    ("drug_trial", "21%", "21", UNDATED),  # swelling on the drug
    ("drug_trial", "9%", "9 per", UNDATED),  # swelling on the placebo
    ("drug_trial", "40", "40", UNDATED),
    ("drug_trial", "26,500", "26,500", UNDATED),
    ("crew_launch", "four", "four", {SAME}),
    ("crew_launch", "10", "10", {SAME}),
    ("crew_launch", "250", "250", {SAME}),
    ("crew_launch", "28", "28", {SAME}),
    ("crew_launch", "400", "400", {SAME}),
    ("crew_launch", "28,000", "28,000", {SAME}),
    ("crew_launch", "55", "55", {SAME}),
    ("ice_loss", "150", "150", UNDATED),
    ("ice_loss", "7.4", "7.4", UNDATED),
    ("ice_loss", "6", "six", UNDATED),
    ("ice_loss", "1,200", "1,200", UNDATED),
    ("ice_loss", "1 metre", "one metre", UNDATED),
    ("fraud_sentence", "9", "nine", {SAME}),
    ("fraud_sentence", "3,400", "3,400", {SAME}),
    ("fraud_sentence", "210", "210", {SAME}),
    ("fraud_sentence", "45", "45", {SAME}),
    ("fraud_sentence", "4", "four", {SAME}),
    ("fraud_sentence", "6", "six", {SAME}),
    ("fraud_sentence", "7", "seven", {SAME}),
    ("cocaine_raids", "37", "37", UNDATED),
    ("cocaine_raids", "1.6", "1,600", UNDATED),
    ("cocaine_raids", "45", "45", UNDATED),
    ("cocaine_raids", "3.2", "3.2", UNDATED),
    ("cocaine_raids", "8 tonnes", "8 tonnes", UNDATED),
    ("cocaine_raids", "22", "22", UNDATED),
    ("title_race", "31", "31", {SAME}),
    ("title_race", "54,000", "54,000", {SAME}),
    ("title_race", "91", "91", {SAME}),
    ("title_race", "87", "87", {SAME}),
    ("title_race", "4", "four", {SAME}),  # the winning margin in points
    ("title_race", "6", "six", {SAME}),
    ("tennis_final", "11", "11", UNDATED),
    ("tennis_final", "8", "8", UNDATED),
    ("tennis_final", "2.7", "2.7", UNDATED),
    ("tennis_final", "1.4", "1.4", UNDATED),
]

# (case, figure text in A, figure text in B): two figures that measure different things and must not pair.
APART = [
    ("shelling", "14", "9"),  # Kharkiv's dead vs Izium's
    ("shelling", "9", "16"),
    ("shelling", "31", "16"),  # wounded vs killed
    ("prisoner_swap", "90", "50"),  # the government's releases vs the rebels'
    ("prisoner_swap", "50", "90"),
    ("prisoner_swap", "3,200", "410,000"),  # killed vs displaced
    ("quake_two_countries", "230", "97"),  # Turkey's dead vs Syria's
    ("quake_two_countries", "85", "310"),
    ("quake_two_countries", "1,100", "310"),  # injured vs killed
    ("quake_two_countries", "300", "1,450"),  # Syria's injured vs Turkey's
    ("monsoon_floods", "27", "Eleven"),  # dead vs missing
    ("monsoon_floods", "11", "27"),
    ("monsoon_floods", "1,500", "48,000"),  # soldiers vs people sheltered
    ("carmaker_results", "1.1", "1.6"),  # this year's profit vs last year's
    ("carmaker_results", "1.6", "1.1"),
    ("carmaker_results", "18.4", "1.1"),  # revenue vs profit
    ("carmaker_results", "12%", "4.3%"),  # revenue growth vs the share move
    ("drug_takeover", "9.5", "1.3"),  # the deal value vs revenue
    ("drug_takeover", "35%", "2 percent"),  # the premium vs the share move
    ("drug_takeover", "2%", "35"),
    ("election_seats", "168", "94"),  # two parties' seats
    ("election_seats", "94", "168"),
    ("election_seats", "44%", "31"),  # two parties' shares
    ("election_seats", "31%", "44"),
    ("election_seats", "71%", "64"),  # this turnout vs the last
    ("election_seats", "64%", "71"),
    ("budget_vote", "198", "151"),  # votes for vs against
    ("budget_vote", "151", "198"),
    ("budget_vote", "21", "17"),  # next year's defence spending vs this year's
    ("budget_vote", "17", "21"),
    ("budget_vote", "40", "21"),  # added debt vs defence spending
    ("cholera", "41", "32"),  # deaths vs children's deaths
    ("cholera", "29", "47"),
    ("cholera", "62", "2,610"),  # a day's cases vs the total
    ("drug_trial", "21%", "9 per"),  # the drug's arm vs the placebo's
    ("drug_trial", "9%", "21"),
    ("drug_trial", "27", "21"),  # the slowing vs the swelling share
    ("crew_launch", "400", "28,000"),  # an altitude vs a speed
    ("crew_launch", "28", "10"),  # the journey vs the stay
    ("ice_loss", "7.4", "one metre"),  # the rise so far vs the projected rise
    ("ice_loss", "1 metre", "7.4"),
    ("fraud_sentence", "9", "six"),  # his sentence vs an accomplice's
    ("fraud_sentence", "6", "nine"),
    ("fraud_sentence", "210", "45"),  # the loss vs the restitution
    ("fraud_sentence", "45", "210"),
    ("cocaine_raids", "37", "22"),  # arrested vs remanded
    ("cocaine_raids", "22", "37"),
    ("cocaine_raids", "1.6", "8 tonnes"),  # seized vs smuggled
    ("cocaine_raids", "8 tonnes", "1,600"),
    ("title_race", "91", "87"),  # two clubs' points
    ("title_race", "87", "91"),
    ("tennis_final", "2.7", "1.4"),  # the winner's prize vs the runner-up's
    ("tennis_final", "1.4", "2.7"),
]

UP = "upstream: "  # the extractor's field or detection, not the compare path (for the lead)
INCIDENT = UP + ("scope: one incident's toll read incremental in one article ('killed 14 ... on Monday') and total in "
                 "the other ('the toll from Monday's shelling had risen to 16')")
TWO_VERBS = UP + ("subject: a person named in one article and described in the other ('Vik' / 'Norwegian striker'), "
                  "with two unlisted verbs")
KILLED_AND = ("metric key: 'killed and 1,100 injured' is keyed 'killed and wounded' (metrics._COMBINED reads "
              "'killed and' + 'injured' across the figure), so two keys and values 30% apart; the fix was measured "
              "and dropped: dev-lee4 wrong pairs 4 -> 6")
GAPS: dict[tuple[str, str, str], str] = {
    ("shelling", "9", "9"): INCIDENT + "; and 9 is no telling count across two keys",
    ("shelling", "31", "34"): INCIDENT,
    ("shelling", "600", "600"): UP + "event: 'evacuated about 600' displaced, 'were moved out' people/other:move",
    ("prisoner_swap", "140", "140"): UP + "event other:exchange / other:detain and scope total / incremental",
    ("prisoner_swap", "1.8", "1.8"): UP + "quantity: 'About 1.8 million need food aid' read aid / pledged",
    ("quake_two_countries", "1,100", "1,450"): KILLED_AND,
    ("quake_two_countries", "40", "52"): UP + "events other:pull / other:find, scope incremental / total",
    ("monsoon_floods", "48,000", "48,000"): UP + "quantity: 'moved to relief camps' people/other:move, 'sheltering' "
                                                 "displaced",
    ("carmaker_results", "412,000", "412,000"): UP + "event: 'delivered' other:deliver vs 'reached' measured, and "
                                                     "vehicle / car",
    ("carmaker_results", "1.7", "1.7"): UP + "quantity: 'deliveries' / 'vehicles', event other:delivery / "
                                             "other:deliver",
    ("carmaker_results", "4%", "4.3%"): "metric key: 'closed down 4.3%' keyed 'share (percent)' without the fall its "
                                        "measure reads, so two keys, and 4 and 4.3 do not meet (one domain)",
    ("drug_takeover", "2%", "2 percent"): UP + "quantity: 'sent Helix stock down 2 percent' read share, not "
                                               "share_price",
    ("election_seats", "21", "21"): UP + "subject: the gapped 'and the Greens 21' read Conservatives",
    ("election_seats", "71%", "71"): UP + "'71 per cent of registered voters cast a ballot' read share / Labour / "
                                          "other:cast, not turnout",
    ("election_seats", "64%", "64"): UP + "'64 per cent in the previous vote' read votes / won, not turnout",
    ("election_seats", "44%", "44"): UP + "quantity: 'won 44% of the vote' votes, 'share of the vote was 44 percent' "
                                          "share",
    ("budget_vote", "412", "412"): UP + "quantity: 'the €412bn budget will bring' read debt / other:bring",
    ("budget_vote", "198", "198"): UP + "quantity: 'Lawmakers backed ... by 198' read people",
    ("budget_vote", "151", "151"): UP + "quantity: 'by 198 votes to 151' read budget for 151",
    ("budget_vote", "17", "17"): UP + "'from 17 billion this year' read a count of euros, no currency",
    ("budget_vote", "60,000", "60,000"): UP + "scope: 'says ... will create 60,000 jobs' read total, 'would "
                                              "create' projection",
    ("budget_vote", "40", "40"): UP + "scope: 'would add' projection, 'says it adds' total",
    ("budget_vote", "198", "151"): UP + "event: '151' (votes against) read won under the key of the votes for",
    ("cholera", "2,340", "2,610"): UP + "quantity: 'infected 2,340 people' people / other:infect vs '2,610 cases'",
    ("cholera", "29", "32"): UP + "subject: 'Of the deaths, 29 were children' reads no subject",
    ("cholera", "500,000", "500,000"): UP + "event: 'has sent 500,000 doses' sent vs 'doses have arrived' arrived, "
                                            "scope total / incremental",
    ("cholera", "62", "71"): UP + "quantity: 'new cases' case vs 'new infections' infection; and 'said' event",
    ("drug_trial", "27", "27"): UP + "quantity: 'slowed cognitive decline by 27%' read trial",
    ("crew_launch", "four", "four"): UP + "quantity: 'a crew of four' reads none (says too little)",
    ("crew_launch", "10", "10"): UP + "subject: 'rocket' / 'astronauts' for the mission's days, with two unlisted "
                                      "verbs",
    ("crew_launch", "400", "400"): UP + "quantity distance / height ('orbits 400 km above' / 'an altitude of'), "
                                       "subject station / outpost",
    ("fraud_sentence", "9", "nine"): TWO_VERBS,
    ("fraud_sentence", "7", "seven"): UP + "detection: 'over seven years' is no figure",
    # stop 40: the seizure's doers are read ("Officers seized", "Police found": police, extract/doers.py), so
    # '1.6 tonnes' pairs with '1,600 kg' and stays apart from the gang's 'over 8 tonnes'
    ("cocaine_raids", "8 tonnes", "8 tonnes"): "assignment: taken by '1.6 tonnes' under one key (above)",
    # stop 42: "United's 87" is a figure (a number after a possessive name is no part of the name), so 87 pairs
    # and stays apart from 91
    ("title_race", "31", "31"): TWO_VERBS,
    ("title_race", "54,000", "54,000"): UP + "subject 'crowd' / 'fans' and events other:watch / measured",
    ("title_race", "4", "four"): UP + "event won / other:end, scope total / incremental for the margin",
    ("title_race", "6", "six"): UP + "detection: 'in 6 seasons' is no figure",
    ("tennis_final", "11", "11"): TWO_VERBS + " ('Swede' / 'Lind'; 'hit 11 aces and saved 8' read other:save)",
    ("tennis_final", "8", "8"): TWO_VERBS + " ('Swede' / 'Lind'), and 8 is no telling count across two keys",
}


def rows(table: list[tuple], domain: str) -> list:
    """The table's rows of one domain's cases, each row GAPS names a strict xfail with its reason."""
    mine = [row for row in table if CASES[row[0]].domain == domain]
    return [pytest.param(row, marks=gap(GAPS[row[:3]])) if row[:3] in GAPS else row for row in mine]


@pytest.fixture(scope="module")
def compared(nlp):
    """Each case compared as the CLI compares two files (tests/probe_pairs.py)."""
    return comparer(nlp, CASES)


def check(compared, row: tuple) -> None:
    """A PAIRS row (four fields) pairs with an acceptable verdict; an APART row (three) does not pair."""
    name, needle_a, needle_b, *verdicts = row
    figs_a, figs_b, pairs = compared(name)
    a, b = figure(figs_a, needle_a), figure(figs_b, needle_b)
    pair = matched(pairs, a, b)
    if verdicts:
        assert pair is not None and pair.status in verdicts[0]
    else:
        assert a is not None and b is not None and pair is None


def domain_rows(domain: str) -> list:
    """One domain's PAIRS rows then its APART rows."""
    return rows(PAIRS, domain) + rows(APART, domain)


def test_alignment_articles_cover_the_eight_domains():
    assert {c.domain for c in CASES.values()} == {"conflict", "disasters", "business", "politics", "health",
                                                  "science", "crime", "sport"}
    assert {c for c, *_ in PAIRS + APART} <= set(CASES)


@pytest.mark.parametrize("row", domain_rows("conflict"))
def test_alignment_articles_conflict(compared, row):
    check(compared, row)


@pytest.mark.parametrize("row", domain_rows("disasters"))
def test_alignment_articles_disasters(compared, row):
    check(compared, row)


@pytest.mark.parametrize("row", domain_rows("business"))
def test_alignment_articles_business(compared, row):
    check(compared, row)


@pytest.mark.parametrize("row", domain_rows("politics"))
def test_alignment_articles_politics(compared, row):
    check(compared, row)


@pytest.mark.parametrize("row", domain_rows("health"))
def test_alignment_articles_health(compared, row):
    check(compared, row)


@pytest.mark.parametrize("row", domain_rows("science"))
def test_alignment_articles_science(compared, row):
    check(compared, row)


@pytest.mark.parametrize("row", domain_rows("crime"))
def test_alignment_articles_crime(compared, row):
    check(compared, row)


@pytest.mark.parametrize("row", domain_rows("sport"))
def test_alignment_articles_sport(compared, row):
    check(compared, row)
