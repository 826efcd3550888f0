"""Stop 59's blind probe of present-day news: 16 invented articles, two in each of the issue's eight domains
(conflict, disasters, business, politics in part A; health, science, crime, sport in part B), written and labelled
in all ten fields by two helpers who read only tests/gold/measures/GUIDE.md and the figure sections of
tests/gold/README.md, ran nothing of newsfigures and read no code, test or other probe; each part then read a second
time against the guide by a second helper (three labels changed in each part, listed below). Labels are as in
wire44_articles.py: (surface, value, unit, quantity, subject, event, place, scope, dimension, said_by[, at]); a name
field may list acceptable names with ";" (place: "; " lists several places, P2). Nothing here was changed after the
code ran.

Part A, as its helpers wrote it:

Blind probe, part A: eight invented news articles with hand labels of what each figure measures.

Written by a helper from the annotation guide only (tests/gold/measures/GUIDE.md, revisions 2 and 3 winning over
older lines, and the figure sections of tests/gold/README.md), before any code ran. No code, test or other probe of
the project was read and the project was not run. The articles are invented (people, firms, parties and small places
are fictional; countries and cities are real) and copy no corpus or real article.

Domains: conflict (conflict_1 Sudan/Darfur drone strike, conflict_2 Russian drone attack on Ukraine), disasters
(disasters_1 earthquake in eastern Turkey, disasters_2 floods in Emilia-Romagna), business (business_1 Haldenwerk
results and job cuts, business_2 Crestline buys Solvane), politics (politics_1 Latvian election, politics_2 Kenyan
finance bill and protests).

Label tuple: (surface, value, unit, quantity, subject, event, place, scope, dimension, said_by[, at]).
In subject, said_by and (in a few places, flagged below) quantity, ";" separates acceptable alternatives. In place,
"; " is the GUIDE's P2 list of several places (never alternatives), so place gives one reading only.

Points where the GUIDE was silent (or left two readings open) and what was chosen:
 1. Subject of a toll or count of generic "people", "households", "aftershocks", "roads": "" (the figure belongs to
    the story), not the counted noun; a group the text names ("Syrian nationals", "protesters", "Latvians") is kept.
 2. Place when a sentence nests places ("the town of Um Sidr in Sudan's North Darfur state"): the most specific
    named place only, since "; " means a list. A headline's "northern Italy" is "Italy" (P3, the name alone).
 3. Scope of the toll of the one incident an article is about (a drone strike in the Sudan war, one night's attack
    in the Ukraine war): "total", not "incremental"; "incremental" kept for stated windows ("over the past 24
    hours", "last month") and "more"-batches ("two more villages").
 4. Company figures for a named reporting period (third-quarter profit, last year's sales): "total" (the period
    belongs in as_of), not "annual"/"incremental".
 5. Food "delivered" by an agency: event "other:deliver" (the GUIDE's `sent` is worded for troops); quantity
    "aid; food" (alternatives).
 6. A planned cut stated as a share of the workforce ("roughly 7% of its workforce"): scope "share" (the
    proportion), though the cut itself is a projection; the job count it restates is "projection" (C4).
 7. Ranges: value is the README midpoint ("20 or 30 seconds" -> 25 under F1; "between 12.5 billion and 13 billion
    euros" -> 12.75e9). Fractions: "a third" -> 1/3 with unit "fraction".
 8. "several thousand" is not in the README's vague table: representative value 5000 by analogy with "several
    hundred" -> 500 (plausible 3000-9999).
 9. Depth of a quake: quantity "distance; depth" (alternatives), event "measured" although the verb is "hit at".
10. "31.4 percent of the vote": quantity "votes" (the votes line comes before the share line), scope "share".
    Turnout: quantity "turnout; votes; share" (alternatives), scope "share", event "measured".
11. "came second with 18.9 percent" and "securing 35 ... seats": event "won" (receiving votes/seats), not
    other:come / other:secure.
12. Damage "put at EUR 1.5bn": quantity "cost" (Q3), event "cost" (a valuation), not "said" or "other:put".
13. A takeover premium ("a 46% premium to the closing price"): scope "change" (size of the gap above the price),
    event "measured"; quantity "premium; price" (alternatives).
14. "add about 3 cents to its earnings per share": quantity "profit", event "rose", scope "projection"; the cents
    are written as 0.03 USD.
15. A pronoun attribution ("it said"): said_by accepts the pronoun and its antecedent (the air force).
16. A1 read literally for background facts inside an attributed sentence (an age, the size of parliament): the
    sentence's attribution covers them.
17. Millimetres: unit "mm" (the README lists metre but not mm); value kept in mm.
18. A currency word given once for coordinated sums ("13.5 billion" after "... euros"): the same currency.
19. Subject of a duration dating an event (E3) after S3 was withdrawn: the doer of the dated clause ("Rescuers"),
    with the person found ("woman") as an alternative.
20. "Latvians living abroad": place "" (the restriction names no place; "Latvia" would mislead).
21. A coordinated clause shares the first clause's place ("Two protesters were shot dead in Nairobi and Mombasa
    and at least 17 others were wounded" -> both "Nairobi; Mombasa").
22. A relief fund approved by "the cabinet in Rome" takes the disaster's place (Emilia-Romagna), not the seat of
    the government (P4's court-seat rule is read as limited to courts).
23. Headline figures are labelled like body figures (with `at` where the surface repeats); the headline is its own
    sentence for A1.
24. "A further 11 drones" (a further part of the 70 launched): surface "11" ("further" like "more" stays out),
    scope "total" (C2, part with its whole).
25. Tax rates before and after a rise ("from 15% to 20%"): quantity "duty; tax" (head noun fallback), event "rose",
    scope "rate" (levels stated as rates).
26. A division ("approved ... by 195 votes to 106"): both counts event "other:approve" (the governing verb),
    scope "total", subject "MPs; parliament".
27. Dead people counted by nationality ("three Syrian nationals" among the dead): quantity "deaths" (the first
    matching line wins, as Q1 says for armed people), not Q5's "people".
28. Share of territory held ("control about 80% of the state"): quantity "share", event "measured" (E1, control).

Second pass: (checker read the GUIDE, the README figure sections and this file only; 86 labels, no figure missed)
 - conflict_2, "54", subject: "air defences; Ukraine" -> "air defences; Ukraine; Russia". The subject line ("has,
   suffers ... or does it"; "Palestinians" in "1,055 Palestinians killed") also reads the owner of the counted drones,
   and revision 2's subject note warns that a doer-only subject reads as the doer's own loss; the "11" in the next
   sentence is already "Russia".
 - politics_2, "195", quantity: "votes" -> "vote; votes". The `votes` line is "election votes and seats"; a division
   on a bill is no election, so the head-noun fallback applies (the GUIDE lists "vote" among its fallback examples);
   "votes" kept as an alternative.
 - politics_2, "106", quantity: "votes" -> "vote; votes" (same reason).
 Considered and kept (the GUIDE allows both readings): scope "total" for the toll of the one strike / one night's
 attack (point 3; the scope line's "one incident within a running story" could give "incremental", but each article
 is about that incident and "overnight" dates the attack rather than stating a window as C3's examples do); "deaths"
 for the three Syrian nationals (point 27; Q5 names no casualty, Q1/Q6 keep the casualty line first); said_by on the
 age "52" (point 16, A1 read literally).

Part B, as its helpers wrote it:

Blind probe, part B: eight invented news articles with hand labels.

Written by a helper from the measure GUIDE (tests/gold/measures/GUIDE.md, revisions 2 and 3 winning over older
lines) and the figure sections of tests/gold/README.md only, before any code ran. No project code, test or other
probe file was read, and newsfigures was not run. The articles are invented (names of people, firms, clubs,
missions and the asteroid are made up; real countries and cities are used).

Domains: health (health_1, health_2), science (science_1, science_2), crime (crime_1, crime_2),
sport (sport_1, sport_2).

Tuple layout: (surface, value, unit, quantity, subject, event, place, scope, dimension, said_by[, at]).
A subject or said_by field may list acceptable alternatives separated by "; " (first preferred). In `place`,
"; " is a P2 list (all places), never alternatives. `at` is given whenever the surface occurs more than once in
the article, case-insensitively or as a substring of a longer number ("40" inside "1,240").

Points where the GUIDE (and README) is silent, and what was chosen:
 1. Scorelines ("beat Ashworth 3-1"): two records, one per side, quantity "goal" (head-noun fallback), subject the
    side that scored it, event from the governing verb for both ("beat" -> other:beat), scope total. A reader
    needs each side's goals; a scoreline is not a range even though it is written "a-b".
 2. "scored twice": a figure, value 2, quantity "goal" (an adverb built on a number word).
 3. Race times ("2 hours 14 minutes 8 seconds", "2:15:02"): one figure each, value converted to seconds,
    unit "second", quantity duration.
 4. Earlier level of a change ("up from 860", "from 86 percent in 2014", "compared with 310,000 a year earlier"):
    same quantity, subject, place, scope and dimension as the current level, event of the sentence (rose / fell,
    or the governing verb), so a fact-checker can put the two side by side.
 5. Targets and thresholds with no verb ("the WHO's target of 95 percent", "against a target of 18 minutes"):
    event measured (E1, "target" is a thing, not an action), scope projection (GUIDE lists "target" there).
    A WHO target is an organisation's figure not restricted to the story's country: place "".
 6. "within two hours of landing": E3 time, surface "two hours" (README lists no "within" qualifier), qualifier
    exact; event the verb it dates (other:recover), subject the doer (S3 is withdrawn, so the subject line).
 7. Place in an article not wholly at one place: figures of the event the opening locates (the capsule landing
    and recovery near Woomera, the seizure and its containers and street value at Algeciras) take that place;
    figures of the spacecraft, mission, grains or costs take "" (no sentence restricts them).
 8. Units missing from the README list: "minute", "month", "gram", "tonne", "km/s", "km3", "celsius",
    "percentage_point"; lengths in metres use the README spelling "meter" (the brief lists "metre").
 9. Temperature anomaly ("2.3C above the 1991-2020 average"): scope change (a size of a difference from a
    baseline), event measured (verb "were").
10. Glacier volume: quantity head-noun fallback "volume" (no table line); a fall of ice volume, including
    "lose"/"fall by around two-thirds", is event fell; the melted ice amount is quantity "ice" (head noun).
11. A count over a dated period with no window words ("1.2 cubic kilometres melted over the summer and autumn",
    "112 tonnes last year") is total; with explicit window words ("in the four weeks to Sunday", "over the past
    two years") incremental by C3.
12. "face up to 12 years in prison": at_most, scope projection (a possible future penalty), event other:face.
13. "ordered to ... pay a $250,000 fine": quantity fine, event other:pay (E2, the verb that governs the figure),
    not other:fine; "ordered to forfeit $3.1 million": quantity money, event other:forfeit.
14. A football transfer fee between clubs is deal_value (Q3, a purchase between companies), subject the buyer.
15. Prize money alone is money; "prize money and television revenue" together is revenue.
16. A government's promise of money for its own health service: quantity aid (the aid line covers "pledges of
    money"), event pledged; place the country the pledge is for.
17. Counted people whose group the text names (arrested "14 people", "people waiting for treatment", "nurses"
    hired, "fans"): subject is the counted group as named, with the doer as an alternative where one exists.
18. "which could be up to 4.6 billion years old": an estimate of a present age, not a forecast: scope total,
    event measured, surface includes "old" as in the README's "51 years old".
19. "taking 41 seconds off the course record": size of a fall, scope change, event other:take (E2 literal verb).
20. A count inside a prepositional phrase with no verb of its own ("runners from about 150 countries") and the
    whole in "the elite field included 31 Kenyans": event measured (E1).
21. "for the first time in 41 years": a reported duration (like "N since X", E3), event of the clause
    (other:reach), place "" (a club's history, not the match).
22. A retreat of a named glacier: place the named natural site by P4 ("Rhone Glacier"), subject the glacier too.
23. Headline figures are labelled like body figures; a headline has no attribution, so said_by "".
24. Ages take "" as place unless their sentence places the person (GUIDE's settled line); event measured.
25. Crowd and field counts at a named venue or race take the venue/race city (P4/P1).
26. said_by written as the nearest mention ("the country's space agency") with the fuller name as alternative.
27. Negatives deliberately present (not labelled): "almost a minute later", "for more than a year" (indefinite
    article, no number word), "in the four weeks to Sunday", "over six years", "over the past two years",
    "a week" (reference periods), "Kairo-2" (name), "1991-2020", years, ordinals ("ninth", "second tier",
    "first time", "second-largest").

Second pass: (a blind checker, from the GUIDE and the README's figure sections only; no project code or test read)
All 95 labels read field by field and all eight articles re-read for missed figures; no figure added (every
number left out is a date, year, ordinal, name, indefinite-article span or reference period). Changes:
 1. science_2, "About 1.2 cubic kilometres", scope: total -> incremental. GUIDE C3: "a count over a stated window
    ... the window count incremental"; "over the summer and autumn" is a stated window, and one season's melt is a
    batch within the running glacier loss (scope line: incremental = "a batch"), not a running or overall total.
    Silent point 11 is superseded for this record only ("112 tonnes last year" keeps total: "last year" dates it).
 2. crime_2, "Dozens", subject: "officers; police" -> "police; Spanish police". GUIDE Q4: police officers counted
    as such are people; "write the force as the subject ('police')".
 3. sport_1, "1" (Ashworth's goal), at: "Ashworth 3-1 at" -> "3-1 at a sold-out", so that the two scoreline records
    no longer share one `at` (both strings occur once in the article and contain their surface once).
Kept though arguable (the GUIDE allows the annotator's reading): scoreline as two records (README silent; "a-b"
range does not fit a score); "$200 million" as USD (F3: a Japanese mission's cost converted from yen, the
story only partly set in Australia); "14" countries event other:study vs "about 150" countries measured (E1/E4 do
not settle a count nested in the subject's PP); "Scientists in 14 countries" scope projection (C4);
"£1.5bn" promised as aid (first matching line, "pledges of money"); "two hours" without "within" (no such
qualifier in the README table); units "gram", "tonne", "minute", "month", "km/s", "km3", "celsius" (the README
vocabulary has no spelling for them)."""
from __future__ import annotations

_ARTICLES_A: dict[str, str] = {
    "conflict_1": (
        "Drone strike on crowded Darfur market kills dozens, medics say\n"
        "A drone strike on a crowded market in the town of Um Sidr in Sudan's North Darfur state killed at least 27 "
        "people on Tuesday, local health officials said. Another 41 people were wounded, nine of them critically, "
        "according to the Darfur Medical Network. \"We have only two surgeons left and we are operating on the "
        "floor,\" said Amina Hassan, a doctor at the town's only hospital. Paramilitary forces, which control about "
        "80% of the state, denied carrying out the attack. The United Nations says more than 600,000 people have fled "
        "North Darfur since fighting began in April 2023, and roughly 1.7 million face famine conditions there. The "
        "World Food Programme delivered 3,500 tonnes of food to the state last month, less than a third of what was "
        "needed."
    ),
    "conflict_2": (
        "Russia fires 70 drones at Ukraine overnight, hitting Odesa\n"
        "KYIV, March 3 - Russia launched 70 drones and two ballistic missiles at Ukraine overnight, the Ukrainian air "
        "force said on Monday, adding that air defences had shot down 54 of the drones. A further 11 drones were "
        "\"locationally lost\", it said, a term used for drones brought down by electronic jamming. In the southern "
        "city of Odesa, falling debris set fire to a residential block and injured eight people, including a "
        "12-year-old boy, regional governor Oleh Marchenko said on Telegram. The strike also cut power to some 40,000 "
        "households in the region, according to the state grid operator. Russia's Defence Ministry said its forces "
        "had captured two more villages in the eastern Donetsk region and \"neutralised\" up to 1,300 Ukrainian "
        "servicemen over the past 24 hours. Neither side's claims could be independently verified."
    ),
    "disasters_1": (
        "Earthquake in eastern Turkey kills 14\n"
        "A 6.4-magnitude earthquake struck Malatya province in eastern Turkey early on Sunday, killing at least 14 "
        "people and injuring more than 230, officials said. The quake hit at a depth of 10km, according to the "
        "disaster agency Afad. Among the dead were three Syrian nationals who had been living in a container camp. "
        "Rescuers pulled a 73-year-old woman alive from the rubble of a five-storey building in the village of "
        "Yesilkoy some 19 hours after the quake. \"We heard a roar and then everything shook for 20 or 30 seconds,\" "
        "said Murat Demir, a shopkeeper in the provincial capital. The region is still rebuilding after the 2023 "
        "earthquakes, which killed more than 50,000 people in Turkey."
    ),
    "disasters_2": (
        "Floods in northern Italy leave nine dead as rivers burst their banks\n"
        "Nine people have died and four are missing after more than 20 rivers burst their banks in Emilia-Romagna "
        "following days of torrential rain, Italian authorities said on Thursday. Some towns received up to 300mm of "
        "rain in 36 hours, nearly half the amount that usually falls in a year. More than 13,000 people have been "
        "evacuated from their homes, up from 8,000 on Wednesday, the civil protection agency said. The regional "
        "president, Carla Benvenuti, put the damage at €1.5bn (£1.3bn) and said about 400 roads had been closed by "
        "landslides. The cabinet in Rome has approved an emergency fund of €100m."
    ),
    "business_1": (
        "Haldenwerk to cut 2,400 jobs as profit slumps\n"
        "FRANKFURT, Oct 24 - German auto parts maker Haldenwerk will cut about 2,400 jobs, or roughly 7% of its "
        "workforce, by the end of 2026 after third-quarter operating profit fell 38% to 212 million euros, the "
        "company said on Thursday. Revenue slipped 4.5% to 3.1 billion euros. Chief executive Petra Lindqvist blamed "
        "weaker demand from Chinese carmakers and a slower than expected shift to electric vehicles. The company cut "
        "its full-year sales guidance to between 12.5 billion and 13 billion euros, from 13.5 billion previously. "
        "Its shares fell as much as 9.2% in early trade. Haldenwerk employs some 34,000 people worldwide."
    ),
    "business_2": (
        "Crestline to buy cancer drug developer Solvane in $4.2 billion deal\n"
        "Crestline Pharmaceuticals said Monday it will buy Solvane Therapeutics for $38.50 a share in cash, valuing "
        "the Boston-based cancer drug developer at about $4.2 billion. The offer is a 46% premium to Solvane's "
        "closing price on Friday. Solvane shares jumped 41% to $37.12 in morning trading, while Crestline's stock "
        "slipped 1.8%. Sales of Solvane's lead drug, a treatment for a rare form of lung cancer, rose to $310 million "
        "last year from $185 million in 2023. Crestline expects the deal to add about 3 cents to its earnings per "
        "share in the first full year after closing. The companies expect the deal to close early next year."
    ),
    "politics_1": (
        "Centre-right wins Latvian election but falls short of majority\n"
        "Latvia's centre-right Civic Renewal Alliance won 31.4 percent of the vote in Saturday's parliamentary "
        "election, preliminary results showed on Sunday, securing 35 of the 100 seats in the Saeima. The nationalist "
        "Homeland Front came second with 18.9 percent, up 6.2 points from the last election in 2022, and won 21 "
        "seats. Turnout was 58.7 percent, the lowest since independence, the Central Election Commission said. Prime "
        "Minister Ilze Kalnina, 52, said she would invite \"at least two partners\" into a coalition. Some 1.5 "
        "million people were eligible to vote, including about 65,000 Latvians living abroad."
    ),
    "politics_2": (
        "Kenyan MPs pass contested tax bill as protesters clash with police\n"
        "Kenya's parliament on Tuesday approved a finance bill that raises excise duty on mobile money transfers "
        "from 15% to 20%, by 195 votes to 106. The Treasury says the measures will raise 346 billion shillings "
        "($2.7bn) in the coming financial year. Outside parliament in Nairobi, police fired tear gas at several "
        "thousand protesters and arrested 48 people, a police spokesman said. Two protesters were shot dead in "
        "Nairobi and Mombasa and at least 17 others were wounded, the Kenya National Commission on Human Rights said. "
        "Interest payments already swallow nearly a third of government revenue, according to the World Bank."
    ),
}

_DMN = "the Darfur Medical Network; Darfur Medical Network"
_UN = "The United Nations; United Nations"
_UAF = "the Ukrainian air force; Ukrainian air force; air force"
_GOV_ODESA = "regional governor Oleh Marchenko; Oleh Marchenko"
_RMOD = "Russia's Defence Ministry; Defence Ministry"
_AFAD = "the disaster agency Afad; Afad"
_CPA = "the civil protection agency; civil protection agency"
_BENV = "Carla Benvenuti; The regional president, Carla Benvenuti; regional president"
_HW_CO = "the company; company; Haldenwerk"
_CREST = "Crestline Pharmaceuticals; Crestline"
_CEC = "the Central Election Commission; Central Election Commission"
_PM = "Prime Minister Ilze Kalnina; Ilze Kalnina"
_KNCHR = "the Kenya National Commission on Human Rights; Kenya National Commission on Human Rights"
_POL = "a police spokesman; police spokesman"

_LABELS_A: dict[str, list[tuple]] = {
    "conflict_1": [
        # headline: vague count, representative value 36 (README table); "Darfur market" -> "Darfur" (P3)
        ("dozens", 36, "", "deaths", "", "killed", "Darfur", "total", "count", "medics"),
        ("at least 27", 27, "", "deaths", "", "killed", "Um Sidr", "total", "count", "local health officials"),
        ("41", 41, "", "injured", "", "injured", "Um Sidr", "total", "count", _DMN),
        # part of the 41 (C2: total)
        ("nine", 9, "", "injured", "", "injured", "Um Sidr", "total", "count", _DMN),
        # "have only two surgeons left": verb of state (E1); Q: surgeons are persons counted without a casualty
        ("two", 2, "", "people", "hospital; surgeons", "measured", "Um Sidr", "total", "count", "Amina Hassan",
         "only two surgeons"),
        ("about 80%", 80, "percent", "share", "Paramilitary forces; paramilitary forces", "measured", "North Darfur",
         "share", "percent", ""),
        # fled -> displaced (Q2); "since fighting began" is a reference period, not a figure
        ("more than 600,000", 600000, "", "displaced", "", "displaced", "North Darfur", "total", "count", _UN),
        ("roughly 1.7 million", 1700000, "", "people", "", "other:face", "North Darfur", "total", "count", _UN),
        # a batch over a stated window ("last month") -> incremental; no attribution, the WFP is the doer
        ("3,500 tonnes", 3500, "tonne", "aid; food", "World Food Programme; The World Food Programme",
         "other:deliver", "North Darfur", "incremental", "mass", ""),
        ("less than a third", 1 / 3, "fraction", "share", "World Food Programme; The World Food Programme",
         "other:deliver", "North Darfur", "share", "fraction", ""),
    ],
    "conflict_2": [
        ("70", 70, "", "drone", "Russia", "other:fire", "Ukraine", "total", "count", "", "fires 70 drones"),
        ("70", 70, "", "drone", "Russia", "other:launch", "Ukraine", "total", "count", _UAF, "launched 70 drones"),
        ("two", 2, "", "missile", "Russia", "other:launch", "Ukraine", "total", "count", _UAF,
         "two ballistic missiles"),
        # "shot down" -> the verb alone (E2); part of the 70 (C2)
        ("54", 54, "", "drone", "air defences; Ukraine; Russia", "other:shoot", "Ukraine", "total", "count", _UAF),
        # "A further 11": further stays outside like "more"; "it said" -> pronoun or its antecedent
        ("11", 11, "", "drone", "Russia", "other:lose", "Ukraine", "total", "count", "it; " + _UAF),
        ("eight", 8, "", "injured", "", "injured", "Odesa", "total", "count", _GOV_ODESA),
        # age: place only from its own sentence (which names Odesa)
        ("12-year-old", 12, "year", "age", "boy", "measured", "Odesa", "total", "duration", _GOV_ODESA),
        ("some 40,000", 40000, "", "household", "", "other:cut", "Odesa", "total", "count",
         "the state grid operator; state grid operator"),
        ("two", 2, "", "village", "Russia; forces", "other:capture", "Donetsk", "incremental", "count", _RMOD,
         "two more villages"),
        # servicemen -> troops (Q1); window count "over the past 24 hours" -> incremental (C3);
        # "in the eastern Donetsk region" restricts the villages only, so the article's place
        ("up to 1,300", 1300, "", "troops", "Ukrainian servicemen; Ukrainian; Ukraine", "other:neutralise",
         "Ukraine", "incremental", "count", _RMOD),
    ],
    "disasters_1": [
        ("14", 14, "", "deaths", "", "killed", "Turkey", "total", "count", "", "Turkey kills 14"),
        ("6.4-magnitude", 6.4, "magnitude", "magnitude", "", "measured", "Malatya", "total", "magnitude",
         "officials"),
        ("at least 14", 14, "", "deaths", "", "killed", "Malatya", "total", "count", "officials"),
        ("more than 230", 230, "", "injured", "", "injured", "Malatya", "total", "count", "officials"),
        ("10km", 10, "km", "distance; depth", "", "measured", "Malatya", "total", "length", _AFAD),
        # "Among the dead were": the noun "dead" names the class (E1 exception); deaths before Q5's people
        ("three", 3, "", "deaths", "Syrian nationals; Syrians; Syrian", "killed", "Malatya", "total", "count", ""),
        ("73-year-old", 73, "year", "age", "woman", "measured", "Yesilkoy", "total", "duration", ""),
        # Q8 storeys
        ("five-storey", 5, "story", "height", "building", "measured", "Yesilkoy", "total", "length", ""),
        # E3: dates the pulling; the anchor "the quake" is neither event nor subject
        ("some 19 hours", 19, "hour", "duration", "Rescuers; rescuers; woman", "other:pull", "Yesilkoy", "total",
         "duration", ""),
        # F1 range "20 or 30" -> midpoint 25; "the provincial capital" is Malatya
        ("20 or 30 seconds", 25, "second", "duration", "", "other:shake", "Malatya", "total", "duration",
         "Murat Demir"),
        ("more than 50,000", 50000, "", "deaths", "", "killed", "Turkey", "total", "count", ""),
    ],
    "disasters_2": [
        ("nine", 9, "", "deaths", "", "killed", "Italy", "total", "count", "", "leave nine dead"),
        ("Nine", 9, "", "deaths", "", "killed", "Emilia-Romagna", "total", "count", "Italian authorities",
         "Nine people have died"),
        ("four", 4, "", "missing", "", "missing", "Emilia-Romagna", "total", "count", "Italian authorities"),
        ("more than 20", 20, "", "river", "", "other:burst", "Emilia-Romagna", "total", "count",
         "Italian authorities"),
        # "in 36 hours" is the figure's reference period -> incremental; unit "mm" (README has no mm)
        ("up to 300mm", 300, "mm", "rain; rainfall", "towns", "other:receive", "Emilia-Romagna", "incremental",
         "length", ""),
        ("nearly half", 0.5, "fraction", "share", "towns", "other:receive", "Emilia-Romagna", "share", "fraction",
         ""),
        # evacuated -> displaced; the earlier level 8,000 is a separate record of the same quantity
        ("More than 13,000", 13000, "", "displaced", "", "displaced", "Emilia-Romagna", "total", "count", _CPA),
        ("8,000", 8000, "", "displaced", "", "displaced", "Emilia-Romagna", "total", "count", _CPA),
        # damage "put at" -> cost (Q3); F2: two currencies, two records
        ("€1.5bn", 1.5e9, "EUR", "cost", "", "cost", "Emilia-Romagna", "total", "currency:EUR", _BENV),
        ("£1.3bn", 1.3e9, "GBP", "cost", "", "cost", "Emilia-Romagna", "total", "currency:GBP", _BENV),
        ("about 400", 400, "", "road", "", "other:close", "Emilia-Romagna", "total", "count", _BENV),
        ("€100m", 1e8, "EUR", "aid; budget", "cabinet; government", "other:approve", "Emilia-Romagna", "total",
         "currency:EUR", ""),
    ],
    "business_1": [
        # C4: a planned batch -> projection
        ("2,400", 2400, "", "job", "Haldenwerk", "other:cut", "", "projection", "count", "", "cut 2,400 jobs"),
        ("about 2,400", 2400, "", "job", "Haldenwerk", "other:cut", "", "projection", "count", _HW_CO),
        ("roughly 7%", 7, "percent", "share", "Haldenwerk", "other:cut", "", "share", "percent", _HW_CO),
        ("38%", 38, "percent", "profit", "Haldenwerk", "fell", "", "change", "percent", _HW_CO),
        # level after the fall; quarterly figure -> total (period goes to as_of)
        ("212 million euros", 212e6, "EUR", "profit", "Haldenwerk", "fell", "", "total", "currency:EUR", _HW_CO),
        ("4.5%", 4.5, "percent", "revenue", "Haldenwerk", "fell", "", "change", "percent", ""),
        ("3.1 billion euros", 3.1e9, "EUR", "revenue", "Haldenwerk", "fell", "", "total", "currency:EUR", ""),
        # guidance = forecast -> projection; range midpoint 12.75e9; "cut" is the text's verb (E2)
        ("between 12.5 billion and 13 billion euros", 12.75e9, "EUR", "sales", "Haldenwerk", "other:cut", "",
         "projection", "currency:EUR", ""),
        # earlier guidance; currency carried over from "euros"
        ("13.5 billion", 13.5e9, "EUR", "sales", "Haldenwerk", "other:cut", "", "projection", "currency:EUR", ""),
        ("as much as 9.2%", 9.2, "percent", "share_price", "Haldenwerk", "fell", "", "change", "percent", ""),
        # employs: verb of state (E1); "worldwide" is no place
        ("some 34,000", 34000, "", "people", "Haldenwerk", "measured", "", "total", "count", ""),
    ],
    "business_2": [
        # buyer is the subject (GUIDE: Kmart to buy Sears)
        ("$4.2 billion", 4.2e9, "USD", "deal_value", _CREST, "bought", "", "total", "currency:USD", "",
         "in $4.2 billion deal"),
        # per-share offer: price (Q3), per-unit amount -> total (C3)
        ("$38.50", 38.5, "USD", "price", _CREST, "bought", "", "total", "currency:USD", _CREST),
        # "valuing ... at" -> cost (valued); the valued firm is an acceptable subject too
        ("about $4.2 billion", 4.2e9, "USD", "deal_value", _CREST + "; Solvane Therapeutics; Solvane", "cost", "",
         "total", "currency:USD", _CREST),
        ("46%", 46, "percent", "premium; price", "Crestline; Solvane", "measured", "", "change", "percent", ""),
        ("41%", 41, "percent", "share_price", "Solvane", "rose", "", "change", "percent", ""),
        ("$37.12", 37.12, "USD", "share_price", "Solvane", "rose", "", "total", "currency:USD", ""),
        ("1.8%", 1.8, "percent", "share_price", "Crestline", "fell", "", "change", "percent", ""),
        # yearly sales of a named year -> total (year in as_of); "Boston-based" restricts nothing
        ("$310 million", 310e6, "USD", "sales", "Solvane; Solvane's lead drug", "rose", "", "total", "currency:USD",
         ""),
        ("$185 million", 185e6, "USD", "sales", "Solvane; Solvane's lead drug", "rose", "", "total", "currency:USD",
         ""),
        # "add ... to its earnings per share": rose, forecast -> projection; 3 cents = 0.03 USD
        ("about 3 cents", 0.03, "USD", "profit", "Crestline", "rose", "", "projection", "currency:USD", "Crestline"),
    ],
    "politics_1": [
        ("31.4 percent", 31.4, "percent", "votes", "Civic Renewal Alliance; Civic Renewal", "won", "Latvia",
         "share", "percent", "preliminary results"),
        # "securing 35 of the 100 seats": won; part with whole -> total (C2)
        ("35", 35, "", "seats", "Civic Renewal Alliance; Civic Renewal", "won", "Latvia", "total", "count",
         "preliminary results"),
        ("100", 100, "", "seats", "Saeima", "measured", "Latvia", "total", "count", "preliminary results"),
        ("18.9 percent", 18.9, "percent", "votes", "Homeland Front", "won", "Latvia", "share", "percent", ""),
        ("6.2 points", 6.2, "percentage_point", "votes", "Homeland Front", "rose", "Latvia", "change",
         "percentage_point", ""),
        ("21", 21, "", "seats", "Homeland Front", "won", "Latvia", "total", "count", ""),
        ("58.7 percent", 58.7, "percent", "turnout; votes; share", "", "measured", "Latvia", "share", "percent",
         _CEC),
        # age (Q9): no place by P1 and the sentence names none
        ("52", 52, "year", "age", _PM, "measured", "", "total", "duration", _PM),
        ("at least two", 2, "", "partner", _PM, "other:invite", "Latvia", "projection", "count", _PM),
        ("Some 1.5 million", 1.5e6, "", "people", "", "measured", "Latvia", "total", "count", ""),
        # "including" is a verb of state (E1); "abroad" names no place
        ("about 65,000", 65000, "", "people", "Latvians", "measured", "", "total", "count", ""),
    ],
    "politics_2": [
        ("15%", 15, "percent", "duty; tax", "mobile money transfers; Kenya", "rose", "Kenya", "rate", "percent", ""),
        ("20%", 20, "percent", "duty; tax", "mobile money transfers; Kenya", "rose", "Kenya", "rate", "percent", ""),
        ("195", 195, "", "vote; votes", "MPs; parliament", "other:approve", "Kenya", "total", "count", ""),
        ("106", 106, "", "vote; votes", "MPs; parliament", "other:approve", "Kenya", "total", "count", ""),
        # raise money is not a rise: other:raise (E2); forecast for the coming year -> projection; F2 two records;
        # F3: Kenya's currency is no dollar, so the bare "$" is USD
        ("346 billion shillings", 346e9, "KES", "revenue", "Kenya; government; Treasury", "other:raise", "Kenya",
         "projection", "currency:KES", "The Treasury; Treasury"),
        ("$2.7bn", 2.7e9, "USD", "revenue", "Kenya; government; Treasury", "other:raise", "Kenya", "projection",
         "currency:USD", "The Treasury; Treasury"),
        # "several thousand": not in the README table, representative 5000 (see docstring)
        ("several thousand", 5000, "", "people", "protesters", "other:fire", "Nairobi", "total", "count", _POL),
        ("48", 48, "", "people", "police", "other:arrest", "Nairobi", "total", "count", _POL),
        ("Two", 2, "", "deaths", "protesters", "killed", "Nairobi; Mombasa", "total", "count", _KNCHR),
        ("at least 17", 17, "", "injured", "protesters; others", "injured", "Nairobi; Mombasa", "total", "count",
         _KNCHR),
        ("nearly a third", 1 / 3, "fraction", "share", "government; Kenya; Interest payments", "other:swallow",
         "Kenya", "share", "fraction", "the World Bank; World Bank"),
    ],
}

_ARTICLES_B = {
    "health_1": (
        "Measles kills three more children in Romania as vaccine uptake slides\n"
        "Three more children have died of measles in Romania this month, and the outbreak's death toll now stands "
        "at 21, the National Institute of Public Health said on Tuesday. New cases rose to 1,240 in the four weeks "
        "to Sunday, up from 860 in the previous four weeks. The share of children who had received a first dose of "
        "the vaccine fell to 74 percent last year from 86 percent in 2014, well short of the World Health "
        "Organization's target of 95 percent. Health officials have opened 40 temporary vaccination centres in "
        "Bucharest alone and plan to open about 25 more in the northeastern county of Iasi by the end of May. The "
        "European Commission has pledged 12 million euros to help the country buy vaccines and hire some 300 "
        "nurses, according to a statement from Brussels."
    ),
    "health_2": (
        "NHS waiting list in England falls to 7.4 million\n"
        "The number of people waiting for routine hospital treatment in England fell by about 38,000 to 7.4 million "
        "at the end of March, figures from NHS England show. Some 190,000 patients had been waiting for more than a "
        "year, compared with 310,000 a year earlier. Ambulances took an average of 36 minutes to reach patients "
        "with suspected heart attacks and strokes, against a target of 18 minutes. \"We have opened 14 community "
        "diagnostic centres since January, and they are now doing around 9,000 scans a week,\" said Dr Helen "
        "Marsh, medical director of Aire Valley NHS Trust in Leeds. The government has promised £1.5bn for "
        "diagnostic services this year, while the Nuffield Trust estimates that clearing the backlog would cost "
        "between £4bn and £6bn. Nurses' union leaders said vacancies for nurses stood at 28,000, or nearly 8% of "
        "posts, down 1.4 percentage points on a year earlier."
    ),
    "science_1": (
        "Japanese capsule brings asteroid dust back to Australian outback\n"
        "A capsule from Japan's Kairo-2 spacecraft landed near Woomera in the South Australian outback early on "
        "Sunday, bringing back about 5.4 grams of dust from the asteroid Tsuru, the country's space agency said. "
        "The spacecraft had travelled 3.2 billion kilometres over six years to collect the sample. Its 16-kilogram "
        "return capsule hit the atmosphere at 12 kilometres per second and was recovered by a team of 30 Japanese "
        "and Australian staff within two hours of landing. Scientists in 14 countries will study the grains, which "
        "could be up to 4.6 billion years old, according to the Japan Aerospace Exploration Agency (JAXA). The "
        "mission has cost 31 billion yen ($200 million), about 40 percent more than first budgeted. \"Every "
        "milligram is precious,\" project manager Aiko Tanabe told reporters, adding that the first results could "
        "be published in three or four months."
    ),
    "science_2": (
        "Swiss glacier volume falls 4% in a year\n"
        "The volume of Switzerland's glaciers fell by 4% last year, the second-largest annual loss on record, "
        "according to the monitoring network Glamos. About 1.2 cubic kilometres of ice melted over the summer and "
        "autumn. The Rhone Glacier alone retreated by 48 metres, and in August the freezing level over the Alps rose "
        "to a record 5,100 metres. Average summer temperatures in Switzerland were 2.3C above the 1991-2020 "
        "average. \"Even if emissions are cut sharply, we expect the remaining volume to fall by around two-thirds "
        "by 2100,\" said Lena Brunner, a glaciologist at ETH Zurich. Researchers said a further 12 small glaciers "
        "had disappeared entirely since 2019, and more than 1,000 have vanished since 1850."
    ),
    "crime_1": (
        "Dayton pharmacist gets 12 years in prison over opioid pills\n"
        "A former pharmacist in Dayton, Ohio, was sentenced by a federal judge on Thursday to 12 years in prison for "
        "illegally dispensing more than 400,000 oxycodone pills, prosecutors said. Dale Wexford, 58, was also "
        "ordered to forfeit $3.1 million and pay a $250,000 fine. A jury convicted him on 27 counts in March after "
        "a three-week trial in which 19 of his former customers testified. Prosecutors said Wexford owned two "
        "pharmacies in the city that filled prescriptions written at a nearby clinic whose doctor is serving a "
        "15-year sentence. At least nine people who bought pills through the scheme later died of overdoses, "
        "according to court documents. Wexford's lawyer, Mark Ellery, said his client would appeal."
    ),
    "crime_2": (
        "Record cocaine haul found in banana boxes at Spanish port\n"
        "Spanish police have seized nearly nine tonnes of cocaine hidden in a shipment of bananas from Ecuador at "
        "the southern port of Algeciras, the largest haul in the country's history, the interior ministry said on "
        "Wednesday. The drugs, found in 30 containers, have an estimated street value of between 250 million and "
        "300 million euros. Dozens of officers took part in raids across Andalusia and Madrid in which 14 people "
        "were arrested, among them six Colombians and three Dutch nationals. The gang is believed to have smuggled "
        "at least 20 tonnes of cocaine into Europe over the past two years, a police spokesperson told AFP. Those "
        "convicted face up to 12 years in prison. Seizures at Spanish ports rose by 28% to 112 tonnes last year, "
        "according to the EU drugs agency."
    ),
    "sport_1": (
        "Calderbrook stun leaders Ashworth to reach FA Cup semi-finals\n"
        "Calderbrook Rovers beat Premier League leaders Ashworth 3-1 at a sold-out Mill Lane on Saturday to reach "
        "the FA Cup semi-finals for the first time in 41 years. Striker Tomás Ferreira, signed from Benfica for "
        "£4.5m in January, scored twice in the space of eight minutes before half-time. Ashworth, who had won "
        "their previous 11 matches in all competitions, pulled a goal back through Jonas Lindqvist after 63 "
        "minutes, but 19-year-old substitute Kai Roberts sealed the win in stoppage time. The crowd of 14,212 was "
        "the ground's biggest since 1998, and thousands of fans spilled onto the pitch at the final whistle. "
        "\"I've been at this club 22 years and I've never heard noise like it,\" said manager Sean Doherty. "
        "Calderbrook, who play in the second tier, will receive about £3m in prize money and television revenue, "
        "according to estimates by the Football Finance Review."
    ),
    "sport_2": (
        "Kenya's Chebet wins Berlin Marathon in course record\n"
        "Kenya's Ruth Chebet won the Berlin Marathon on Sunday in 2 hours 14 minutes 8 seconds, taking 41 seconds "
        "off the course record set two years ago. The 27-year-old pulled away from Ethiopia's Almaz Tesfaye in the "
        "closing stages, and Tesfaye crossed the line almost a minute later in 2:15:02. The elite field included "
        "31 Kenyans and 24 Ethiopians. Chebet collects 30,000 euros for the win plus a 50,000-euro record bonus, "
        "organisers said. A record 48,500 runners from about 150 countries started the race in temperatures of "
        "14C. Britain's Emma Hale, running her first marathon, finished ninth."
    ),
}

_NIPH = "the National Institute of Public Health; National Institute of Public Health"
_BRUSSELS = "a statement from Brussels; Brussels"
_NHSE = "figures from NHS England; NHS England"
_WAITING = "people waiting for routine hospital treatment; patients; NHS waiting list"
_MARSH = "Dr Helen Marsh; Helen Marsh"
_UNION = "Nurses' union leaders; nurses' union"
_JAXA_1 = "the country's space agency; Japan Aerospace Exploration Agency; JAXA"
_JAXA_2 = "the Japan Aerospace Exploration Agency (JAXA); Japan Aerospace Exploration Agency; JAXA"
_SWISS = "Switzerland's glaciers; glaciers; Swiss glaciers"
_WEX = "Dale Wexford; Wexford; former pharmacist"

_LABELS_B = {
    "health_1": [
        # headline: "kills" -> killed; "more" = in addition, outside the surface
        ("three", 3, "", "deaths", "children", "killed", "Romania", "incremental", "count", "",
         "kills three more children"),
        ("Three", 3, "", "deaths", "children", "killed", "Romania", "incremental", "count", _NIPH,
         "Three more children have died"),
        # "toll ... stands at" : verb of state, noun toll -> killed (E1)
        ("21", 21, "", "deaths", "", "killed", "Romania", "total", "count", _NIPH),
        # "new cases" over a stated window -> incremental; A1: no attribution in this sentence
        ("1,240", 1240, "", "case", "", "rose", "Romania", "incremental", "count", ""),
        # earlier level of the same window count (silent point 4)
        ("860", 860, "", "case", "", "rose", "Romania", "incremental", "count", ""),
        ("74 percent", 74, "percent", "share", "children", "fell", "Romania", "share", "percent", ""),
        ("86 percent", 86, "percent", "share", "children", "fell", "Romania", "share", "percent", ""),
        # target: measured + projection, WHO's figure not restricted to Romania (silent point 5)
        ("95 percent", 95, "percent", "share", "World Health Organization; children", "measured", "",
         "projection", "percent", ""),
        ("40", 40, "", "centre", "health officials", "other:open", "Bucharest", "total", "count", "",
         "opened 40 temporary"),
        # planned batch still to come -> projection (C4); "county of Iasi" -> "Iasi" (P3)
        ("about 25", 25, "", "centre", "health officials", "other:open", "Iasi", "projection", "count", ""),
        ("12 million euros", 12e6, "EUR", "aid", "European Commission", "pledged", "Romania", "total",
         "currency:EUR", _BRUSSELS),
        # nurses to be hired with the pledge: planned -> projection
        ("some 300", 300, "", "people", "nurses", "other:hire", "Romania", "projection", "count", _BRUSSELS),
    ],
    "health_2": [
        ("7.4 million", 7.4e6, "", "people", _WAITING, "fell", "England", "total", "count", "",
         "falls to 7.4 million"),
        ("about 38,000", 38000, "", "people", _WAITING, "fell", "England", "change", "count", _NHSE),
        ("7.4 million", 7.4e6, "", "people", _WAITING, "fell", "England", "total", "count", _NHSE,
         "38,000 to 7.4 million"),
        # "for more than a year" is not a figure (indefinite article)
        ("Some 190,000", 190000, "", "people", "patients", "other:wait", "England", "total", "count", ""),
        ("310,000", 310000, "", "people", "patients", "other:wait", "England", "total", "count", ""),
        # "an average of" is not a qualifier in the README table
        ("36 minutes", 36, "minute", "duration", "ambulances", "other:take", "England", "total", "duration", ""),
        ("18 minutes", 18, "minute", "duration", "ambulances", "measured", "England", "projection", "duration",
         ""),
        ("14", 14, "", "centre", "Aire Valley NHS Trust; we", "other:open", "Leeds", "total", "count", _MARSH,
         "opened 14 community"),
        # "a week" is the rate period, not a figure
        ("around 9,000", 9000, "", "scan", "community diagnostic centres; centres; Aire Valley NHS Trust",
         "other:do", "Leeds", "weekly", "count", _MARSH),
        # promise of money -> aid line (silent point 16)
        ("£1.5bn", 1.5e9, "GBP", "aid", "government; the government", "pledged", "England", "total",
         "currency:GBP", ""),
        # range: value = midpoint 5e9; hypothetical cost ("would") -> projection
        ("between £4bn and £6bn", 5e9, "GBP", "cost", "", "cost", "England", "projection", "currency:GBP",
         "the Nuffield Trust; Nuffield Trust"),
        ("28,000", 28000, "", "vacancy", "nurses", "measured", "England", "total", "count", _UNION),
        ("nearly 8%", 8, "percent", "share", "nurses", "measured", "England", "share", "percent", _UNION),
        ("1.4 percentage points", 1.4, "percentage_point", "share", "nurses", "fell", "England", "change",
         "percentage_point", _UNION),
    ],
    "science_1": [
        # landing event placed at Woomera by its sentence (silent point 7); "bringing back" -> bring (E2)
        ("about 5.4 grams", 5.4, "gram", "mass", "capsule; Kairo-2", "other:bring", "Woomera", "total", "mass",
         _JAXA_1),
        # "over six years" is the reference period, not a figure
        ("3.2 billion kilometres", 3.2e9, "km", "distance", "spacecraft; Kairo-2", "other:travel", "", "total",
         "length", ""),
        ("16-kilogram", 16, "kg", "mass", "return capsule; capsule", "measured", "", "total", "mass", ""),
        ("12 kilometres per second", 12, "km/s", "speed", "return capsule; capsule", "other:hit", "", "total",
         "speed", ""),
        ("30", 30, "", "people", "Japanese and Australian staff; staff; team", "other:recover", "Woomera",
         "total", "count", ""),
        # E3 "within N of X": event the verb it dates; surface without "within" (silent point 6)
        ("two hours", 2, "hour", "duration", "team; staff", "other:recover", "Woomera", "total", "duration", ""),
        ("14", 14, "", "country", "scientists", "other:study", "", "projection", "count", _JAXA_2),
        ("up to 4.6 billion years old", 4.6e9, "year", "age", "grains", "measured", "", "total", "duration",
         _JAXA_2),
        # F2: one sum in two currencies -> two records
        ("31 billion yen", 31e9, "JPY", "cost", "mission", "cost", "", "total", "currency:JPY", ""),
        ("$200 million", 200e6, "USD", "cost", "mission", "cost", "", "total", "currency:USD", ""),
        # the figure is the difference -> "more" inside the surface (README "about 1,000 more")
        ("about 40 percent more", 40, "percent", "cost", "mission", "cost", "", "change", "percent", ""),
        # F1 "N or M" -> one range record, value = midpoint 3.5; a duration still to come -> projection (C4)
        ("three or four months", 3.5, "month", "duration", "results; first results", "other:publish", "",
         "projection", "duration", "Aiko Tanabe; project manager Aiko Tanabe"),
    ],
    "science_2": [
        ("4%", 4, "percent", "volume", "Swiss glaciers; glaciers; Switzerland's glaciers", "fell", "Switzerland",
         "change", "percent", "", "falls 4%"),
        ("4%", 4, "percent", "volume", _SWISS, "fell", "Switzerland", "change", "percent",
         "the monitoring network Glamos; Glamos", "fell by 4%"),
        # no window words, dated period -> total (silent point 11); unit km3 (silent point 8)
        ("About 1.2 cubic kilometres", 1.2, "km3", "ice", _SWISS, "other:melt", "Switzerland", "incremental",
         "volume",
         ""),
        ("48 metres", 48, "meter", "distance", "Rhone Glacier", "other:retreat", "Rhone Glacier", "change",
         "length", ""),
        # "a record" is not a qualifier
        ("5,100 metres", 5100, "meter", "height", "freezing level", "rose", "Alps", "total", "length", ""),
        ("2.3C", 2.3, "celsius", "temperature", "average summer temperatures; summer temperatures", "measured",
         "Switzerland", "change", "temperature", ""),
        # forecast fall -> projection (settled line); 2/3 as a fraction
        ("around two-thirds", 0.667, "fraction", "volume", "remaining volume; Swiss glaciers; glaciers", "fell",
         "Switzerland", "projection", "fraction", "Lena Brunner"),
        ("12", 12, "", "glacier", "small glaciers; glaciers", "other:disappear", "Switzerland", "incremental",
         "count", "researchers; Researchers", "a further 12 small"),
        ("more than 1,000", 1000, "", "glacier", "glaciers", "other:vanish", "Switzerland", "total", "count",
         "researchers; Researchers"),
    ],
    "crime_1": [
        ("12 years", 12, "year", "duration", "Dayton pharmacist; Dale Wexford; Wexford", "other:get", "Dayton",
         "total", "duration", "", "gets 12 years"),
        ("12 years", 12, "year", "duration", _WEX, "other:sentence", "Dayton", "total", "duration",
         "prosecutors", "Thursday to 12 years"),
        ("more than 400,000", 400000, "", "pill", _WEX, "other:dispense", "Dayton", "total", "count",
         "prosecutors"),
        ("58", 58, "year", "age", "Dale Wexford; Wexford", "measured", "", "total", "duration", ""),
        ("$3.1 million", 3.1e6, "USD", "money", "Dale Wexford; Wexford", "other:forfeit", "Dayton", "total",
         "currency:USD", ""),
        ("$250,000", 250000, "USD", "fine", "Dale Wexford; Wexford", "other:pay", "Dayton", "total",
         "currency:USD", ""),
        ("27", 27, "", "count", "Dale Wexford; Wexford; him", "other:convict", "Dayton", "total", "count", ""),
        # a duration whose noun names an action -> other:<noun> (settled line)
        ("three-week", 3, "week", "duration", "", "other:trial", "Dayton", "total", "duration", ""),
        ("19", 19, "", "people", "former customers; customers", "other:testify", "Dayton", "total", "count", ""),
        ("two", 2, "", "pharmacy", "Wexford", "measured", "Dayton", "total", "count", "Prosecutors; prosecutors"),
        ("15-year", 15, "year", "duration", "doctor", "other:serve", "Dayton", "total", "duration",
         "Prosecutors; prosecutors"),
        ("At least nine", 9, "", "deaths", "people who bought pills through the scheme; people", "killed",
         "Dayton", "total", "count", "court documents"),
    ],
    "crime_2": [
        ("nearly nine tonnes", 9, "tonne", "mass", "Spanish police; police", "other:seize", "Algeciras", "total",
         "mass", "the interior ministry; interior ministry"),
        # same seizure event, placed by the opening (silent point 7)
        ("30", 30, "", "container", "drugs; shipment", "other:find", "Algeciras", "total", "count", "",
         "found in 30 containers"),
        # Q3 street value -> price; noun "value" -> cost (E1); range value = midpoint 275e6
        ("between 250 million and 300 million euros", 275e6, "EUR", "price", "drugs; cocaine", "cost",
         "Algeciras", "total", "currency:EUR", ""),
        # Q4 officers -> people; "took part" idiom -> literal verb (E2); vague: representative value 36
        ("Dozens", 36, "", "people", "police; Spanish police", "other:take", "Andalusia; Madrid", "total",
         "count", ""),
        ("14", 14, "", "people", "people; officers; police", "other:arrest", "Andalusia; Madrid", "total",
         "count", ""),
        # Q5 nationals; C2 part of a whole -> total
        ("six", 6, "", "people", "Colombians", "other:arrest", "Andalusia; Madrid", "total", "count", ""),
        ("three", 3, "", "people", "Dutch nationals", "other:arrest", "Andalusia; Madrid", "total", "count", ""),
        # window "over the past two years" -> incremental (C3); the window itself is not a figure
        ("at least 20 tonnes", 20, "tonne", "mass", "gang", "other:smuggle", "Europe", "incremental", "mass",
         "a police spokesperson; police spokesperson"),
        ("up to 12 years", 12, "year", "duration", "those convicted", "other:face", "", "projection", "duration",
         ""),
        ("28%", 28, "percent", "seizure", "Spanish ports; ports", "rose", "Spain", "change", "percent",
         "the EU drugs agency; EU drugs agency"),
        ("112 tonnes", 112, "tonne", "seizure", "Spanish ports; ports", "rose", "Spain", "total", "mass",
         "the EU drugs agency; EU drugs agency"),
    ],
    "sport_1": [
        # scoreline: one record per side (silent point 1); P4 named venue
        ("3", 3, "", "goal", "Calderbrook Rovers; Calderbrook", "other:beat", "Mill Lane", "total", "count", "",
         "Ashworth 3-1 at"),
        ("1", 1, "", "goal", "Ashworth", "other:beat", "Mill Lane", "total", "count", "", "3-1 at a sold-out"),
        ("41 years", 41, "year", "duration", "Calderbrook Rovers; Calderbrook", "other:reach", "", "total",
         "duration", ""),
        ("£4.5m", 4.5e6, "GBP", "deal_value", "Calderbrook; Calderbrook Rovers; Tomás Ferreira", "other:sign",
         "", "total", "currency:GBP", ""),
        ("twice", 2, "", "goal", "Tomás Ferreira; Ferreira", "other:score", "Mill Lane", "total", "count", ""),
        ("eight minutes", 8, "minute", "duration", "Tomás Ferreira; Ferreira", "other:score", "Mill Lane",
         "total", "duration", ""),
        ("11", 11, "", "match", "Ashworth", "won", "", "total", "count", ""),
        # E3 "after N": event of the clause ("pulled a goal back" -> pull)
        ("63 minutes", 63, "minute", "duration", "Jonas Lindqvist; Lindqvist; Ashworth", "other:pull",
         "Mill Lane", "total", "duration", ""),
        ("19-year-old", 19, "year", "age", "Kai Roberts", "measured", "", "total", "duration", ""),
        ("14,212", 14212, "", "people", "crowd", "measured", "Mill Lane", "total", "count", ""),
        # vague: representative value 5000
        ("thousands", 5000, "", "people", "fans", "other:spill", "Mill Lane", "total", "count", ""),
        ("22 years", 22, "year", "duration", "Sean Doherty", "measured", "", "total", "duration",
         "Sean Doherty; manager Sean Doherty"),
        ("about £3m", 3e6, "GBP", "revenue", "Calderbrook; Calderbrook Rovers", "other:receive", "",
         "projection", "currency:GBP",
         "estimates by the Football Finance Review; Football Finance Review"),
    ],
    "sport_2": [
        # race time in seconds: 2*3600 + 14*60 + 8 = 8048 (silent point 3)
        ("2 hours 14 minutes 8 seconds", 8048, "second", "duration", "Ruth Chebet; Chebet", "won", "Berlin",
         "total", "duration", ""),
        ("41 seconds", 41, "second", "duration", "Ruth Chebet; Chebet", "other:take", "Berlin", "change",
         "duration", ""),
        # E3 "N ago": dates the setting of the old record; setter unnamed
        ("two years", 2, "year", "duration", "", "other:set", "Berlin", "total", "duration", ""),
        ("27-year-old", 27, "year", "age", "Ruth Chebet; Chebet", "measured", "", "total", "duration", ""),
        # 2*3600 + 15*60 + 2 = 8102; "almost a minute later" is not a figure
        ("2:15:02", 8102, "second", "duration", "Almaz Tesfaye; Tesfaye", "other:cross", "Berlin", "total",
         "duration", ""),
        ("31", 31, "", "people", "Kenyans", "measured", "Berlin", "total", "count", ""),
        ("24", 24, "", "people", "Ethiopians", "measured", "Berlin", "total", "count", ""),
        ("30,000 euros", 30000, "EUR", "money", "Ruth Chebet; Chebet", "other:collect", "Berlin", "total",
         "currency:EUR", "organisers"),
        ("50,000-euro", 50000, "EUR", "money", "Ruth Chebet; Chebet", "other:collect", "Berlin", "total",
         "currency:EUR", "organisers"),
        # "a record" is not a qualifier
        ("48,500", 48500, "", "people", "runners", "other:start", "Berlin", "total", "count", ""),
        ("about 150", 150, "", "country", "runners", "measured", "Berlin", "total", "count", ""),
        ("14C", 14, "celsius", "temperature", "", "measured", "Berlin", "total", "temperature", ""),
    ],
}

ARTICLES: dict[str, str] = {**_ARTICLES_A, **_ARTICLES_B}
LABELS: dict[str, list[tuple]] = {**_LABELS_A, **_LABELS_B}
