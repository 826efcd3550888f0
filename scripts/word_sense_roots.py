"""The reviewed WordNet 3.0 roots scripts/build_word_senses.py derives the event and quantity vocabularies from:
which synsets (and how far under them) stand for each closed event class and each quantity of
tests/gold/measures/GUIDE.md, and the senses and words left out, each with its reason. Data, kept apart from the
code that walks WordNet; edit here, then run `python scripts/build_word_senses.py`."""
from __future__ import annotations

# Root synsets of the closed event classes (tests/gold/measures/GUIDE.md), as (verb, sense number in index.verb,
# troponym depth taken under it) -> class; chosen by reading WordNet's trees. The depth stops where the troponyms
# stop meaning the class: under increase.v.01 ("become bigger") the second level is growth of living things
# ("bloom", "germinate") and additions ("inject", "button"); under send.v.01 the first is "cast", "divert"; under
# flee.v.01, "escape" and "defect"; under descend.v.01 ("move downward") news' falls sit beside "abseil" and
# "dismount", so only drop.v.02 ("fall vertically": plummet) stands for it.
VERB_ROOTS: dict[tuple[str, int, int], str] = {
    ("kill", 1, 2): "killed",  # cause to die: murder, massacre, behead, strangle, assassinate, lynch
    ("die", 1, 2): "killed",  # pass from physical life: perish, decease, predecease
    ("injure", 1, 2): "injured",  # cause injuries or bodily harm: maim, stab, bruise, sprain, harm
    ("increase", 1, 1): "rose",  # become bigger or greater in amount: swell, wax, mount, accrue, snowball
    ("increase", 2, 2): "rose",  # make bigger or more: augment, boost, escalate, multiply -> double, triple
    ("rise", 1, 1): "rose",  # move upward: soar, rocket, skyrocket, climb
    ("decrease", 1, 1): "fell",  # decrease in size, extent or range: dwindle, shrink, wane, taper, slow
    ("decrease", 2, 1): "fell",  # make smaller: reduce, minimize, pare, abate
    ("drop", 2, 1): "fell",  # to fall vertically: plummet, plump
    ("buy", 1, 2): "bought",  # obtain by purchase: purchase, repurchase
    ("sell", 1, 1): "sold",  # exchange or deliver for money: auction, retail, wholesale, resell
    ("donate", 1, 1): "pledged",  # give to a charity or good cause
    ("send", 1, 0): "sent",  # cause to go somewhere
    ("deploy", 1, 1): "sent",  # place troops or weapons in battle formation
    ("dispatch", 1, 0): "sent",  # send away towards a designated goal: despatch
    ("arrive", 1, 1): "arrived",  # reach a destination: land
    ("win", 1, 1): "won",  # be the winner in a contest: triumph
    ("disappear", 1, 1): "missing",  # get lost, as without warning or explanation: vanish
    ("flee", 1, 0): "displaced",  # run away quickly
    ("evacuate", 1, 0): "displaced",  # move out of an unsafe location into safety
    ("displace", 1, 0): "displaced",  # cause to move, usually with force or pressure
    ("cost", 1, 0): "cost",  # be priced at
}
# Synsets under a root that change a thing's extent in space, time or text, not an amount (the GUIDE's rose and fell
# are values: "rose 8%", "fell to 20%"), left out with their troponyms: (verb, sense number) -> why.
VERB_EXCLUDED: dict[tuple[str, int], str] = {
    ("lengthen", 1): "make longer (prolong, protract, elongate): a curfew extended by two weeks rose nothing",
    ("extend", 1): "extend in scope or range or area (widen, broaden, globalize)",
    ("abridge", 1): "reduce in scope while retaining essential elements (abbreviate, foreshorten): a text",
}
# Senses that change an amount, the GUIDE's rose ("rose, increased, gained, jumped, climbed") and fell ("fell,
# dropped, lost value"), as (verb, sense number in index.verb, troponym depth) -> class: WordNet files the moves of a
# price or a count as later senses of motion verbs ("jump": increase suddenly and significantly, its 4th; "dip": go
# down momentarily, its 3rd), so any sense of a verb counts here, where the figure is what moved (a per cent, points,
# "by" a figure: measure_lexicon.RISE_VERBS, FALL_VERBS), unlike VERB_ROOTS, which say what happened to anything.
CHANGE_ROOTS: dict[tuple[str, int, int], str] = {
    ("increase", 1, 0): "rose",  # become bigger or greater in amount
    ("increase", 2, 0): "rose",  # make bigger or more
    ("wax", 2, 1): "rose",  # go up or advance (mount, climb, rise): jump (increase suddenly), advance/gain
    ("soar", 1, 0): "rose",  # rise rapidly: soar, surge ("the dollar soared against the yen")
    ("hike", 1, 0): "rose",  # increase: hike, boost ("hiked up the rents")
    ("shoot_up", 1, 0): "rose",  # rise dramatically ("prices shot up overnight")
    ("swell", 1, 0): "rose",  # increase in size, magnitude, number, or intensity
    ("escalate", 1, 0): "rose",  # increase in extent or intensity
    ("multiply", 2, 1): "rose",  # combine or increase by multiplication: double, triple, quadruple
    ("appreciate", 4, 0): "rose",  # gain in value ("the yen appreciated again")
    ("decrease", 1, 0): "fell",  # decrease, diminish, lessen, fall
    ("decrease", 2, 0): "fell",  # make smaller: lessen, minify
    ("decline", 4, 2): "fell",  # grow smaller: wane, dip, drop (go down in value), slump, tumble
    ("decline", 6, 0): "fell",  # go down in value: slump, correct ("prices slumped")
    ("reduce", 1, 1): "fell",  # cut down on, make a reduction in: cut, trim, slash, retrench, downsize
    ("shrink", 4, 0): "fell",  # become smaller: shrink, contract
    ("dwindle", 1, 0): "fell",  # become smaller or lose substance
    ("depreciate", 2, 0): "fell",  # lower the value of something
    ("drop_off", 1, 0): "fell",  # fall or diminish ("the number of students dropped off")
    ("plunge", 2, 0): "fell",  # drop steeply: dive, plunge ("the stock market plunged")
}
# Troponyms under a change root that change no amount, left out with theirs: (verb, sense number) -> why.
CHANGE_EXCLUDED_SENSES: dict[tuple[str, int], str] = {
    ("wear_on", 1): "(of time) pass slowly: no amount",
    ("shorten", 1): "make shorter: a length or a time, no amount",
    ("spill", 6): "reduce the pressure of wind on a sail: no amount",
    ("quench", 5): "reduce the degree of (luminescence or phosphorescence): no amount",
    ("thin_out", 1): "make thin or thinner: a density",
    ("thin", 2): "lessen the strength or flavor of a solution: no amount",
    ("take_away", 7): "take away a part from, diminish: \"detract from\" a merit",
    ("inflate", 4): "(under reduce) cause prices to rise: WordNet's filing is no fall",
    ("subtract", 2): "take off or away: a thing removed, no level",
}
# Verbs with a change sense whose other senses news writes with a count, left out: word -> why. (A word of
# measure_lexicon.MOVE_VERBS that is neither a rise nor a fall there, "sink", "advance", stays so.)
CHANGE_EXCLUDED: dict[str, str] = {
    "mount": "\"mounted 20 raids\": mount an attack",
    "contract": "\"500 people contracted the virus\": catch an illness",
    "correct": "\"corrected the figure\": make right",
    "apprise": "inform (its first sense): its gain in value is rare",
    "apprize": "inform, as apprise",
    "dive": "\"dived 30 metres\": move down through water or air (its first sense)",
    "plunk": "\"plunked down $5 million\": pay",
}
# Verbs whose change sense is rare beside a sense news uses with a count, left out: word -> why.
# Root synsets of the GUIDE's quantity classes, as (noun, sense number in index.noun) -> quantity; a noun whose
# first sense lies under one of them (hyponyms and instances at any depth) counts that quantity. Persons who serve
# in the armed forces are troops (GUIDE: "soldiers, troops, personnel, forces, fighters"; dev: "soldiers",
# wn2004_037; the Israeli soldiers and troops of the gaza_war and israel_palestinian_2001 threads), their officers
# not (NOUN_EXCLUDED). A death or a killing is a death ("13 murders", Lee bg_169, East Timor trial, beside the
# deaths and fatalities of the gaza_war, holiday_road_toll_2001 and wn2004_099 stories); an injury an injury (the
# injuries of the gaza_war and turkey_syria_earthquake threads). Sums of a kind of money are that kind (the aid,
# fines, revenue, salaries and spending of wn2004_094, bg_180, wn2004_032, bg_168, wn2004_091, wn2004_025, wn2004_093);
# any other payment is money, the GUIDE's line for money of no named kind (a bribe and bail, wn2004_032, wn2004_068;
# the benefits a per cent cut lowers, wn2004_097; entitlements, Lee bg_203). A root under another root (fine.n.01
# and wage.n.01 under cost.n.01) keeps its own subtree.
NOUN_ROOTS: dict[tuple[str, int], str] = {
    ("serviceman", 1): "troops",  # a person who serves in the armed forces: soldier, marine, commando, conscript
    ("enlisted_person", 1): "troops",  # a serviceman who ranks below a commissioned officer: private, trooper
    ("warrior", 1): "troops",  # someone engaged in or experienced in warfare: guerrilla, irregular
    ("military_personnel", 1): "troops",  # soldiers collectively: troops, soldiery
    ("death", 1): "deaths",  # the event of dying or departure from life: fatality, martyrdom
    ("killing", 2): "deaths",  # the act of terminating a life: murder, homicide, massacre, slaughter, suicide
    ("injury", 1): "injured",  # any physical damage to the body: wound, fracture, bruise, laceration
    ("revenue", 1): "revenue",  # the entire amount of income before any deductions: receipts
    ("wage", 1): "salary",  # something that remunerates: pay, remuneration, salary
    ("fine", 1): "fine",  # money extracted as a penalty: amercement, mulct
    # stop 40: what a court awards one side against the other, as the lexicon's "damages" (fine): restitution, redress,
    # indemnity, amends, punitive damages
    ("damages", 1): "fine",
    ("spending", 1): "spending",  # money paid out: outlay, expending
    ("grant", 1): "aid",  # any monetary aid: subsidy, subvention
    ("cost", 1): "money",  # the total spent for goods or services: payment, fee, benefit, bribe, ransom, pension
}
# Synsets under a root that are not its quantity, left out with what lies under them: (noun, sense number) -> why.
NOUN_EXCLUDED: dict[tuple[str, int], str] = {
    ("military_officer", 1): "an officer commands troops: \"two generals\", \"three officers\" are persons",
    ("veteran", 1): "a serviceman who has seen service: news' veterans have left the forces",
    ("noncombatant", 1): "a member of the armed forces who does not fight",
    ("volunteer", 1): "(military) one who enlists freely: news' volunteers work unpaid (fire crews, aid)",
    ("found", 1): "food and lodging given beside a wage, no sum of money",
}
