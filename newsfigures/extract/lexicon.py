"""Word lists the figure extractor reasons with: one place per concept, kept as data."""
from __future__ import annotations

from newsfigures.calendar_words import MONTHS, WEEKDAYS  # noqa: F401 - part of this vocabulary

# Lemma of a word that says what happened -> the event family figures are grouped by.
EVENT_FAMILIES: dict[str, str] = {
    **dict.fromkeys(("kill", "die", "dead", "death", "toll", "fatality", "perish", "slay", "fatal", "drown",
                     "execute", "massacre", "life", "martyr", "body", "corpse"), "killed"),
    **dict.fromkeys(("casualty",), "casualties"),
    **dict.fromkeys(("wound", "injure", "injury", "hurt", "injured", "wounded"), "wounded"),
    **dict.fromkeys(("send", "deploy", "dispatch", "deployment", "station", "mobilize", "mobilise", "transfer"), "sent"),
    **dict.fromkeys(("arrive", "arrival", "land"), "arrived"),
    **dict.fromkeys(("miss", "missing", "disappear"), "missing"),
    **dict.fromkeys(("displace", "homeless", "flee", "evacuate", "evacuee", "refugee", "relocate", "uproot"), "displaced"),
    **dict.fromkeys(("capture", "detain", "arrest", "imprison", "jail", "hold", "prisoner"), "captured"),
    **dict.fromkeys(("rescue", "save", "survive", "survivor"), "rescued"),
    # GUIDE: pledged is "pledged, donated, gave, promised money"; a sum allocated or earmarked is set aside from a
    # budget, no promise to another ("allocated 6.1 billion marks in new liquidity", "has allocated another 30-40 mln
    # dlrs for capital expenditures": a central bank's tender, a company's spending plan, a producers' board)
    **dict.fromkeys(("pledge", "donate", "donation", "promise", "commit", "contribute", "grant"), "pledged"),
    **dict.fromkeys(("raise", "collect", "fund"), "raised"),
    **dict.fromkeys(("affect",), "affected"),
    **dict.fromkeys(("destroy", "damage", "collapse", "flatten"), "destroyed"),
    **dict.fromkeys(("vote", "elect"), "voted"),
    **dict.fromkeys(("rise", "increase", "grow", "jump", "climb", "gain"), "increased"),
    **dict.fromkeys(("fall", "drop", "decline", "decrease", "shrink", "cut", "lose"), "decreased"),
}
# Family words whose noun names a thing, not what happened: "$2 million in matching funds", "the Federal funds
# rate", "five television stations", "a command station" (money-market, grant, broadcasting and conflict items).
THING_NOUNS: frozenset[str] = frozenset({"fund", "station"})
# Nouns that are themselves the outcome: "28,000 dead", "the death toll", "4,700 casualties".
EVENT_NOUNS: frozenset[str] = frozenset({"dead", "death", "toll", "fatality", "casualty", "injury", "injured",
                                         "wounded", "missing", "homeless", "evacuee", "refugee", "survivor",
                                         "prisoner", "donation", "martyr", "body"})
# Count nouns an outcome word may modify and still say the event ("the death toll", "a body count of 40", "the
# casualty figures", "the death rate"): any other head makes the outcome word a mere modifier ("12 death threats",
# "death row", "arrest warrants"; extract/modifier_event.py).
TALLY_NOUNS: frozenset[str] = frozenset({"toll", "count", "tally", "figure", "number", "total", "list", "rate"})
# Nouns a court names a killing by -> kill, when they count the killings or govern the killed: "carried out 13
# murders" (bg_169), "the manslaughter of 18 tourists" (interlaken_canyoning_trial bg_281). Not searched for
# nearby like EVENT_FAMILIES: "eight people are to appear ... charged with manslaughter" are the accused.
KILLING_NOUNS: frozenset[str] = frozenset({"murder", "manslaughter"})
# Outcome nouns -> the verb of what happened ("28,000 dead" -> die), the event a figure carries.
EVENT_NOUN_VERB: dict[str, str] = {
    "dead": "die", "death": "die", "toll": "die", "fatality": "die", "injury": "injure", "injured": "injure",
    "wounded": "wound", "missing": "miss", "deployment": "deploy", "arrival": "arrive", "donation": "donate",
    "homeless": "displace", "evacuee": "evacuate", "refugee": "flee", "survivor": "survive", "prisoner": "detain",
    "martyr": "die", "body": "die",
}
# Verbs whose subject is the group an outcome happened to ("troops have suffered 4,700 casualties").
SUFFER_VERBS: frozenset[str] = frozenset({"suffer", "sustain", "incur", "take", "lose", "record"})
# Verbs and nouns that only frame a figure ("estimated", "believed", "the figure"): look through them.
FRAME_WORDS: frozenset[str] = frozenset({"estimate", "believe", "assess", "say", "report", "think", "be", "have",
                                          "account", "represent", "comprise", "constitute",
                                          "put", "place", "stand", "number", "figure", "consider",
                                          "show", "expect"})
# Verbs of someone's attitude to a fact, never the fact: look through them for what happened ("welcomed the
# verdicts against six employees", interlaken_canyoning_trial bg_161; "vowed never to forget the 184 victims who
# died", bg_167; "when you know 99 per cent of the catches", cricket_aus_sa_2001 bg_047). ("regard" is no such
# verb: "28,000 were regarded legitimate", wn2004_099, is what happened to the testimonies.)
ATTITUDE_VERBS: frozenset[str] = frozenset({"welcome", "forget", "know"})
# Reporting verbs whose subject is the figure's source.
REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "report", "disclose", "announce", "estimate", "believe", "assess", "claim", "confirm",
    "add", "state", "reveal", "note", "brief", "warn", "show", "put", "indicate", "suggest", "count", "record",
    "tally", "quote", "cite", "release", "publish", "update",
})
# Subjects of a reporting verb that stand for a source named before ("they also report 15,000").
SOURCE_PRONOUNS: frozenset[str] = frozenset({"it", "they", "he", "she", "we", "i", "this", "that", "you"})
# A price's terms of delivery written after it ("180 mln dlrs fob", "233 dlrs a tonne CIF": free on board; cost,
# insurance and freight): no thing the sum counts (wire items on palm oil, coffee, wheat and sugar trades).
DELIVERY_TERMS: frozenset[str] = frozenset({"fob", "cif"})
# "the number of X", "a group of X": the figure counts X, not the container.
CONTAINER_NOUNS: frozenset[str] = frozenset({"number", "figure", "total", "tally", "count", "group", "batch",
                                              "contingent", "wave", "convoy", "estimate", "plan", "force",
                                              "unit", "team"})
# Prefixes English writes hyphened to a noun ("co-defendants", "ex-partners", "non-combatants", "vice-presidents"):
# the tokenizer splits them off and the parser may hang a number on the prefix; the noun is the word after it.
HYPHEN_PREFIXES: frozenset[str] = frozenset({"co", "ex", "non", "anti", "vice", "sub", "pre", "post", "semi", "multi",
                                             "counter", "mid", "pro", "inter", "ultra", "pseudo", "quasi", "re"})
# Words that point back to a figure mentioned before ("the figure", "the toll").
ANAPHORIC_NOUNS: frozenset[str] = frozenset({"figure", "number", "total", "tally", "count", "estimate"})
# Modifiers that make a count a batch rather than a running total.
INCREMENT_WORDS: frozenset[str] = frozenset({"another", "more", "additional", "further", "extra", "new", "fresh",
                                              "second", "third", "fourth", "fifth", "latest", "next"})
INCREMENT_NOUNS: frozenset[str] = frozenset({"group", "batch", "wave", "contingent", "round", "shipment", "tranche",
                                             "deployment", "convoy"})
# Words that mark a figure as an earlier estimate, not the current one.
PAST_MARKERS: frozenset[str] = frozenset({"earlier", "previous", "previously", "initial", "initially", "former",
                                          "formerly", "prior", "original", "originally", "old"})
# Words that open the other side of a comparison of two figures ("43.9 mln dlrs versus 46.4 mln dlrs in 1985",
# "17 pct in March, against 11.4 pct in December"); "compared with" and a change's "from" are read in extract/time.py.
COMPARISON_WORDS: frozenset[str] = frozenset({"versus", "vs", "vs.", "against"})
PAST_PHRASES: tuple[str, ...] = ("up from", "down from", "rise from", "risen from", "revised from", "compared with",
                                 "compared to")
# Counted heads that carry no subject of their own ("28,000 dead"): the subject comes from context.
SUBJECTLESS: frozenset[str] = frozenset({"dead", "death", "toll", "fatality", "casualty", "injury", "injured",
                                         "wounded", "missing", "figure", "number", "total", "tally", "count",
                                         "estimate", "victim", "body", "life", "martyr"})
# Nouns for all the persons of a place or an event counted as one whole (the people line: "persons counted without
# a casualty event"): "a population of 2 million", "a workforce of 3,000", "a crowd of 50,000", "attendance figures
# between 10,000 and 15,000" (wn2004_037). A number "of" one of them is its size, as a container's is.
PERSON_WHOLES: frozenset[str] = frozenset({"population", "workforce", "crowd", "attendance"})
# spaCy entity labels whose numbers belong to a name, not a quantity ("World War Two", "G-3").
NAME_LABELS: frozenset[str] = frozenset({"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "FAC", "LAW", "PERSON", "LANGUAGE"})
# Determiners that make a noun definite: it speaks of someone or something named before ("the agency", "the guitar
# hero"), read by aged (whose age) and source (which source a description stands for).
DEFINITE_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that", "these", "those"})
# spaCy entity labels that are times, never figures.
TIME_LABELS: frozenset[str] = frozenset({"DATE", "TIME"})
# Words that make the number after them a person's age, which spaCy tags as a date ("at age 65", "a boy aged 13",
# "died of cancer, aged 58": wn2004_097, lee bg_178, bg_257, bg_274): a figure, whatever the entity says.
AGE_WORDS: frozenset[str] = frozenset({"age", "aged"})
# Prepositions read together with the time phrase they introduce ("since April", "by Tuesday").
TIME_PREPOSITIONS: tuple[str, ...] = ("since", "in", "by", "until", "from", "as", "on", "during", "through", "till",
                                      "at", "of")

# Durations and ages are figures ("three days in a row", "a 27-year-old", "51 years old"), but not when
# they only frame another figure's period ("in the past 24 hours", "within three years").
DURATION_UNITS: dict[str, str] = {
    **dict.fromkeys(("second", "seconds"), "second"), **dict.fromkeys(("minute", "minutes"), "minute"),
    **dict.fromkeys(("hour", "hours"), "hour"), **dict.fromkeys(("day", "days"), "day"),
    **dict.fromkeys(("week", "weeks"), "week"), **dict.fromkeys(("month", "months"), "month"),
    **dict.fromkeys(("year", "years"), "year"), **dict.fromkeys(("decade", "decades"), "decade"),
    **dict.fromkeys(("century", "centuries"), "century"),
}
PERIOD_WORDS: frozenset[str] = frozenset({"past", "last", "next", "within", "coming", "previous", "first", "recent"})
# Words before a number that make it a label, not a quantity ("at number three", "No. 5", "page 12").
LABEL_WORDS: frozenset[str] = frozenset({"number", "no", "no.", "page", "section", "chapter", "article", "paragraph",
                                         "item", "route", "flight", "room", "pad", "gate", "platform", "channel",
                                         "track", "exit", "highway", "interstate", "episode", "season", "volume"})

# Verbs that move or state a running figure ("the toll rises to 687", "surpasses 50,000"): the event is
# what their subject counts ("death toll" -> killed), not the change itself.
CHANGE_VERBS: frozenset[str] = frozenset({"increase", "rise", "reach", "pass", "surpass", "top", "exceed", "climb",
                                          "grow", "jump", "stand", "hit", "near", "total", "mount", "soar",
                                          "approach", "swell", "go", "edge", "double", "triple", "revise"})
# Outcome words that can stand right after a number as its noun ("2,200 injured", "28,000 dead"); "evacuated" and
# "unaccounted" are the GUIDE's own words for the displaced and the missing ("hundreds of thousands evacuated").
OUTCOME_AFTER_NUMBER: frozenset[str] = frozenset({"dead", "injured", "wounded", "missing", "homeless", "killed",
                                                  "displaced", "hurt", "deaths", "fatalities", "casualties",
                                                  "evacuated", "unaccounted"})

# What a measure measures when no noun says it: adjectives after it ("16 feet wide"), then its unit's dimension.
DIMENSION_ADJECTIVES: dict[str, str] = {"wide": "width", "long": "length", "tall": "height", "high": "height",
                                        "deep": "depth", "thick": "thickness", "away": "distance", "old": "age",
                                        "heavy": "weight", "across": "width"}
UNIT_DIMENSIONS: dict[str, str] = {
    **dict.fromkeys(("km", "mile", "meter", "metre", "foot", "feet", "ft", "inch", "cm", "mm", "yard", "nmi"), "distance"),
    **dict.fromkeys(("kg", "lb", "ton", "tonne", "g", "gram", "pound_mass", "ounce"), "mass"),
    **dict.fromkeys(("mph", "kmh", "km/h", "knot", "m/s", "km/s", "mile/s"), "speed"),
    **dict.fromkeys(("magnitude",), "magnitude"), **dict.fromkeys(("degree", "celsius", "fahrenheit"), "temperature"),
    **dict.fromkeys(("percent", "percentage_point"), "share"),
}

# Lemmas the statistical lemmatizer gets wrong for words that matter here ("raped" -> "rap").
# ("fined" -> "fin": "fined between $5,000 and $7,000", interlaken_canyoning_trial bg_161; the fines of
# wn2004_032 and bg_168 are nouns.)
LEMMA_FIXES: dict[str, str] = {"raped": "rape", "raping": "rape", "taped": "tape", "shelled": "shell",
                               "bombed": "bomb", "stabbed": "stab", "shot": "shoot", "fined": "fine",
                               "hopes": "hope", "hoped": "hope", "hoping": "hope",
                               # stop 36: nouns whose singular is their plural, which the lemmatizer cuts to another
                               # word (the GUIDE's fallback is the singular lemma): "1,200 new species" (science),
                               # "raided 40 premises" (crime, business), "two army barracks" (conflict)
                               "species": "species", "premises": "premises", "barracks": "barracks",
                               # stop 37: a plural the lemmatizer cuts one letter too far ("45 million vaccine
                               # doses" -> "dos"; health, and a drug's doses in crime and science news)
                               "doses": "dose"}
# Verbs that only hand over a penalty ("given suspended jail sentences of up to five months", "received five months
# and a fine of 5,000 francs", "given jail terms up to 33 years"): interlaken_canyoning_trial bg_161, bg_168;
# bg_169 (East Timor militia trial). The penalty is the event: a sum is a fine, a time a sentence.
PENALTY_VERBS: frozenset[str] = frozenset({"give", "receive"})
PENALTY_NOUNS: frozenset[str] = frozenset({"sentence", "term", "fine", "jail", "imprisonment"})
PENALTY_OF_AMOUNT: dict[str, str] = {"money": "fine", "duration": "sentence"}
# Verbs whose bare time (their object, no "of" after it) is a sentence even when the clause names no penalty: "Taricani will
# receive no more than six months" (wn2004_032, after "Sentencing is to take place December 9th"), "Felix Oehler
# received five months" (interlaken_canyoning_trial bg_168).
SENTENCE_VERBS: frozenset[str] = frozenset({"receive"})
# Words after a time that make it a date, not a length ("the territory's vote for independence two years ago",
# bg_169).
DATING_WORDS: frozenset[str] = frozenset({"ago", "later", "earlier", "after", "before"})
# A verb and a word of its clause that together say another event: "going up" is a rise ("a shift of 1 per cent
# going up", bg_172). "found ... guilty" is the verb the text uses, find (GUIDE revision 2, E2: never a paraphrase;
# interlaken_canyoning_trial bg_161, bg_168; bg_169), no longer read as a conviction.
PHRASAL_EVENTS: dict[tuple[str, str], str] = {("go", "up"): "rise", ("go", "down"): "fall"}

# Verbs through which a sum or share is predicated of its subject ("the launch cost is $170 million",
# "loans total $30bn"), unlike "donors donated $1.2 million", whose subject is the giver.
STATING_VERBS: frozenset[str] = frozenset({"be", "total", "reach", "cost", "stand", "amount", "rise", "fall", "climb",
                                           "increase", "decrease", "drop", "grow", "hit", "top", "exceed", "gain",
                                           "lose", "jump", "decline", "come"}) | frozenset({
    # stop 36: the intransitive movers of a level, whose subject is what moved, as for "rise" ("Revenue surged to
    # $3 billion", "Debt swelled to $18 billion", "Profit slumped 40 per cent to $1.2 billion"): the event already
    # reads them as rise/fall; verbs that also take a doer ("cut", "boost", "reduce") stay out
    "soar", "surge", "swell", "balloon", "double", "triple", "slump", "plunge", "plummet", "tumble", "slide",
    "sink", "slip", "dip", "shrink", "dwindle",
    # stop 56: a gap's movers ("the trade surplus widened to 3.58 billion dlrs", "the deficit narrowed to 581 mln
    # dlrs": Reuters trade, budget and current-account items); a doer's object still comes first ("narrowed its
    # loss to $3 million", `counted_phrase.anchor_noun`)
    "widen", "narrow"})
# Nouns that only carry a quantity ("in excess of 100%", "a total of"): look past them for the thing.
QUANTITY_NOUNS: frozenset[str] = frozenset({"excess", "total", "sum", "amount", "level", "rate", "share", "percent",
                                            "%", "percentage", "figure", "number", "maximum", "minimum", "average"})

# Event families whose figures are restricted by place ("deaths in Sri Lanka" is not the total).
RESTRICTABLE_FAMILIES: frozenset[str] = frozenset({"killed", "wounded", "missing", "displaced", "casualties",
                                                   "affected", "destroyed", "rescued", "captured"})

# Prepositions whose object says where a figure happened: "killed in Peru", "four Palestinians near Jenin"
# (bg_277), "two fires burning near Cessnock" (bg_008); "on" only with a place naming its object, "died on
# Queensland roads" (bg_021), "on New South Wales roads" (bg_002), never "on New Year's Eve"; and, from the stop-37
# probe's four domains, "fired 40 rockets into northern Israel", "marched through central Budapest", "struck off the
# coast of Sumatra" (P5: "sank 50 nautical miles off Eden" -> Eden).
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "across", "throughout", "near", "on", "into", "through", "off"})
# Unnamed sites an event happens at, whose town a name written onto them gives (GUIDE P4: "an unnamed one ('at the
# hospital', 'at the mine') is not: use its town"): "in the Geelong plant", "at the Kathmandu airfield", "in a West
# Java settlement"; not what moves or is carried ("the Madrid train", "a Bogota shipment"), a body ("the Perth side"), an
# agreement ("the Kyoto treaty") or an embassy, which a capital's name owns ("the Moscow embassy").
SITE_NOUNS: frozenset[str] = frozenset({
    "plant", "factory", "mill", "mine", "refinery", "warehouse", "base", "airfield", "airport", "camp", "compound",
    "centre", "center", "hospital", "clinic", "school", "prison", "jail", "stadium", "arena", "station", "settlement",
    "market", "hotel", "mosque", "church", "temple", "office", "headquarters", "branch", "store", "shop", "port",
    "outpost", "checkpoint", "site", "facility", "complex", "shelter", "barracks", "restaurant", "nightclub", "mall",
    "building", "ground"})

# Prepositions of a locative whose object's nationality or anaphor gives the place (implied_place.py): "wandered in
# Japanese waters" (wn2004_026), "diverted to Canadian airports" (wn2004_048), "the earthquake in the country"
# (2025-04-02_1), "infections in the Territory" (bg_030).
IMPLIED_PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "into", "to", "on", "over", "across", "within",
                                                        "throughout", "inside"})
# Ground a country holds, so that a nationality on it names the country: "in Japanese waters", "to Canadian
# airports", "on Israeli soil", "in Iraqi airspace", "Indonesian territory"; not a people or a people's act.
NATIONAL_GROUND: frozenset[str] = frozenset({"water", "waters", "soil", "airport", "airspace", "territory", "coast",
                                             "land"})
# Anaphors for the one country named just before: "in the country", "across the nation".
COUNTRY_ANAPHORS: frozenset[str] = frozenset({"country", "nation"})
# a city written as "the city", "the capital", "the city's outskirts": the wire dateline's city (dateline.py)
CITY_ANAPHORS: frozenset[str] = frozenset({"city", "capital", "town"})

# Nouns of a legal proceeding: the place they are in is the court's, not where the figure happened ("filed in a
# $US3000 billion lawsuit in the US", Lee dev cor_006; "the Interlaken canyoning trial in Switzerland", bg_254; "to
# appear in a Swiss court", bg_281: the gold gives those figures no place).
LEGAL_PROCEEDINGS: frozenset[str] = frozenset({"lawsuit", "suit", "trial", "hearing", "court", "tribunal",
                                               "litigation", "inquest"})

# The words a time phrase may hold beside one written year and still name a part of that year ("fiscal 1986", "the
# first half of 1987", "the last quarter of 1986", "the same 1985 period", "end-1986", "all of 1987", "summer
# 2023"); the number words of "the first two months of 1987" are the number parser's (timephrases reads both).
YEAR_PART_WORDS: frozenset[str] = frozenset({
    "the", "of", "all", "whole", "same", "fiscal", "calendar", "financial", "year", "years", "quarter", "quarters",
    "half", "month", "months", "period", "season", "end", "start", "beginning", "middle", "first", "second", "third",
    "fourth", "last", "final", "1st", "2nd", "3rd", "4th", "spring", "summer", "autumn", "winter",
})

# Leading words of a time phrase that say how it relates to the figure, and the relation they mean.
TIME_RELATIONS: tuple[tuple[str, str], ...] = (
    ("since", "since"), ("as of", "at"), ("by", "at"), ("until", "until"), ("through", "until"),
    ("till", "until"), ("from", "since"), ("in", "during"), ("during", "during"), ("on", "at"), ("at", "at"),
)
# Words that link two days of one date ("15 and 16 June", "15 to 17 March"): a number before one is a day of a
# date the tagger read, no count (mentions._count_beside_time).
DAY_LINKS: frozenset[str] = frozenset({"and", "or", "to", "through", "till", "until"})
# Days named from the day of writing, which a count right before them does not measure ("trading at 10 today").
DEICTIC_DAYS: frozenset[str] = frozenset({"today", "yesterday", "tonight", "tomorrow", "overnight"})
# Prepositions of the clock: a number right after one in a time phrase is an hour ("at 10 in the morning", "until 11
# at night"), however the phrase goes on (mentions._count_beside_time).
CLOCK_PREPOSITIONS: frozenset[str] = frozenset({"at", "until", "till", "by", "before", "after", "around", "past"})
# Nouns whose plural is their singular, so the tagger reads a count of them as one thing: in "80 strike aircraft"
# the number counts the aircraft, not the compounded "strike" (`counted._compound_counted`). English grammar's
# zero plurals, not a story's words.
ZERO_PLURAL_NOUNS: frozenset[str] = frozenset({
    "aircraft", "spacecraft", "hovercraft", "watercraft", "craft", "sheep", "deer", "cattle", "swine", "bison",
    "moose", "salmon", "trout", "offspring", "personnel",
})
# Words after "100 per cent" that make it an intensifier ("I am not 100 per cent sure", "he was 100 per cent against
# the plan", "100 per cent behind the coach"): an idiom, as "zero tolerance" is (GUIDE: idioms are no
# figures); "100 per cent of the shares" stays a share.
WHOLLY_WORDS: frozenset[str] = frozenset({
    "sure", "certain", "against", "behind", "committed", "confident", "convinced", "wrong", "correct", "fit",
    "focused", "happy", "supportive", "serious", "honest", "genuine",
})
# ... said of someone by "be" ("he was 100 per cent against", "I am not 100 per cent sure"); "voted 100 per cent
# against" is a vote's share.
WHOLLY_BEFORE: frozenset[str] = frozenset({"is", "was", "am", "are", "were", "be", "been", "being", "not", "'m", "’m",
                                           "'re", "’re"})
