"""Whose quantity a figure is: the group counted ("1,055 Syrians"), the owner named on the counted noun
("Sears' revenue", "Acme shares"), or the subject or agent of its verb ("Japan pledged $500 million")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract import word_senses
from newsfigures.extract.aged import aged_person
from newsfigures.extract.armed import names_armed_group
from newsfigures.extract.at_organisation import organisation_at
from newsfigures.extract.batting import batsman_beside
from newsfigures.extract.listed import NOT_OWNERS, list_item_name, named_before_preposition
from newsfigures.extract.antecedent import antecedent, full_name_of, named_before
from newsfigures.extract.elapsed import dated_thing
from newsfigures.extract.force import police_force
from newsfigures.extract.gapped import gapped_casualty
from newsfigures.extract.length_before import persons_race_length
from newsfigures.extract.counted_phrase import agreeing_head
from newsfigures.extract.clause_subject import (first_conjunct, named_appositive, named_phrase, nationality, possessor,
                                                  specific_noun, verb_subject)
from newsfigures.extract.match_result import match_side
from newsfigures.extract.measured import located_by_gap, measured_thing
from newsfigures.extract.naming import coordination_text, demonym_plural, entity_text, group_phrase
from newsfigures.extract.nominal import verb_of
from newsfigures.extract.scoreline import scoreline_owner
from newsfigures.extract.sport import dismissed_batsman
from newsfigures.extract.sport_side import first_person_side
from newsfigures.extract.tree import lemma, of_object
from newsfigures.extract.with_holder import with_holder

PLACE_LABELS = frozenset({"NORP", "GPE", "LOC"})  # entity labels of a nationality or a place
PERSON_QUANTITIES = frozenset({"deaths", "injured", "casualties", "missing", "displaced", "people", "troops"})
# A group's owner after these: "senior leaders of the hardline Hamas group", "gunmen from the radical Islamic group
# Hamas" (lee bg_277, bg_014, bg_283: the Palestinian Authority's crackdown), "employees from the Adventure World
# canyoning tour company" (bg_161: the canyoning trial).
GROUP_OWNER_PREPOSITIONS = frozenset({"of", "from"})
# Quantities of sums: a nationality on the noun that holds or is such a sum names its owner, the country ("Total
# Japanese expenditures on ODA have reached $221bn", wn2004_021; "The secret Australian budget ... is set at $400
# to $500 million", lee bg_163). Not other figures: dev gold keeps the nationality in the phrase there ("Israeli
# passengers", "Russian cosmonauts", "the Chinese submarine", "the Australian economy": bg_283, bg_231,
# wn2004_026, bg_251).
SUM_QUANTITIES = frozenset(vocab.MONEY_QUANTITIES.values()) | frozenset(vocab.MONEY_BY_EVENT.values())
# Quantities a country owns when a nationality names it on their noun: sums ("Japanese expenditures") and amounts
# of goods, whose nouns hold the trading verbs' too ("Zambian copper production", "French cereal exports": a
# country's output and trade, as the Reuters gold writes Peru's and Zaire's).
NATIONAL_QUANTITIES = SUM_QUANTITIES | vocab.GOODS_AMOUNT_NOUNS


def subject_of(num: Token, noun: Token | None, quantity: str, event: str, previous: str = "") -> str:
    """Whose quantity it is, as the text names it ("" when the figure belongs to the story as a whole);
    `previous` is the subject of the figure before it in the same sentence ("... and 5,184 others")."""
    owner = match_side(num) or _owner_of(num, noun, quantity, event, previous)  # "beat Arsenal 2-0"
    side = first_person_side(num, quantity)  # "we were down 2-0": the speaker's side (sport_side.py)
    owner = side or (_side_country(owner) if quantity in vocab.SIDE_SCORE_QUANTITIES else scoreline_owner(num, owner))
    return "" if _names_quantity(owner, quantity) else owner


def _names_quantity(owner: str, quantity: str) -> bool:
    """`owner` is the word that names the quantity itself, which is whose nothing is ("Revenue slipped 4.5%",
    "Turnout was 58.7 percent", a table's "Revs 54.9 mln"); a group counted as persons is its own subject
    ("1,055 Palestinians", "500 troops"), and a place keeps what is counted of it, however its quantity was read
    ("in the Netherlands 12,000")."""
    if " " in owner or not owner or quantity in PERSON_QUANTITIES or word_senses.place_senses(owner):
        return False  # a name of several words ("Zayre Stores") is a name, whatever one of its words counts
    word, named = owner.lower(), quantity.lower()
    return word == named or word.rstrip("s") == named.rstrip("s")


def _side_country(owner: str) -> str:
    """A side's score owned by the people the text names the side by is the country's ("Australians" ->
    Australia); any other owner (a batsman, a side named by its country) as it is."""
    return (word_senses.country_of(owner) if owner.endswith("s") else "") or owner


def _owner_of(num: Token, noun: Token | None, quantity: str, event: str, previous: str) -> str:
    """`subject_of` as the parse names the owner."""
    holder = _holder(num, noun) or with_holder(num, noun)  # "holds 130 captives"; "a retailer with 350 stores"
    if holder:
        return holder
    batsman = dismissed_batsman(num) or batsman_beside(num)
    if batsman is not None:
        return _person_name(batsman)
    if quantity == "people" and event == "sent" and (sender := _sender(num, noun)):
        return sender
    if quantity in PERSON_QUANTITIES:
        return _group(num, noun, quantity, previous)
    if quantity == "age":
        return aged_person(num)
    if quantity == "distance" and (thing := located_by_gap(num)) is not None:
        return group_phrase(thing)
    if quantity == "distance" and persons_race_length(num):
        return ""  # "Geoff Huegill won the 50 metres butterfly": the race's length, no one's
    if quantity == "share" and noun is not None and (part := _part_of_owned_group(num, noun)):
        return part
    national = quantity in NATIONAL_QUANTITIES
    owned = noun is not None and not _part_of_place(num, noun)
    owner = ((_owner_on(noun, national) if owned else "") or organisation_at(noun)
             or named_before_preposition(num, noun) or list_item_name(num))
    if owner:
        return owner
    if noun is not None and noun.ent_type_ in vocab.OWNER_LABELS and event != "bought":
        return entity_text(noun)  # "Kmart gained 15 percent": the company is what moved
    if quantity == "duration" and (dated := dated_thing(num)):
        return dated
    owner = verb_subject(num, noun, national)
    if owner or quantity == "duration":
        return owner
    thing = measured_thing(num) if quantity in vocab.MEASURED_QUANTITIES else None
    return group_phrase(thing) if thing is not None else (_described_noun(num, noun) or _owner_named_before(noun))


def _sender(num: Token, noun: Token | None) -> str:
    """Who sends or deploys the persons a figure counts, as "Canada sent" owns its troops (GUIDE's `sent`: the one
    that does it): the named subject of the verb whose direct object the count is ("Chile has sent 56 rescuers")."""
    start = first_conjunct(_phrase_of(num, noun))
    if start.dep_ != "dobj":
        return ""
    subj = next((c for c in start.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return named_phrase(subj) if subj is not None else ""


def _person_name(t: Token) -> str:
    """A person as the text names them, in full when a surname alone stands for a name written before; a pronoun is
    the person it stands for ("He was caught by Mark Boucher for 104"), "" when none is found."""
    if t.pos_ == "PRON":
        found = antecedent(t)
        if found is None:
            return ""
        t = found
    ent = sentcache.entity_of(t)
    if t.ent_type_ == "PERSON" and ent is not None and len(ent) > 1:
        return entity_text(t)
    full = full_name_of(t)
    return entity_text(full) if full is not None else (entity_text(t) if t.ent_type_ == "PERSON" else t.text)


def _owner_named_before(noun: Token | None) -> str:
    """The owner named on an earlier mention of the counted thing, which a bare count of it repeats: a name
    compounded with it or its nationality's country ("a Type 09-1 Han Class attack submarine ... Only two of five
    submarines are thought to be operational", wn2004_026; "Israeli helicopters have again attacked ... Two
    helicopters returned to the skies", lee bg_177); "" when no mention names one."""
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in NOT_OWNERS:
        return ""  # a unit ("5,000 francs") is no thing owned
    if any(c.dep_ == "poss" for c in noun.lefts):
        return ""  # "the Palestinian leader's three helicopters" are not the "Israeli helicopters" before (bg_267)
    return named_before(noun, _mention_owner)


def _mention_owner(noun: Token) -> str:
    """The owner one mention of a common noun names: a name compounded with it, or its nationality's country."""
    return _compound_name(noun) or nationality(noun)


def _compound_name(noun: Token) -> str:
    """The name compounded with a common noun, whole ("a Type 09-1 Han Class attack submarine" -> "Han Class"), ""
    for none; not an appositive, which names a member or an amount ("great catches - Ricky Ponting",
    "7,500 Swiss francs (about $A8,800)": lee bg_047, bg_168)."""
    named = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    return noun.doc[named.left_edge.i:named.i + 1].text if named is not None else ""


def _phrase_of(num: Token, noun: Token | None) -> Token:
    """The head of the figure's phrase: its counted noun when the number is inside that noun's phrase."""
    return noun if sentcache.is_ancestor(noun, num) else num


def _holder(num: Token, noun: Token | None) -> str:
    """Who holds what the figure counts, when its phrase is the object of a possession verb: the verb's named
    subject ("Hamas says they hold 130 Israeli captives"), or the owner of the noun a possessing participle
    describes ("632 MST camps in Brazil, containing 116,382 families"); "" when no name is found."""
    t = _phrase_of(num, noun)
    verb = t.head
    if t.dep_ != "dobj" or lemma(verb) not in vocab.POSSESSION_VERBS:
        return ""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return named_phrase(subj)
    holder = _participle_holder(verb)
    return (_owner_on(holder) or named_phrase(holder)) if holder is not None else ""


def _participle_holder(verb: Token) -> Token | None:
    """The noun a participle with no subject of its own speaks of: the noun it describes ("camps containing"),
    or the subject of the clause it hangs from, an existential's noun included ("there were 632 MST camps ...,
    containing")."""
    if verb.tag_ not in ("VBG", "VBN"):
        return None
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ != "advcl":
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) or next(
        (c for c in verb.head.children if c.dep_ == "attr" and any(e.dep_ == "expl" for e in verb.head.children)),
        None)


def _group(num: Token, noun: Token | None, quantity: str, previous: str) -> str:
    """The group a count of persons names ("Syrians", "children"), or whose toll it is."""
    said = _predicated_group(num)
    if said or noun is None:
        return said
    if lemma(noun) in ("other", "others") or noun.lower_ == "others" or gapped_casualty(num, noun):
        return previous
    if {lemma(noun), noun.lower_} & (vocab.GENERIC_GROUP_NOUNS | vocab.CASUALTY_QUANTITIES.keys()):
        return _toll_owner(num, noun) or _acquirer(noun, vocab.EMPLOYING_VERBS) or _described_persons(noun)
    organisation = _armed_organisation(noun) if quantity == "troops" else ""
    if organisation:
        return organisation  # "up to 500 Al Qaeda fighters": the organisation's, as "150 al-Qaida members" are
    if quantity == "troops" and lemma(noun) in vocab.TROOP_NOUNS:
        owner = next((c for c in noun.lefts if c.ent_type_ in ("NORP", "GPE")), None)
        if owner is not None and owner.ent_type_ == "NORP":
            return group_phrase(noun)  # "two Israeli soldiers": the group as written, not the adjective alone
        return entity_text(owner) if owner is not None else verb_subject(num, noun)  # "US troops", "Canada sent"
    acquirer = _acquirer(noun)
    if acquirer:
        return acquirer  # whose customers or intake they become is what the count is of (wn2004_084, bg_180)
    described = _described_noun(num) if noun == num.head else ""
    owner = "" if described else (_group_owner(noun) or _member_organisation(noun))
    if owner and (lemma(noun) in vocab.MEMBER_NOUNS or _possessed_count(num, noun)):
        return owner.removesuffix("'s")  # "three senior leaders of the hardline Hamas group": Hamas's own
    if quantity in vocab.CASUALTY_EVENTS and _names_no_persons(noun):
        return described or owner.removesuffix("'s")  # "the number of war dead" (the seed): a war is no group
    group = police_force(noun, group_phrase(noun)) if quantity == "people" else group_phrase(noun)  # GUIDE Q4
    return described or _with_owner(owner, group)


def _armed_organisation(noun: Token) -> str:
    """The organisation a proper name compounded on armed persons names ("Al Qaeda fighters", "Hamas militants",
    "Islamic State fighters" -> the name), as the gold writes an organisation's members ("150 al-Qaida members",
    "two gunmen from Hamas"); "" for a nationality or a country ("Palestinian gunmen", "US troops"), left to the
    readings of groups and troops."""
    name = next((c for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1), None)
    if name is None or name.pos_ != "PROPN" or not (name.is_title or name.is_upper) or name.ent_type_ in PLACE_LABELS:
        return ""  # "Gaza gunmen", "Chechen rebels": a place or a nationality, left to the troops reading
    if any(c != name and c.ent_type_ in PLACE_LABELS for c in noun.lefts):
        return ""  # "British Royal Marine commandos": a country's own force, as written (the troops reading)
    text = noun.doc[name.left_edge.i:name.i + 1].text
    if lemma(name) in vocab.FORCE_WORDS and not names_armed_group(text):
        return ""  # "Iraqi Army soldiers", "Syrian Democratic Forces fighters": a force's word, as written
    return text


def _names_no_persons(noun: Token) -> bool:
    """The counted noun of a casualty count is, by its first WordNet sense, a happening or a place, no group of
    persons: the parser took it for the head ("the number of war dead": "war" the object of "of")."""
    key = lemma(noun)
    return noun.ent_type_ not in vocab.OWNER_LABELS and (word_senses.happening_noun(key)
                                                        or word_senses.names_location(key))


def _member_organisation(noun: Token) -> str:
    """The organisation named on a noun for its members ("up to 150 al-Qaida members", lee3 cor_003, as "three
    senior leaders of the hardline Hamas group" is Hamas's own); "" for other groups ("Ansett workers" stay the
    group, bg_203) and for a nationality ("Two Palestinian gunmen", bg_014)."""
    if lemma(noun) not in vocab.MEMBER_NOUNS:
        return ""
    named = next((c for c in noun.lefts if c.dep_ == "compound" and c.ent_type_ == "ORG"), None)
    return entity_text(named) if named is not None else ""


def _possessed_count(num: Token, noun: Token) -> bool:
    """The number counts a group its possessor has, and the count is the possessor's, as "Sears' revenue" is
    Sears' ("the woman's three children" -> the woman, lee bg_178; "their two coalition partners" -> the party,
    wn2004_014; the gold writes "their 2,500 employees" as the airline's too, bg_203); not a part of that group,
    which stays the group ("Two of the woman's three children" -> "woman's children")."""
    return num.head == noun and num.dep_ == "nummod" and any(c.dep_ == "poss" for c in noun.lefts)


def _part_of_owned_group(num: Token, noun: Token) -> str:
    """A share of a group of persons with a named possessor is that group, written as a count of a part of it is
    ("Up to 12 per cent of Australia's children" -> "Australia's children", lee bg_172, as "Two of the woman's three
    children" -> "woman's children", bg_178); "" when the share is of no persons or of a group no name possesses
    ("11% of the world's Internet users", wn2004_083)."""
    if num.head == noun or not word_senses.person_noun(lemma(noun)):
        return ""
    owner = possessor(noun)
    return _with_owner(f"{owner}'s", group_phrase(noun)) if owner else ""


def _predicated_group(num: Token) -> str:
    """The named group a bare number is said to be, with or without "be": a nationality ("21 people, 14 of them
    Australians", lee bg_161) or the organisation named on the predicate noun ("Of the 27 soldiers cited ..., 19
    were SOA graduates", wn2004_037); "" when the predicate names no one ("200 were children")."""
    head = num.head
    if num.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    pred = next((c for c in head.children if c.dep_ == "attr"), None) if lemma(head) == "be" else head
    if pred is None or pred.pos_ not in ("NOUN", "PROPN"):
        return ""
    return entity_text(pred) if pred.ent_type_ == "NORP" else _owner_on(pred)


def _with_owner(owner: str, group: str) -> str:
    """A counted group written with the owner the text names for it, as one name, owner first ("Adventure World
    employees", "woman's children"); the group alone when no owner is named."""
    if not (owner and group) or owner == group:
        return group or owner.removesuffix("'s")
    return f"{owner} {group}"


def _group_owner(noun: Token) -> str:
    """Whom a counted group of persons belongs to, named on the group itself: its possessor ("the woman's three
    children") or the name after its "of"/"from" ("three senior leaders of the hardline Hamas group", "six
    employees from the Adventure World canyoning tour company", "70 members of the Islamic Jihad and Hamas
    groups"); "" when the group names none, or names several it comes "from" (bg_277: gold keeps the group)."""
    poss = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    if poss is not None:
        owner = possessor(noun) or specific_noun(poss)
        return f"{owner}'s" if owner else ""  # "the woman's three children" -> "woman's children"
    for prep in noun.rights:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        if obj is None or prep.lower_ not in GROUP_OWNER_PREPOSITIONS:
            continue
        if prep.lower_ == "from" and any(c.dep_ == "conj" for c in obj.children):
            return ""  # "75 militants from Hamas and the smaller Islamic Jihad": where a mixed group came from
        return _name_on(obj)
    return ""


def _acquirer(noun: Token, verbs: frozenset[str] = vocab.ACQUIRING_VERBS) -> str:
    """Who gains or keeps a counted group of persons, named as the subject of the verb whose object the group is
    (`measure_lexicon.ACQUIRING_VERBS`: "it was adding about 10 thousand new wired voice customers", "expects to
    have 200 thousand voice customers", "Nauru will take up to 1,200 asylum seekers"; `EMPLOYING_VERBS` for
    generic persons, "Haldenwerk employs some 34,000 people"); "" when unnamed."""
    verb = noun.head
    if noun.dep_ != "dobj" or lemma(verb) not in verbs:
        return ""
    clause = verb.head if verb.dep_ == "xcomp" else verb  # "it expects to have": the subject of "expects"
    subj = next((c for c in (*verb.children, *clause.children) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return named_phrase(subj) if subj is not None else ""


def _name_on(t: Token) -> str:
    """The name a noun phrase gives, without the common noun it names a kind of: an entity or proper noun with the
    names coordinated to it ("Hamas and the smaller Islamic Jihad", "the Islamic Jihad and Hamas groups"), a named
    appositive ("the radical Islamic group Hamas") or a named compound ("the hardline Hamas group", "the Adventure
    World canyoning tour company"); "" for a common noun alone."""
    if t.ent_type_ in vocab.OWNER_LABELS or t.pos_ == "PROPN":
        toks = coordination_text(t).split()
        while len(toks) > 1 and toks[-1].isalpha() and toks[-1].islower():
            toks.pop()  # "... and Hamas groups": the names, not their kind
        return " ".join(toks)
    named = named_appositive(t)
    if named:
        return named
    named = next((c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    return t.doc[named.left_edge.i:named.i + 1].text if named is not None else ""


def _described_noun(num: Token, counted: Token | None = None) -> str:
    """The noun a counted measure describes, when number and measure modify it ("a one page memo", "a new 15-story
    external fuel tank", "the 52-member parliament"): the thing so measured, as written after the measure; ""
    when that noun names an event (its nominalised verb is known) or is itself what the figure counts ("a
    three-for-two stock split", where the parser hangs the number on "stock")."""
    unit = num.head
    if num.dep_ not in ("nummod", "compound") or unit.pos_ != "NOUN" or unit.dep_ not in ("compound", "nmod", "amod"):
        return ""
    if agreeing_head(num) is not None:
        return ""  # "the three counting centres": the centres are counted (extract/counted.py), not described
    head = unit.head
    if head == counted or head.pos_ not in ("NOUN", "PROPN") or head.i <= unit.i or verb_of(lemma(head)):
        return ""  # "a 300 vote difference", "a 5 game suspension": an event measured, no thing
    kept = [t.text for t in num.doc[unit.i + 1:head.i + 1]
            if not t.is_punct and t.lower_ not in vocab.GROUP_MODIFIERS_DROPPED]
    return " ".join(kept)


def _toll_owner(num: Token, noun: Token) -> str:
    """ "the Syrian death toll", "the death toll of Syrians", "of civilians": the people a toll counts, on the
    counted noun or on the toll that is the subject of the figure's verb ("the death toll of Kurds has reached 200
    people")."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    phrase = _phrase_of(num, noun)
    verb = phrase.head.head if phrase.dep_ == "pobj" else phrase.head
    heads += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in vocab.CASUALTY_QUANTITIES]
    for h in heads:
        obj = of_object(h, h.doc[num.i:num.i + 1])
        if obj is not None and obj.ent_type_ == "NORP":
            return entity_text(obj)
        if obj is not None and obj.tag_ == "NNS" and lemma(h) in vocab.CASUALTY_QUANTITIES \
                and word_senses.person_noun(lemma(obj)):
            return group_phrase(obj)  # "the death toll of civilians": the persons it counts
        norp = next((c for c in h.lefts if c.ent_type_ == "NORP" and c.dep_ in ("amod", "compound")), None)
        if norp is not None and h.dep_ != "compound" and _only_casualty_words(norp, h):
            return demonym_plural(norp.text)
    return ""


def _described_persons(noun: Token) -> str:
    """A generic noun for persons made a group by a word that describes them ("two armed men", lee bg_044, the
    Israeli-Palestinian thread; "the hundreds of burns victims", bg_011, the Lima fireworks fire), as written; ""
    for a bare generic noun or one whose modifiers say nothing of who ("other people", "the dead"), or a noun that is
    no person by its first WordNet sense ("people", "toll")."""
    if not word_senses.names_person(lemma(noun)):
        return ""
    describing = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "VERB")
                  and c.lower_ not in vocab.GROUP_MODIFIERS_DROPPED and lemma(c) not in vocab.CASUALTY_QUANTITIES
                  and not c.like_num and not c.ent_type_]
    return group_phrase(noun) if describing else ""


def _only_casualty_words(first: Token, last: Token) -> bool:
    """Nothing but casualty words between two tokens: "Syrian death toll" (not "Asian earthquake toll",
    where the demonym is the earthquake's)."""
    return all(lemma(t) in vocab.CASUALTY_QUANTITIES for t in first.doc[first.i + 1:last.i])




def _part_of_place(num: Token, noun: Token) -> bool:
    """The figure is a part of a whole a place possesses ("three of Canada's biggest banks"; "around 8%
    of the province's pre-war population"): the place says where the whole is, as a place compound does
    (`_owner_on`), not whose the part is."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head not in (num, num.head):
        return False
    poss = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    return poss is not None and poss.ent_type_ in ("GPE", "LOC")


def _owner_on(noun: Token, national: bool = False) -> str:
    """An owner named on the counted noun: possessive ("Sears' revenue") or a named compound ("Acme shares"); a
    place as compound says where, not whose ("two West Bank towns", "Queensland roads", "the Gaza Strip
    population": lee bg_277, bg_021, gaza_war 2025-01-09); with `national`, the country a nationality names
    ("Japanese expenditures")."""
    owner = possessor(noun)
    if owner:
        return owner
    named = next((c for c in noun.lefts if c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON")), None)
    if named is not None:
        return entity_text(named)
    return nationality(noun) if national else ""
