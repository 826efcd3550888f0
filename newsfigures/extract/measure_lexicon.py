"""The news vocabulary a figure's measure is normalised through (tests/gold/measures/GUIDE.md), kept as data:
quantity classes, event classes, units of measure, per-period and projection words."""
from __future__ import annotations

from newsfigures.extract.word_senses import change_verbs_of, noun_classes

# Counted lemma -> quantity class ("the first matching line" of the GUIDE's quantity table). A lemma absent
# from every table falls back to itself (the head lemma, singular).
# Outcome nouns: the hand list, and every noun whose first WordNet sense is a death, a killing or an injury
# (extract/data/noun_classes.txt: "13 murders", East Timor trial bg_169; "massacres", "fractures"), so that whatever
# reads a casualty word (the quantity, whose toll it is) reads these alike.
CASUALTY_QUANTITIES: dict[str, str] = {
    **{w: q for w, q in noun_classes().items() if q in ("deaths", "injured")},
    **dict.fromkeys(("dead", "death", "toll", "fatality", "body", "corpse", "life", "martyr"), "deaths"),
    **dict.fromkeys(("injured", "wounded", "injury", "hurt"), "injured"),
    **dict.fromkeys(("casualty",), "casualties"),
    **dict.fromkeys(("missing", "disappearance", "disappeared", "unaccounted"), "missing"),
    **dict.fromkeys(("displaced", "homeless", "evacuee", "refugee", "displacement", "evacuated"), "displaced"),
}
TROOP_NOUNS: frozenset[str] = frozenset({"soldier", "troop", "personnel", "fighter", "serviceman", "servicemen",
                                         "marine", "sailor", "paratrooper", "reservist", "conscript", "infantryman",
                                         # stop 41: Q1's "armed group, state or not" in the word for a
                                         # paramilitary force's members, which WordNet files as no person
                                         "paramilitary"})
# The troops line's own word for them that WordNet files as a group, not a person ("soldiers, troops, personnel,
# forces, fighters"): "11,000 foreign forces" are troops. Only the quantity reads it: whose casualties "forces
# have suffered" stay casualties (a force is no group of persons there, extract/counted.py).
FORCE_NOUNS: frozenset[str] = frozenset({"force"})
# Words before "force" that name a force of no armed persons: police (Q4: `people`) and workers (the people line).
UNARMED_FORCE_WORDS: frozenset[str] = frozenset({"police", "labour", "labor", "work"})
# Nouns for persons: counted without a casualty event they are "people", with one they are that casualty.
PERSON_NOUNS: frozenset[str] = frozenset({
    "people", "person", "resident", "civilian", "worker", "employee", "man", "men", "woman", "women", "child",
    "children", "adult", "citizen", "individual", "inhabitant", "villager", "passenger", "protester",
    "demonstrator", "student", "patient", "migrant", "donor", "voter", "respondent", "captive", "hostage",
    "detainee", "prisoner", "journalist", "player", "deputy", "mp", "member", "dictator", "official", "other",
    "others", "survivor", "victim", "crew", "pilgrim", "tourist", "teenager", "boy", "girl", "baby", "infant",
    "farmer", "miner", "doctor", "nurse", "teacher", "police", "officer", "policeman", "firefighter",
    "rescuer", "volunteer", "refugee", "asylum-seeker", "priest", "fan", "spectator", "athlete",
    # dev, Lee batch: "militants" in bg_001 (Kashmir, Pakistan) and the israel_palestinian_2001 thread (bg_014,
    # bg_277); "asylum seekers" (head "seeker") in woomera_detention_unrest (bg_084) and the Nauru deal (bg_180)
    "militant", "seeker",
    # stop 41, a general-ground check of ordinary news nouns ("Police said 14 <noun> were ..."): persons the WordNet
    # data misses (a medic's first sense is a plant, "carer" and the abbreviation "MEP" are not in it)
    "medic", "carer", "mep",
})
# Money of a named kind (the counted noun), else "money".
MONEY_QUANTITIES: dict[str, str] = {
    **dict.fromkeys(("aid", "relief", "donation", "pledge", "assistance", "contribution"), "aid"),
    # stop 35, the money kinds in the ordinary news words for them (a lexicographer's list, no dev case):
    # "a $5 million grant" is a gift of money (aid); "takings", "tax receipts", "the proceeds of the sale" are
    # what comes in (revenue); "earnings" and "operating income" what is left (profit, as "net income");
    # "borrowings" and "liabilities" what is owed (debt)
    **dict.fromkeys(("grant",), "aid"),
    # stop 40, the aid line's "donations" in the word wire copy uses for one ("a $50 million gift to the hospital");
    # WordNet files "donation" under gift.n.01, whose subtree also holds prizes and awards, so the word, not the root
    **dict.fromkeys(("gift",), "aid"),
    **dict.fromkeys(("revenue", "turnover", "takings", "taking", "receipt", "proceeds", "proceed"), "revenue"),
    **dict.fromkeys(("sale",), "sales"),
    **dict.fromkeys(("profit", "net income", "earning", "earnings", "operating income", "pre-tax income"), "profit"),
    **dict.fromkeys(("debt", "deficit", "borrowing", "liability"), "debt"),
    # Q3: "what an action, project, repair, damage or purchase costs the one who pays ("damage put at $10 million")
    # is `cost`": the guide's nouns (a purchase between companies stays deal_value, below)
    **dict.fromkeys(("cost", "bill", "expense", "damage", "repair", "project"), "cost"),
    **dict.fromkeys(("price", "fare", "toll", "fee", "rent"), "price"),  # a sum on "toll" is passage sold: "a $4 toll"
    # stop 37, Q3 "is worth on a market" in its two-word names: "a street value of $20 million" (crime), "its market
    # value climbed to $3 trillion" (markets)
    **dict.fromkeys(("market value", "street value"), "price"),
    # what a court, a regulator or an agreement makes one side pay the other ("$5 million in damages", "a $200
    # million settlement", "$20 million in compensation")
    **dict.fromkeys(("fine", "penalty", "damages", "settlement", "compensation"), "fine"),
    **dict.fromkeys(("budget",), "budget"),
    **dict.fromkeys(("deal", "acquisition", "takeover", "merger", "purchase", "bid", "buyout", "offer"),
                    "deal_value"),
    **dict.fromkeys(("spending", "expenditure", "outlay", "investment"), "spending"),
    **dict.fromkeys(("wealth", "fortune", "net worth"), "wealth"),
    **dict.fromkeys(("salary", "wage", "pay", "bonus", "remuneration", "pay package", "compensation package"),
                    "salary"),
    **dict.fromkeys(("money", "cash", "fund", "sum", "amount"), "money"),
}
# The named kinds of money (GUIDE: "revenue, sales, ... salary | money of that kind"): what a sum's noun may say it is,
# by the table above or by its first WordNet sense (extract/word_senses.noun_class).
MONEY_KINDS: frozenset[str] = frozenset(MONEY_QUANTITIES.values()) - {"money"}
# Verbs that set a sum aside: a budget's share unless its clause names another kind ("allocated $5 million in
# emergency aid", "earmarked $10 million for relief efforts": aid, and pledged as aid is whatever verb carries it).
SET_ASIDE_VERBS: frozenset[str] = frozenset({"allocate", "earmark"})
SET_ASIDE_KIND = "budget"
# Event lemma -> the kind of money a sum is when its noun does not say ("spent $177 million").
MONEY_BY_EVENT: dict[str, str] = {
    **dict.fromkeys(("pledge", "donate", "contribute", "give", "grant"), "aid"),
    **dict.fromkeys(SET_ASIDE_VERBS, SET_ASIDE_KIND),  # a sum set aside from a budget (lexicon.EVENT_FAMILIES)
    **dict.fromkeys(("spend", "invest"), "spending"),
    **dict.fromkeys(("buy", "acquire", "purchase"), "deal_value"),
    **dict.fromkeys(("cost",), "cost"),
    **dict.fromkeys(("fine",), "fine"),
    **dict.fromkeys(("earn",), "revenue"),
    **dict.fromkeys(("owe",), "debt"),  # "the country owes $30 billion": what it owes is its debt
    **dict.fromkeys(("bid",), "deal_value"),  # "Acme bid $5 billion for Beta": what a buyer offers for a company
    **dict.fromkeys(("gross",), "revenue"),  # "the film grossed $120 million": what it took in
}
# Verbs by which a sum is gathered from many givers: raised or collected "for" persons ("The charity raised $8 million
# for victims") or "from" persons of the people line ("collecting more than $8 million from 100,000 people",
# wn2004_094) it is donations, the aid line; "raised $2 billion from investors" stays money.
RAISING_VERBS: frozenset[str] = frozenset({"raise", "collect"})
# Nouns of a payment owed, not given: a sum raised or collected "in" one of them is no donation ("$3 million collected
# from residents in rates", "$2 billion from drivers in fuel levies", "in annual dues"; review35, stop 36).
LEVY_NOUNS: frozenset[str] = frozenset({"tax", "rate", "levy", "duty", "tariff", "toll", "due", "fee", "fine",
                                        "charge", "rent", "premium", "fare"})
# Verbs by which a thing is built: a sum written on their object is what the project costs (Q3: "what an action,
# project ... costs"): "build a $1.5 billion pipeline" (lee bg_068), "the bridge will cost $2 million".
BUILDING_VERBS: frozenset[str] = frozenset({"build", "construct"})
# What is built up as a value, not constructed: a sum on it is what it is worth, no project's cost ("He built a $3
# billion business"; review35). Not a group's first sense at large: "build a $200 million school / university /
# church / clinic / rail network" are projects (review36).
VALUE_BUILT_NOUNS: frozenset[str] = frozenset({"business", "company", "firm", "empire", "enterprise", "fortune",
                                               "brand", "portfolio", "franchise", "startup"})
# Plurals that name another kind of money than their singular: "$5 million in damages" is what a court awards (the
# fine line), "damage put at $10 million" what a harm costs (Q3, cost).
MONEY_PLURALS: dict[str, str] = {"damages": "fine"}
# Money nouns of two kinds that are a person's pay when a person owns them or they are paid by the hour or week (Q3:
# "a person's salary, wage or pay is `salary`"): "the chief executive's compensation" (not "$20 million in
# compensation" to victims, fine), "the actor's earnings", "average weekly earnings" (not "Acme's earnings", profit).
PERSON_PAY_NOUNS: frozenset[str] = frozenset({"compensation", "earning", "earnings"})
WAGE_PERIODS: frozenset[str] = frozenset({"hourly", "weekly"})
PERSON_POSSESSIVES: frozenset[str] = frozenset({"his", "her", "my", "your"})  # one person's ("its", "their" may not be)
# Verbs of a claim or award under which "damages" is the award ("awarded $5 million in damages", "is seeking $2
# million in damages", "ordered to pay"): "the storm caused $5 million in damages" is a harm's cost (review35).
AWARD_VERBS: frozenset[str] = frozenset({"award", "seek", "claim", "sue", "order", "pay", "win", "receive", "demand"})
# Verbs by which persons leave their homes, and the noun of the home they leave: a count of persons who "have left
# their homes" or "have been forced to vacate their homes" counts the displaced (Lee dev: nsw_bushfires_2001 bg_000
# "An estimated 500 residents have left their homes", "Hundreds of people have been forced to vacate their homes";
# East Timor trial bg_169 "forced residents of Los Palos to flee their homes"). "force" only through the leaving
# verb it takes ("forced to vacate") or "from" ("forced from their homes"); "order" too, an evacuation order (stop
# 62: "About 9,000 residents were ordered to leave their homes", "more than 2,500 residents were ordered to leave
# their homes", two wildfire stories of stops 42's and 62's probes, written by two hands). Persons who "lost their
# homes" are the table's "made homeless" (displaced line) by the same reading.
LEAVING_VERBS: frozenset[str] = frozenset({"leave", "vacate", "flee", "abandon", "lose"})
# stop 37, Q2's evacuees told by where persons shelter away from home: "3,500 people are sheltering in evacuation
# centres" (disasters), "40,000 people are sheltering in UN schools" (conflict), "have taken refuge in churches",
# "sought shelter in a stadium"
SHELTERING_VERBS: frozenset[str] = frozenset({"shelter"})
REFUGE_NOUNS: frozenset[str] = frozenset({"refuge", "shelter"})  # the object of "take" or "seek"
# where persons who shelter stay put, no displacement ("sheltering in place" in a lockdown or a manhunt, "sheltered
# at home" from a storm; review37b)
STAYING_PUT_NOUNS: frozenset[str] = frozenset({"place", "home", "house"})
# Verbs by which persons counted undergo an outcome the table names by its noun, their object: "Twelve miners lost
# their lives" (deaths: "lives lost"), "200 people suffered injuries", "40 sustained wounds" (injured).
SUFFERING_VERBS: frozenset[str] = frozenset({"lose", "suffer", "sustain"})
FORCING_VERBS: frozenset[str] = frozenset({"force", "drive", "order"})
HOME_NOUNS: frozenset[str] = frozenset({"home", "house"})
# Verbs of the pledged family that say no gift: a sum only promised is money unless its noun names aid ("promised
# up to $500 million a year in savings", wn2004_025; "promised to deliver about $195 million in entitlements", Lee
# bg_203).
PROMISE_VERBS: frozenset[str] = frozenset({"promise"})
# Verbs of a sale whose thing a sum is written on states its price: "offering $5 flights" (Lee bg_042), "paying for
# a $13,000 heater" (Lee bg_232). Not "sell": "sold a $2 billion stake" is a deal's value.
PRICE_VERBS: frozenset[str] = frozenset({"offer", "pay"})
MARKET_NOUNS: dict[str, str] = {
    **dict.fromkeys(("share", "stock"), "share_price"),
    **dict.fromkeys(("index", "dow", "nasdaq", "sensex", "nikkei", "ftse", "dax", "cac", "s&p", "hang seng"),
                    "index_level"),
    # stop 40, the GUIDE's index_level line ("a stock index ... (Sensex, Dow ...)") in the names of the other
    # benchmark stock indices wire reports quote (a lexicographer's list of the world's main exchanges, no dev case)
    **dict.fromkeys(("kospi", "topix", "stoxx", "asx", "tsx", "ibex", "bovespa", "nifty", "smi", "aex", "jse",
                     "kse", "psei", "klci", "taiex", "merval"), "index_level"),
}
# Words that name a market, so that points in their sentence (or the one after it) are an index's
# (extract/index_points.py): "The sharemarket rose 40 points", "Stocks slid. The benchmark lost 30 points".
MARKET_WORDS: frozenset[str] = frozenset({"market", "sharemarket", "stockmarket", "bourse", "stock", "share",
                                          "benchmark", "ordinaries"})
MARKET_PHRASES: tuple[str, ...] = ("wall street", "hang seng", "all ords", "s&p")
# Verbs of a side's result: points scored, won or led by are a game's, whatever market its story names ("The Wall
# Street Journal reported the team scored 20 points", "active in the transfer market ... won by 12 points").
SCORING_VERBS: frozenset[str] = frozenset({"score", "win", "lead", "beat", "defeat", "trail", "concede"})
# Words that say an amount, never the thing counted: "less than half as many votes" (wn2004_074), "ten more in
# Thailand" (Myanmar earthquake), "27 more children" (Texas floods): the noun they qualify, or the elided one.
QUANTIFIERS: frozenset[str] = frozenset({"many", "much", "few", "more"})
# Container or anaphoric nouns (extract/lexicon.py) that, with a number on them, are themselves counted: charges in
# "his indictment of one count of murder and nine counts of kidnapping" (wn2004_099) and "Moussaoui faces six counts"
# (Lee bg_167).
NUMBERED_NOUNS: frozenset[str] = frozenset({"count"})
# Nouns that count how often the figure's verb happened ("suspended 5 times"): the event's noun is counted.
FREQUENCY_NOUNS: frozenset[str] = frozenset({"time"})
ELECTION_NOUNS: dict[str, str] = {"vote": "votes", "ballot": "votes", "seat": "seats"}
# Cricket scores (extract/sport.py): a bare number in a sentence with one of these words is runs, or wickets
# first in a scoreline. Dev: wn2004_040 (Australia v New Zealand: "stumped for 68", "not out on 144") and the Lee
# cricket_aus_sa_2001 thread (bg_047 "resume at three for 89", bg_118 "dismissed ... for 128", bg_132 "out for 9",
# "Hayden scored 131 before he was bowled", bg_139 "at 0 for 3, an overall lead of 68").
CRICKET_WORDS: frozenset[str] = frozenset({"wicket", "wickets", "innings", "stumps", "stumped", "bowl", "bowled",
                                           "bowling", "bowler", "overs", "batsman", "batsmen",
                                           "duck"})  # out for nought: "dismissed for a duck" (lee bg_275, bg_037, bg_118)
# Nouns that name one contest of a series and nothing else in sport news, as written (a cricket "Test", a test match;
# a Davis Cup or Fed Cup "rubber"): what a series' scoreline and its size count (extract/sport.py `series_contest`):
# "Australia is now 1-0 in the best of three series. The next Test ..." (cricket_aus_sa_2001 bg_118), "the third Test
# ... after the rain-affected series ended 0-0" (cricket_aus_nz_2001 bg_258), "the doubles rubber ... with the tie
# levelled at 1-1" (davis_cup_final_2001 bg_299). WordNet 3.0 knows neither sense ("test match" only as two words).
SERIES_CONTESTS: dict[str, str] = {"Test": "test", "Tests": "test", "rubber": "rubber", "rubbers": "rubber"}
# Verbs whose bare object is a side's or a batsman's runs ("scored 131", "Chasing 375", "Set 375", "need 300").
RUN_VERBS: frozenset[str] = frozenset({"score", "chase", "set", "need", "make"})
# A side's target (extract/event.run_event): the runs it is set, chases or needs, or a bare number "to win"/"for
# victory", are what it needs (other:need): "Set 375 for victory", "Chasing 375 for victory", "chasing 200"
# (cricket_aus_sa_2001 bg_118, bg_132, bg_139), "Set 440 to win", "after being set 440 to win" (cricket_aus_nz_2001
# bg_258, bg_275).
TARGET_VERBS: frozenset[str] = frozenset({"set", "chase", "need"})
TARGET_PHRASES: frozenset[tuple[str, str]] = frozenset({("to", "win"), ("for", "victory")})
# Measured things: the counted word (or what counted.py names a measure after) -> quantity.
MEASUREMENT_NOUNS: dict[str, str] = {
    "age": "age", "duration": "duration",
    **dict.fromkeys(("distance", "length", "width", "depth", "thickness", "range"), "distance"),
    **dict.fromkeys(("height", "altitude", "elevation"), "height"),
    **dict.fromkeys(("weight", "mass"), "mass"), "magnitude": "magnitude", "speed": "speed",
    "area": "area", "temperature": "temperature", "probability": "probability", "chance": "probability",
    "odds": "probability", "likelihood": "probability",
}
# Storeys on a noun measure its height ("a new 15-story external fuel tank", wn2004_093; "four-storey apartment
# buildings", Lee bg_011; "the small one storey building", Lee bg_177).
STOREY_NOUNS: frozenset[str] = frozenset({"story", "storey"})
# Dimension of a measure -> the quantity a measure of that dimension is, when no word names it.
QUANTITY_OF_DIMENSION: dict[str, str] = {
    "length": "distance", "mass": "mass", "duration": "duration", "speed": "speed", "area": "area",
    "temperature": "temperature", "magnitude": "magnitude", "volume": "volume", "force": "force",
    "power": "power", "energy": "energy", "data_size": "data_size",
}
# Quantities that count persons who suffered an outcome, with the event class each one is.
# The quantities of a count of persons who suffered no casualty line: what a count of persons is when no casualty
# event is its own ("75 militants", "500 residents"); the casualty lines come before them (the table's first match).
PERSON_COUNTS: tuple[str, ...] = ("people", "troops")
CASUALTY_EVENTS: dict[str, str] = {"deaths": "killed", "injured": "injured", "missing": "missing",
                                   "displaced": "displaced"}
# Event families of extract/lexicon.py EVENT_FAMILIES that turn a count of persons into a casualty quantity.
CASUALTY_FAMILIES: dict[str, str] = {"killed": "deaths", "wounded": "injured", "casualties": "casualties",
                                     "missing": "missing", "displaced": "displaced"}
# The casualty family of a verb no hand list names, from its WordNet class (extract/word_senses.verb_class):
# "slaughtered 30 villagers" counts deaths as "killed 30 villagers" does.
# stop 40: the missing line's verbs too ("vanish", "disappear": "three hikers vanished" count the missing)
CASUALTY_FAMILY_OF_CLASS: dict[str, str] = {"killed": "killed", "injured": "wounded", "missing": "missing"}

# Event classes: a lemma's own class first, then its family's (extract/lexicon.py EVENT_FAMILIES), else
# "other:<lemma>".
EVENT_CLASS_OF_LEMMA: dict[str, str] = {
    **dict.fromkeys(("buy", "acquire", "purchase"), "bought"),
    **dict.fromkeys(("sell",), "sold"),
    **dict.fromkeys(("cost", "worth", "value", "price"), "cost"),
    **dict.fromkeys(("win", "garner", "reelect", "re-elect", "elect", "poll"), "won"),
    **dict.fromkeys(("say", "estimate", "report", "announce", "claim", "state", "predict", "forecast",
                     "project", "expect"), "said"),
    **dict.fromkeys(("measure", "register"), "measured"),
}
# Quantities whose event class is given by their nature, when no verb of a closed class says otherwise, whatever
# verb carries them: a sum of aid is `pledged` ("Australia has linked $10 million of aid", Nauru deal bg_180; the
# aid of wn2004_094 tsunami relief and wn2004_021 Japan's ODA is `pledged` in the gold, "loans to China total
# $30bn"), a cost is `cost` ("the damage bill ... has reached more than $1.5 million", woomera_detention_unrest
# bg_113), unless a verb gathers the sum or hands it over (`SUM_ACTS`). Money "collected" or "raised"
# (`RAISING_VERBS`) keeps its verb: it is neither pledged (the guide's pledged line is "pledged, donated, gave,
# promised money") nor what a thing costs ("cost, worth, valued, priced"): "collecting more than $8 million" is
# other:collect (wn2004_094), "raise the $30,000 per month ... to cover legal costs" other:raise (wn2004_090), as the
# dev gold has them; not the whole "raised" family: aid "funded" is given, pledged (review35).
CLASS_OF_QUANTITY: dict[str, str] = {"aid": "pledged", "cost": "cost"}
# Acts by which a sum is handed over: they name the event of the sum they carry, over its quantity's class ("will pay
# ... about 27,000 francs each" of the court costs, bg_168: other:pay); a sum raised is a `RAISING_VERBS` one.
SUM_ACTS: frozenset[str] = frozenset({"pay"})
# The quantities whose class a `SUM_ACTS` verb replaces: a cost paid; aid paid is given, the pledged line ("Japan will
# pay $10 million in relief": pledged, review35).
PAID_QUANTITIES: frozenset[str] = frozenset({"cost"})
# Light verbs: they say an event only with the word that completes them (event._completed): "15 gave birth", "came
# to term", "were made pregnant" (valech_report wn2004_045); "testimonies given ... by more than 35,000 people"
# (wn2004_045) leave it to their noun (event.act_noun_event).
LIGHT_VERBS: frozenset[str] = frozenset({"come", "give", "make"})
# The prepositions by which a figure is the source, the agent or the range of an act noun (event.act_noun_event):
# "testimony from 3,399 women", "testimonies given ... by more than 35,000 people" (valech_report wn2004_045),
# "attendance figures between 10,000 and 15,000" (soa protest wn2004_037).
ACT_PREPOSITIONS: frozenset[str] = frozenset({"from", "by", "between"})
# Counted nouns that are themselves the event ("a $500 million pledge", "donations"): their family's class.
EVENT_NOUN_CLASSES: frozenset[str] = frozenset({"pledge", "donation", "deployment", "arrival"})
# Verbs of foreseeing a figure: a person who foresees one is its source, not its owner ("SG Australia chief economist
# Glenn Maguire says he expects a quarterly figure of just under 1 per cent", lee bg_251; "analysts forecast").
FORECAST_VERBS: frozenset[str] = frozenset({"expect", "predict", "forecast", "project", "anticipate"})
# Verbs that make a figure with no event of its own a statement or an estimate ("The bank reported net profit of
# 2.66 billion Australian dollars", lee cor_048; "reported a prediction that ... revenue will exceed $35 billion",
# wn2004_091).
STATEMENT_VERBS: frozenset[str] = frozenset({"say", "report", "estimate"}) | FORECAST_VERBS
# Verbs that only state a level ("loans total $30bn", "revenue will exceed $35 billion"): no event of their own.
LEVEL_VERBS: frozenset[str] = frozenset({"be", "total", "amount", "stand", "reach", "exceed", "top", "hit", "number",
                                         "surpass", "pass", "near", "approach", "equal",
                                         "age"})  # "a boy aged 13" (lee bg_178) states an age: measured
# Verbs of state (tests/gold/measures/GUIDE.md revision 2, E1): a count or level one of them carries says what there
# is, not what happened ("has two wickets", "controls 30 towns", "employs 2,500", "remain in hospital"), so its event
# is `measured` like a level's, unless its quantity or noun names a class. The guide's list, as lemmas, with
# revision 3's E6: "involve" is a verb of state ("the deal involves 3,000 jobs"); "cover" is one only "as
# 'include'", a sense the lemma does not tell ("floods covered hundreds of square miles" spreads over them), so it is
# left to its other readings.
STATE_VERBS: frozenset[str] = frozenset({"have", "hold", "own", "control", "employ", "contain", "include", "comprise",
                                         "house", "remain", "involve"})
# A level set beside another ("compared with 15 per cent who said", "compared to 10 per cent nationally": lee bg_030,
# bg_121): the comparison is no event of the figure's; the gold never writes other:compare.
COMPARING_VERBS: frozenset[str] = frozenset({"compare"})
# Level verbs that are verbs of change (GUIDE revision 2, E1: a level reached is an event, "reaching 35C is a verb of
# change, not of state", lee3 cor_008; "expenditures on ODA have reached $221bn", wn2004_021; "close to half of the
# group had reached", lee4 bg_204): they give `other:<lemma>` (E2) where a level verb gives `measured`. They stay
# level verbs for what their subject counts ("the toll reached 600": a toll). The level verbs left still are E1's
# own and the qualifier's words (tests/gold/README.md: exceed, pass, surpass are more_than; near, approach nearly).
ARRIVING_VERBS: frozenset[str] = frozenset({"reach", "top", "hit"})
STILL_VERBS: frozenset[str] = (LEVEL_VERBS - ARRIVING_VERBS) | STATE_VERBS | COMPARING_VERBS  # what there is
# Changes someone decides: the act is the event, not the fall it makes ("cuts of 9.9%", wn2004_097; "a further
# cut of 0.25 of a per cent", "rates will be cut by 0.25 per cent", rba_interest_rates_2001 bg_244, bg_251).
DECIDED_CHANGES: frozenset[str] = frozenset({"cut"})
EVENT_CLASS_OF_FAMILY: dict[str, str] = {
    "killed": "killed", "wounded": "injured", "missing": "missing", "displaced": "displaced", "sent": "sent",
    "arrived": "arrived", "pledged": "pledged", "increased": "rose", "decreased": "fell", "voted": "won",
}
# Sport results (extract/sport.py) -> their event class: a scoreline's sides and a winning margin are won
# ("Australia is now 1-0", "beaten South Africa by 246 runs": cricket_aus_sa_2001 bg_118; "levelled at 1-1",
# "Grosjean in three sets": davis_cup_final_2001 bg_299, bg_283), a side's wickets are lost and its runs scored
# ("at 7 for 309": cricket_aus_sa_2001 bg_132, bg_139, as wn2004_040's "are 3/327", which the number parser reads
# as one figure; "stumped for 68": wn2004_040).
RESULT_CLASSES: dict[str, str] = {"scoreline": "won", "margin": "won", "wickets": "other:lose",
                                  "runs": "other:score"}
# Verbs a match's result is told with, and what they tell of the clause's subject (extract/match_result.py): it won
# ("Manchester United beat Arsenal 2-0", "Celtic defeated Rangers 2-1", "Brazil thrashed Chile 4-0", "Chelsea won
# 3-1 at Everton"), lost ("Leeds lost 2-1 to Burnley") or drew ("drew 1-1 with Burnley").
MATCH_RESULT_VERBS: dict[str, str] = {
    "beat": "win", "defeat": "win", "thrash": "win", "rout": "win", "crush": "win", "edge": "win", "overcome": "win",
    "hammer": "win", "down": "win", "stun": "win", "upset": "win", "win": "win", "lose": "lose", "draw": "draw",
    "tie": "draw"}
# The preposition that names the side met, by what the subject did ("won 3-1 against Everton", "lost 2-1 to
# Burnley"); not "at", which names the ground as often as the side ("won 3-1 at Wembley").
MATCH_OPPONENT_PREPOSITIONS: dict[str, frozenset[str]] = {
    "win": frozenset({"against", "over"}), "lose": frozenset({"to", "against"}),
    "draw": frozenset({"with", "against"})}
# Verbs whose "by"/"in" phrase is the margin of a win (cricket_aus_sa_2001 bg_118, davis_cup_final_2001 bg_283).
WIN_VERBS: frozenset[str] = frozenset({"beat", "defeat"})
# Words that tell a batsman's dismissal, after which "for 9" / "on 144" is the runs he made (wn2004_040:
# "stumped", "dismissed", "not out", "caught and bowled"; cricket_aus_sa_2001: "out", "caught", "bowling"; stop 56,
# the bowler's words of an active dismissal, "removed Boucher for 43", "trapped McKenzie", "the final wicket of
# Nantie Haywood for 14": Lee items of the South African tour outside the gold).
DISMISSAL_WORDS: frozenset[str] = frozenset({"out", "dismiss", "stump", "bowl", "bowling", "catch", "remove", "trap",
                                             "wicket"})
# Dimensions of an amount of goods (extract/goods.py): a tonnage or a volume can be a trade or stock figure.
GOODS_DIMENSIONS: frozenset[str] = frozenset({"mass", "volume"})
# Nouns of an amount of goods that a tonnage or volume measures, which name the figure's concept where a bare
# "mass" or "volume" says nothing a reader can pair (GUIDE's fallback to the head noun): stocks and inventories
# ("residual fuel stocks fell 2.2 mln barrels", Reuters train_0965, test_0268: oil), trade ("limit total ATPC
# exports to 96,000 tonnes", train_0462: tin; "Peru exported 59,960 quintales", train_0650: coffee, a unit the
# parser does not read), output, production and crops ("last year's huge crop of 210 mln tonnes", train_0677
# outside the gold: grain), a quota or surplus ("its quota of 7,000 tonnes", "the 70,000-tonne world surplus",
# train_0462), the market's supply, demand and consumption.
GOODS_AMOUNT_NOUNS: frozenset[str] = frozenset({
    "stock", "stockpile", "inventory", "reserve", "export", "import", "output", "production", "harvest", "crop",
    "surplus", "deficit", "quota", "supply", "demand", "consumption", "shipment"})
# Modifiers of an amount of goods that say how much of it, whose, when or what for, not what goods: "total exports",
# "world cereal stocks", "domestic crude output", "estimated production", "weekly oil stocks", "commercial crude
# stocks", "a bumper wheat crop", "first-half sugar exports", "aid shipments" (outside Reuters items of grain, oil,
# metal and sugar stories; the review of stop 68). `goods.commodity` reads no goods from them.
NOT_GOODS_WORDS: frozenset[str] = frozenset({
    "total", "overall", "combined", "cumulative", "estimated", "projected", "expected", "world", "global", "domestic",
    "national", "local", "net", "gross", "average", "record", "current", "weekly", "monthly", "annual", "daily",
    "primary", "official", "end", "commercial", "bumper", "half", "aid"})
# Verbs whose object tonnage is the amount their noun names: "Zaire is expected to produce 1,900 tonnes of tin"
# is Zaire's output (train_0462), "exported 4,000 tonnes" an export; "buys 60,000 tonnes of maize" stays a mass.
GOODS_AMOUNT_VERBS: dict[str, str] = {"produce": "output", "export": "export", "import": "import"}
# Quantities that are measurements: their event is "measured" whatever verb frames them.
MEASURED_QUANTITIES: frozenset[str] = frozenset({"age", "distance", "height", "magnitude", "speed", "mass", "area",
                                                 "temperature", "volume", "force", "power", "energy",
                                                 "data_size", "probability"})

# Units of the number parser -> a pint unit expression (converted to base units by dimension.py).
PINT_UNITS: dict[str, str] = {
    "mph": "mile / hour", "kmh": "kilometer / hour", "knot": "knot", "km2": "kilometer ** 2",
    "mile2": "mile ** 2", "m2": "meter ** 2", "ft2": "foot ** 2", "km": "kilometer", "mile": "mile",
    "meter": "meter", "cm": "centimeter", "mm": "millimeter", "foot": "foot", "inch": "inch", "yard": "yard",
    "nmi": "nautical_mile", "kg": "kilogram", "g": "gram", "mg": "milligram", "ton": "metric_ton",
    "lb": "pound", "ounce": "ounce", "celsius": "degC", "fahrenheit": "degF", "hectare": "hectare",
    "acre": "acre", "liter": "liter", "ml": "milliliter", "gallon": "gallon", "barrel": "barrel",
    "MW": "megawatt", "GW": "gigawatt", "kW": "kilowatt", "kWh": "kilowatt_hour", "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour", "TWh": "terawatt_hour", "N": "newton", "kN": "kilonewton",
    "m3": "meter ** 3", "ft3": "foot ** 3", "yd2": "yard ** 2", "km3": "kilometer ** 3", "mile3": "mile ** 3",
    "m/s": "meter / second", "km/s": "kilometer / second", "mile/s": "mile / second",
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "month": "month",
    "year": "year", "decade": "10 * year", "century": "century",
}
# Units pint has no dimension for, or another one than news means.
UNIT_DIMENSIONS: dict[str, str] = {
    "magnitude": "magnitude", "degree": "temperature", "percent": "percent",
    "percentage_point": "percentage_point", "fraction": "fraction",
    **dict.fromkeys(("byte", "kb", "mb", "gb", "tb", "kilobyte", "megabyte", "gigabyte", "terabyte", "bit"),
                    "data_size"),
}
# pint dimensionality (as pint prints it) -> dimension name.
PINT_DIMENSIONS: dict[str, str] = {
    "[length]": "length", "[mass]": "mass", "[time]": "duration", "[length] / [time]": "speed",
    "[length] ** 2": "area", "[length] ** 3": "volume", "[mass] * [length] / [time] ** 2": "force",
    "[temperature]": "temperature", "[mass] * [length] ** 2 / [time] ** 3": "power",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
}
# Currency units that are a fraction of a currency -> that currency's code.
MINOR_CURRENCIES: dict[str, str] = {"pence": "GBP"}
# Countries whose currency a bare "$" may be, by how an article names them: a bare "$" is the dollar of the one it
# names most (the United States on a tie or when it names none). News of Australia writes its dollar "$" (lee
# items of eight stories: bushfires bg_113, canyoning trial bg_161, Nauru bg_180, Qantas bg_203, Virgin Blue
# bg_042, the budget bg_163); Canadian, New Zealand, Hong Kong and Singapore outlets do the same with theirs.
DOLLAR_COUNTRIES: dict[str, str] = {
    "USD": r"\bUnited States\b|\bU\.S\.|\bUS\b|\bAmericans?\b",
    "AUD": r"\bAustralians?\b|\bAustralia\b",
    "CAD": r"\bCanadians?\b|\bCanada\b",
    "NZD": r"\bNew Zealand(?:ers?)?\b",
    "HKD": r"\bHong Kong\b",
    "SGD": r"\bSingapore(?:ans?)?\b",
}
# The dollar countries as WordNet 3.0 names them, whose cities, states and provinces also tell whose news an article
# is ("Sydney", "Queensland": extract/data/country_places.txt, scripts/build_country_places.py). Hong Kong is no
# country there and keeps only its own name.
DOLLAR_STATES: dict[str, str] = {"USD": "United States", "AUD": "Australia", "CAD": "Canada", "NZD": "New Zealand",
                                 "SGD": "Singapore"}
# Counted words that make a cardinal a reading on a scale rather than a count.
POINT_NOUNS: frozenset[str] = frozenset({"point"})

# Per-period words: "$177 million a day", "per year", "annual revenue".
PERIOD_NOUNS: dict[str, str] = {"day": "daily", "night": "daily", "week": "weekly", "month": "monthly",
                                "year": "annual", "annum": "annual"}
PERIOD_ADJECTIVES: dict[str, str] = {"daily": "daily", "nightly": "daily", "weekly": "weekly",
                                     "monthly": "monthly", "annual": "annual", "annually": "annual",
                                     "yearly": "annual"}
PERIOD_ARTICLES: frozenset[str] = frozenset({"a", "an", "per", "every", "each"})
# Words after a figure that name what it is compared with: a period word past them is that quantity's, not the
# figure's ("28 per cent above average weekly earnings", Lee bg_128; "higher than last year's annual rate").
COMPARED_WITH: frozenset[str] = frozenset({"above", "below", "than"})
# Projection: modal verbs on the figure's verb, and verbs and nouns that forecast it.
# ("will" is left out: "the new company will have 3,500 stores" states a plan, not an estimate.)
PROJECTION_MODALS: frozenset[str] = frozenset({"could", "might", "may", "would"})
# Modals of what may happen, which make a rise or fall a projection ("could rise by one metre"); "would" and "will"
# are not among them (dev gold: wn2004_097's "would" changes are `change`; stop 31 measured "will").
POSSIBILITY_MODALS: frozenset[str] = frozenset({"could", "may", "might"})
# Words that give a figure per a number of others after it: "20 per 100,000 residents".
PER_WORDS: frozenset[str] = frozenset({"per"})
MODAL_CONTRACTIONS: frozenset[str] = frozenset({"'d"})  # "I'd": "would" before a base form, else "had"
# "option": a count an option is on or for may never change hands ("options on two cargoes", "an option for 25,000
# tons more", "an option to buy up to 35 pct": Reuters sugar, mining and takeover items).
PROJECTION_WORDS: frozenset[str] = frozenset({"expect", "forecast", "predict", "project", "projection", "target",
                                              "anticipate", "likely", "prediction", "outlook", "option"})
# A count of the period just past: "in the past 24 hours", "overnight".
RECENT_PERIOD_WORDS: frozenset[str] = frozenset({"overnight"})
RECENT_PERIOD_UNITS: frozenset[str] = frozenset({"hour", "hours", "day"})
# Words that make a perfect count up to now, a running total ("have been killed since October", "so far", "to date").
RUNNING_WORDS: frozenset[str] = frozenset({"since", "so", "far", "date", "total", "overall", "altogether"})
# Event families (extract/lexicon.py) whose verb, naming its cause in a simple tense, reports one incident.
INCIDENT_FAMILIES: frozenset[str] = frozenset({"killed", "wounded"})
# Nouns that make a figure a rate rather than a share ("the unemployment rate of 5%").
RATE_NOUNS: frozenset[str] = frozenset({"rate", "inflation", "unemployment", "growth", "yield", "interest",
                                        "turnout"})
# The last word of a state force's name ("the Iraqi Army", "the Syrian Democratic Forces", "Marine"): troops under
# it are that force's as written, no organisation's named members (`subject._armed_organisation`).
FORCE_WORDS: frozenset[str] = frozenset({"army", "navy", "force", "forces", "guard", "marine", "marines", "corps",
                                         "police", "militia", "command", "brigade", "division", "regiment"})
# Words that make "interest" a holding, not a rate ("its working interest", "a controlling interest").
STAKE_WORDS: frozenset[str] = frozenset({"working", "controlling", "majority", "minority", "equity", "ownership",
                                         "beneficial", "its", "their", "his", "her", "our"})
# The kinds of a rate that make it an interest rate (GUIDE revision 2, C1: "an unemployment or interest rate"), by the
# lemma before "rate": interest_rate.n.01 and its hyponyms in WordNet 3.0 (discount_rate, bank_rate, base_rate,
# prime_interest_rate), and the names central banks give their policy rate, which WordNet lacks: the Reserve Banks
# of Australia and New Zealand's "cash rate", the Federal Reserve's "federal funds rate" (lemma "fund"), the ECB's
# "refinancing rate", the "repo rate" of the Reserve Bank of India and others, and the rate banks lend at ("the
# prime lending rate", "a lending rate of 9 pct": five wire items of five stories outside the gold).
# Dev: "taking the cash rate to 4.25 per cent" (rba_interest_rates_2001 bg_244), "cut the discount rate ... to 1.25
# per cent" (the Fed's cut, bg_170).
INTEREST_RATE_KINDS: frozenset[str] = frozenset({"interest", "discount", "bank", "base", "prime", "cash", "fund",
                                                 "refinancing", "repo", "lending"})
# Nouns before "rate" that say which figure of a kind of rate it is, not the kind: "the federal funds target rate" is
# an interest rate, as "the federal funds rate" is; the kind is the nearest other noun ("lending growth rate": growth).
RATE_QUALIFIERS: frozenset[str] = frozenset({"target", "benchmark"})
# Nouns that are themselves a change: "cuts of 9.9%", "a rise of 8%".
CHANGE_NOUNS: frozenset[str] = frozenset({"cut", "rise", "increase", "fall", "drop", "decline", "decrease",
                                          "gain", "loss", "reduction", "jump", "growth", "slump", "plunge"})
# Change nouns whose "from" names where they come from, not the level a change starts at ("a gain from the sale of
# its unit", "a loss from discontinued operations"); the others' "from" opens a comparison ("a drop to 1.80 marks from
# above two marks at the start of 1987").
SOURCE_CHANGE_NOUNS: frozenset[str] = frozenset({"gain", "loss"})
# The verb of each change noun, for a per cent that is the level "of" one ("an annual growth rate of 2 per cent",
# rba_interest_rates_2001 bg_251; "cuts of 9.9%", wn2004_097): the change is its event.
CHANGE_NOUN_VERBS: dict[str, str] = {**{n: n for n in CHANGE_NOUNS - {"loss", "reduction", "growth"}},
                                     "loss": "lose", "reduction": "reduce", "growth": "grow"}
# Verbs that move a level: a percent or points as their object ("rose 8%"), or any figure after "by", is the
# size of the change. The direction they say is the event class of a figure no other word gives one ("would be
# reduced to 20%", wn2004_097; "soared", "gained", wn2004_025): the rise/fall class completed with its plain
# synonyms; words that also mean something else ("raise" money, "add" customers, "edge") say no direction.
# With them, every verb with a WordNet sense that moves an amount one way and none the other (word_senses:
# "surge", "hike", "slump", "trim"; the reviewed exclusions are in scripts/word_sense_roots.py), but the words below
# that say no direction.
_NO_DIRECTION: frozenset[str] = frozenset({"sink", "advance", "add", "edge", "raise"})
RISE_VERBS: frozenset[str] = frozenset({"rise", "increase", "grow", "jump", "climb", "gain", "soar", "surge",
                                        "rally", "skyrocket", "boost",
                                        "expand",
                                        # a gap that widens rises: "the trade surplus widened to 3.58 billion dlrs",
                                        # "the deficit widened" (Reuters trade, budget and current-account items)
                                        "widen"}) | (change_verbs_of("rose") - _NO_DIRECTION)  # stop 39: "GDP expanded"
FALL_VERBS: frozenset[str] = frozenset({"fall", "drop", "decline", "decrease", "shrink", "cut", "lose", "plunge",
                                        "tumble", "slump", "slide", "plummet", "reduce", "lower", "slash", "shed",
                                        "dip",
                                        # a level that slips or eases falls: "the water level eased about 3cm" (lee
                                        # cor_008), "imports slipped to 9.19 billion dlrs", "credit volume eased to
                                        # 9.1 billion", "Purolator's stock slipped 3/8" (Reuters outside the gold)
                                        "slip", "ease",
                                        # ... and one that narrows falls: "the surplus narrowed to 110 mln dlrs in
                                        # February from 525 mln", "the deficit narrowed to 581 mln dlrs"
                                        "narrow"}) | (change_verbs_of("fell") - _NO_DIRECTION)
MOVE_VERBS: frozenset[str] = RISE_VERBS | FALL_VERBS | _NO_DIRECTION
# Words right after a period noun that make it a date, not a rate ("a day after the attack"), or, a hyphen, a
# length ("in a night-long encounter", Lee bg_001; "a week-long", "a day-long": no per-period figure).
NOT_PERIOD_AFTER: frozenset[str] = frozenset({"after", "before", "later", "earlier", "ago", "of", "-"})
# Words right after a count that make it the size of a difference (scope `change`, event
# `fell`): "eight fewer than for the same time last year"
# (Lee bg_002, holiday road toll), "9,500 fewer jobs were advertised" (Lee bg_279, internet job advertisements).
DIFFERENCE_WORDS: frozenset[str] = frozenset({"fewer"})
# Nouns whose "of" phrase or compound is the size of a gap between two counts (scope `change`, GUIDE C1): "showed a
# 300 vote difference between the initial and final tallies" (wn2004_086), as "eight fewer than" is (Lee bg_002).
DIFFERENCE_NOUNS: frozenset[str] = frozenset({"difference"})
# Dimensions of a measurement that, as the object of a verb that moves a level, is the size of the move (GUIDE C1,
# "any other size of a rise or fall"): "the water level ... eased about 3cm during the day" (Lee cor_008).
MOVED_MEASURE_DIMENSIONS: frozenset[str] = frozenset({"length", "mass", "temperature", "speed", "area", "volume"})
# Adverbs before a number that make it a change, and its direction: "Sears was up 22 percent" (wn2004_025),
# "This is down 30% from 1997" (wn2004_021), "Operating earnings were off about four pct" (Reuters train_0744),
# "distillate stocks were off 100,000 barrels" (train_0965, test_0268); "off" only after a form of "be" (BE_ADVERBS):
# "sold off 40 percent of its stake" is no fall.
CHANGE_ADVERBS: dict[str, str] = {"up": "rose", "down": "fell", "off": "fell"}
BE_ADVERBS: frozenset[str] = frozenset({"off"})
# Verbs whose particle "up" means "form a part of", not a move: "Exports, which make up about 40 per cent of the
# economy" is C2's share, not a rise ("went up 5 per cent" keeps its change).
PART_OF_PHRASALS: frozenset[str] = frozenset({"make", "take"})

# Subjects: counted heads too generic to name whose quantity it is ("people", "others").
GENERIC_GROUP_NOUNS: frozenset[str] = frozenset({
    "people", "person", "other", "others", "dead", "death", "toll", "fatality", "casualty", "injured",
    "wounded", "missing", "body", "life", "figure", "number", "total", "tally", "count", "estimate", "victim",
    "individual", "homeless",
    "displaced", "refugee", "evacuee", "disappearance", "injury", "one", "more", "man", "men",
})
# Modifiers of a counted group that are not part of whose it is ("other Brazilian deputies").
GROUP_MODIFIERS_DROPPED: frozenset[str] = frozenset({"other", "more", "additional", "further", "extra", "new",
                                                     "some", "another", "the", "those", "these", "its", "their"})
# Words after a distance that make it a gap from somewhere, whose owner is the thing it locates ("a shop just four
# blocks from Peru's Congress", lee bg_011; "the Noroeste Farm in Cabixi, 820 km (510 miles) away from the regional
# capital", wn2004_056; "Dora village some 50 kilometers south of ... Srinagar", lee bg_001).
GAP_WORDS: frozenset[str] = frozenset({"from", "away", "north", "south", "east", "west", "northeast", "northwest",
                                       "southeast", "southwest", "north-east", "north-west", "south-east",
                                       "south-west"})
# Persons who make up the organisation named on them: a count of them is the organisation's own, written as its name
# ("more than 70 members of the Islamic Jihad and Hamas groups", lee bg_283, davis_cup_final_2001 thread; "three
# senior leaders of the hardline Hamas group", bg_277, and "two gunmen from the radical Islamic group Hamas",
# bg_014, israel_palestinian_2001), unlike those a company employs ("six employees from the Adventure World
# canyoning tour company" -> "Adventure World employees", bg_161).
MEMBER_NOUNS: frozenset[str] = frozenset({"member", "leader", "gunman"})
# spaCy entity labels that can own a quantity.
OWNER_LABELS: frozenset[str] = frozenset({"ORG", "GPE", "PERSON", "NORP"})
# What a side's cricket score counts (extract/sport.py `score_quantity`): a side named by its people owns it as the
# country the gold writes ("The Australians will resume ... at 0 for 3", cricket_aus_sa_2001 bg_139; "The South
# Africans scored 5 for 390", lee2 bg_191; the dev gold writes 47 side scores with a country, none with a people).
SIDE_SCORE_QUANTITIES: frozenset[str] = frozenset({"run", "wicket"})
# Verbs whose object a holder keeps: a count of persons held is the holder's, not the group's own ("Hamas says they
# hold 130 Israeli captives", gaza_war; "632 MST camps in Brazil, containing 116,382 families", wn2004_056). "have"
# is left out: it says no more than the clause's own subject already gives ("the company expects to have 200
# thousand voice customers", wn2004_084), and on persons it is as often kinship as custody.
POSSESSION_VERBS: frozenset[str] = frozenset({"hold", "contain"})
# Verbs by which a named subject gains or keeps persons as its own (customers, asylum seekers taken in): the group
# counted is that owner's, written as the owner alone ("it was adding about 10 thousand new wired voice customers",
# "expects to have 200 thousand voice customers" -> Time Warner, wn2004_084; "Nauru will take up to 1,200 asylum
# seekers", lee bg_180). Verbs done to persons (arrest, kill) are not here: the police own none of those they arrest
# (bg_277).
ACQUIRING_VERBS: frozenset[str] = frozenset({"have", "add", "take", "accept", "employ"})
# Verbs by which a named subject has persons as its workforce, whatever noun counts them: "Haldenwerk employs some
# 34,000 people" is Haldenwerk's workforce as "Qantas ... their 2,500 employees" is Qantas's (lee bg_203; the gold
# writes a company's employees as the company or as "<company> employees", tests/gold/README.md). A generic noun
# under the other acquiring verbs stays the group's ("took 20 people hostage" makes them no one's own).
EMPLOYING_VERBS: frozenset[str] = frozenset({"employ"})

# Entity labels of numbers, sizes and times: they count or date, never name an owner or a describing word
# (listed.py, described_group.py).
NUMERIC_LABELS: frozenset[str] = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})

# Coreference (extract/antecedent.py): pronouns that stand for a person named before, for a thing or an
# organisation, and generic nouns that, made definite ("the company"), stand for the last entity of their kind.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "him", "his", "she", "her", "hers"})
THING_PRONOUNS: frozenset[str] = frozenset({"it", "its"})
# Pronouns that stand for the organisation, country or people whose report their clause is ("Hamas says they hold
# 130 Israeli captives", gaza_war; "MST say they fight for the Agrarian Reformation", wn2004_033); not a common
# noun's "they" ("The police said they are still investigating", wn2004_056: no named group). Outside a report,
# "they" stands for the last plural common noun made definite (extract/antecedent.py; lee bg_180, bg_281).
REPORTER_PRONOUNS: frozenset[str] = frozenset({"they"})
# A plural possessive stands for its own clause's subject when that can own, else the nearest plural noun for
# persons or a group before it in its sentence (antecedent._possessing_group, stop 27), else the nearest subject
# before it that can be several: a plural noun or a body named as an organisation, country or people ("Donner's
# own party, the Christian Democratic Appeal (CDA), supported his proposal. However, their two coalition partners
# ..." -> the CDA, wn2004_014); a plural common noun names no owner ("Unions are fighting ... for their 2,500
# employees": the unions, no name, lee bg_203).
GROUP_POSSESSIVES: frozenset[str] = frozenset({"their"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whose"})
# A side's score told in a quote (extract/sport_side.py): "we", "us", "our" are the speaker's side, "they" and
# "them" beside them the other side ("bowl us out for 150 and suddenly they're chasing 200", lee bg_139).
FIRST_PERSON_PLURAL: frozenset[str] = frozenset({"we", "us", "our"})
THIRD_PERSON_PLURAL: frozenset[str] = frozenset({"they", "them"})
# A craft a counted group is on (extract/with_holder.py): "the six astronauts aboard Horizon" (lee bg_125 writes
# "on board Endeavour", read there as "on" with "board").
ABOARD_WORDS: frozenset[str] = frozenset({"aboard", "onboard"})
DEFINITE_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("company", "firm", "corporation", "group", "organisation", "organization",
                     "agency", "network", "retailer", "carrier", "airline", "bank", "plant"), frozenset({"ORG"})),
    **dict.fromkeys(("country", "nation"), frozenset({"GPE"})),
    "party": frozenset({"ORG", "NORP"}),  # a party named by its members: "the Democrats ... the party's"
}
# What a description by a BODY_HEADS word stands for: an organisation whose name holds the word
# (antecedent._named_body: "the ministry" -> "the Health Ministry").
ORGANISATION_KINDS: frozenset[str] = frozenset({"ORG"})
# The last word of a name that says what kind of body it is: a description of another kind does not stand for it
# ("the plant" is not "the Metal Workers Union"), and a description by one of these words not in DEFINITE_KINDS
# stands only for a name that holds it ("the university" -> "the University of Montreal").
BODY_HEADS: frozenset[str] = frozenset({
    "union", "party", "bank", "council", "commission", "court", "department", "ministry", "government",
    "university", "school", "police", "army", "church", "association", "committee", "authority", "office",
    "agency", "service", "institute", "company", "group", "airline", "network"})
# Nouns of a state's own bodies: with a nationality they act for the country, even with "a" ("a Japanese government
# agency granted", "a Chinese delegation pledged"; clause_subject._one_of)
STATE_WORDS: frozenset[str] = frozenset({"government", "state", "delegation", "mission", "ministry", "department",
                                         "embassy", "army", "military", "navy", "court", "agency", "parliament",
                                         "cabinet", "treasury", "administration", "consulate"})
# Adjectives by which a definite description sets its body against the one named ("the other company", "the rival
# bank", "the opposing party"): it stands for no body named before it (the comparatives, "the smaller company", pick
# one of several, and are read by their tag, JJR/JJS).
CONTRAST_ADJECTIVES: frozenset[str] = frozenset({"other", "rival", "opposing", "competing", "different", "second"})
# How a noun's right-side dependents name something anew ("the new company, to be called Sears Holdings").
NAMING_DEPS: frozenset[str] = frozenset({"appos", "acl", "relcl"})
# Kind nouns that stand only for a country, not for any place the tagger calls a GPE (a city, a state).
COUNTRY_KINDS: frozenset[str] = frozenset({"country", "nation"})

# Event nouns (extract/nominal.py): (noun ending, verb ending) rules that undo a nominalisation, tried in order;
# a candidate counts only when the pipeline's lemmatizer knows it as a verb ("suspension" -> suspend,
# "indictment" -> indict, "service" -> serve, "difference" -> differ, "attendance" -> attend).
NOMINAL_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ment", ""), ("sion", "d"), ("sion", "de"), ("ation", "ate"), ("ation", "e"), ("ation", ""), ("ion", ""),
    ("ence", ""), ("ance", ""), ("ice", "e"), ("al", "e"), ("al", ""), ("ure", "e"), ("ure", ""), ("ery", "er"),
)
# Nouns made from a verb that name the body doing it, never the act (nominal.py): "the government said" is
# no governing. Dev: "government" in 11 stories (myanmar_earthquake, wn2004_001, _012, _033, ...),
# "organization" in 7 (myanmar_earthquake, wn2004_033, _039, ...), "administration" in 3 (wn2004_048, _049, _094).
# ("organisation": the same word in British spelling.) "department" ("depart") names a body in 9 dev stories
# (wn2004_037, _049, _050, _080, _098, woomera_detention_unrest bg_084, bg_113, bg_163, bg_178): "the participation
# of at least three government departments" is a participation (bg_163), no departure.
INSTITUTION_NOUNS: frozenset[str] = frozenset({"government", "administration", "organization", "organisation",
                                               "department"})

# A level a time sizes, no act ("a 40-year low of 1.75 per cent", lee bg_170; "a 52-week high"), though the word is
# also a verb: GUIDE E1, a level with no event (extract/sized_level.py)
LEVEL_NOUNS = frozenset({"low", "high"})
