"""The owner a figure's clause names: the subject (or agent) of the verb the figure is an argument of ("Japan
pledged $500 million"), and the readers of names on a noun phrase that subject.py shares (possessor, nationality,
named appositive, whom a pronoun stands for)."""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract import source_lexicon as cite
from newsfigures.extract import word_senses
from newsfigures.extract.antecedent import antecedent
from newsfigures.extract.described_group import described_group
from newsfigures.extract.doers import doer_group, shares_subject, sized
from newsfigures.extract.naming import coordination_text, entity_text, group_phrase, in_dateline
from newsfigures.extract.persons import is_person
from newsfigures.extract.tree import lemma

CLIMB = 5  # ancestors walked up to the verb a figure is an argument of
INDEFINITE_ARTICLES = frozenset({"a", "an"})
IT = "it"  # the pronoun of one thing, which may stand for a coordination that names one ("X and Y said it")
PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP"})  # a country in a coordination makes it two parties
SPECIFIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those"}) | INDEFINITE_ARTICLES
# Nouns that only carry or point back to a quantity ("The number of cases has risen to", "The amount was raised to"):
# no company, country, group or person, so no owner (GUIDE subject line).
AMOUNT_NOUNS = words.QUANTITY_NOUNS | words.ANAPHORIC_NOUNS
# Links from a figure up to the verb that gives or takes it (`_plain_path`): objects, measures, coordinated verbs.
PLAIN_LINKS = frozenset({"dobj", "dative", "npadvmod", "conj", "pobj", "nummod", "compound", "quantmod"})


def nationality(noun: Token) -> str:
    """The country a common noun's nationality adjective names ("the secret Australian budget" -> Australia, "North
    Korean spending" -> North Korea; `word_senses.country_of`), "" for none."""
    if noun.pos_ != "NOUN":
        return ""
    for adjective in (c for c in noun.lefts if c.dep_ in ("amod", "compound")):
        country = (word_senses.country_of(adjective.doc[adjective.left_edge.i:adjective.i + 1].text)
                   or word_senses.country_of(adjective.text))
        if country:
            return country
    return ""


def possessor(noun: Token) -> str:
    """A named possessor of a noun ("Sears'", "Rossi's"), or whom a possessive pronoun or a bare definite kind noun
    stands for ("his bail", "the party's seven senators" -> the party last named); "" for other common nouns ("the
    world's") and for pronouns and kind nouns with no antecedent."""
    poss = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    if poss is None:
        return ""
    if poss.ent_type_ in vocab.OWNER_LABELS or poss.pos_ == "PROPN":
        return entity_text(poss)
    if poss.pos_ == "PRON":
        return named_phrase(poss)
    ref = antecedent(poss) if poss.pos_ == "NOUN" else None  # "the airline's workforce": the airline last named
    return named_phrase(ref, alone=True) if ref is not None else ""


def verb_subject(num: Token, noun: Token | None, national: bool = False) -> str:
    """The named subject (or passive agent) of the verb the figure is an argument of: "Japan pledged",
    "a pledge made by the government of Japan", "NASA plans to spend"; with `national`, the country a nationality
    on a common-noun subject of its own clause names ("The secret Australian budget ... is set at $400 million")."""
    start = noun if sentcache.is_ancestor(noun, num) else num
    made = [c for c in start.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "a pledge made by Japan"
    own = True  # the first verb above the figure: its own clause, whose common-noun subject may own it
    lower = None  # a subjectless infinitive the figure belongs to, which shares the subject above (doers.py)
    for t in [*made, start, *islice(start.ancestors, CLIMB)]:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        own, first = own and t in made, own
        verb = lower or t
        if lemma(t) in words.REPORTING_VERBS and not _object_of(t, start):
            return ""  # who says a figure is its source, not its owner
        agent = next((w for c in t.children if c.dep_ == "agent" for w in c.subtree
                      if w.ent_type_ in ("ORG", "GPE", "PERSON")), None)
        if agent is not None:
            return entity_text(agent)
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and not in_dateline(c)), None)
        if subj is not None and lemma(t) in vocab.FORECAST_VERBS and is_person(subj):
            return ""  # "economist Glenn Maguire expects a figure of 1 per cent": its source, not its owner
        if subj is not None and subj != noun and noun not in subj.conjuncts:
            owner = named_phrase(subj) or (_pronoun_group(subj) if _plain_path(start, t) else "")
            if owner or not ((first or lower is not None) and _argument_of(start, verb)):
                return owner
            doer = "" if made or (_done(start, verb) and not sized(num)) else doer_group(subj)  # doers.py
            if lower is not None:
                return doer  # only a bare plural doer: stop 37's wider infinitive reading fell on test and was reverted
            return (nationality(subj) if national and not word_senses.person_noun(lemma(subj)) and not _one_of(subj)
                    else "") or specific_noun(subj) or (national_group(subj) if _done(start, t) else "") or doer
        if subj is not None and t.dep_ != "conj":
            return ""  # "when 200 flights were diverted": no owner from the clause it depends on
        if t in made or _subject_controlled(t):
            continue
        if first and shares_subject(t):
            lower = t  # "firefighters have been able to carry out ... in three areas": the doer is above
        if t.dep_ not in ("xcomp", "ccomp", "relcl", "acl", "advcl", "conj"):
            return ""
    return ""


def _one_of(noun: Token) -> bool:
    """A noun with an indefinite article names one of its country's kind ("a French house sold two cargoes", "a
    Japanese firm bought", "a British company paid"), not the country, as "the secret Australian budget" does; not a
    body of the state, which acts for its country ("A Chinese delegation pledged", "a Japanese government agency
    granted": STATE_WORDS)."""
    words_ = {lemma(noun).lower(), *(lemma(c).lower() for c in noun.children if c.dep_ in ("compound", "amod"))}
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in noun.children) \
        and not words_ & vocab.STATE_WORDS


def _subject_controlled(verb: Token) -> bool:
    """A subjectless gerund or participle in a preposition's object, whose doer is the subject of the verb above
    ("Brett Dempsey pleaded guilty to destroying 23 rainforest trees", lee2 bg_190; "Australia will resume at 2 for 69
    after being set 440 to win", lee2 bg_275, cricket_aus_nz_2001); not when that verb has an object, which is the
    doer then ("accused him of stealing")."""
    if verb.dep_ != "pcomp" or verb.tag_ not in ("VBG", "VBN"):
        return False
    above = next((a for a, _ in sentcache.verbs_above(verb)), None)
    return above is not None and not any(c.dep_ in ("dobj", "dative") for c in above.children)




def _pronoun_group(subj: Token) -> str:
    """The group of persons a plural pronoun subject stands for, as named ("They were given jail terms" after "...
    found 10 militia gang members guilty" -> "militia gang members"; "the six of the eight employees" ->
    "employees"), "" when it stands for none."""
    ref = antecedent(subj) if subj.pos_ == "PRON" else None
    if ref is not None and ref.pos_ == "NUM":  # "the six of the eight employees"
        ref = next((o for c in ref.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
    if ref is None or ref.tag_ != "NNS" or not (word_senses.person_noun(lemma(ref)) or described_group(ref)):
        return ""
    return group_phrase(ref)


def _plain_path(start: Token, verb: Token) -> bool:
    """The figure's phrase is what the verb, or a verb coordinated to it, gives or takes: its object, an "of"
    phrase of it, a bare measure ("given jail terms up to 33 years", "sentences of up to five months", "and fined
    between $5,000 and $7,000"), not a time or place around the clause ("after the vote two years ago")."""
    t = start
    while t != verb:
        if t.dep_ not in PLAIN_LINKS and not (t.dep_ == "prep" and t.lower_ == "of"):
            return False
        if t.head == t:
            return False
        t = t.head
    return True


def _argument_of(start: Token, verb: Token) -> bool:
    """The figure's phrase is the verb's own argument or adjunct ("offered R$200,000", "for two hours", "In
    3,059 cases"), not deeper inside another phrase ("coasts of a dozen nations"), not an absolute "with"
    phrase ("began with 45.9 seconds left"), and the verb is no evidence verb ("the effort showed a 300 vote
    difference": evidence, not an owner)."""
    if lemma(verb) in cite.EVIDENCE_VERBS:
        return False
    if start.dep_ in ("nummod", "compound") and start.head.pos_ == "NOUN":
        start = start.head  # "two hours": the phrase the number counts in
    start = first_conjunct(start)
    if start.dep_ in ("nsubj", "nsubjpass"):
        return False  # "A magnitude 6.4 earthquake strikes": the figure describes the subject itself
    if start.head == verb:
        return True
    prep = start.head
    absolute = prep.lower_ == "with" and any(c.dep_ in ("acl", "amod") and c.tag_ in ("VBN", "VBD", "VBG")
                                             for c in start.children)
    return prep.head == verb and prep.dep_ in ("prep", "npadvmod") and not absolute


def specific_noun(t: Token) -> str:
    """A common-noun subject that names one thing or group ("This aftershock comes ...", "the lawyers had
    offered ...", "it wandered" -> the submarine): a noun with an article or demonstrative, as written without
    it; "" for bare plurals, which speak of a kind ("places may not receive aid")."""
    ref = antecedent(t)
    t = ref if ref is not None and ref.pos_ == "NOUN" else t
    if t.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in SPECIFIC_DETERMINERS for c in t.children):
        return ""
    return "" if lemma(t) in AMOUNT_NOUNS else _coordinated_groups(t)


def national_group(t: Token) -> str:
    """A plural common-noun subject a nationality describes, which names one group as a name would ("Australian
    swimmers have won nine of the 12 events", "Israeli tanks and troops have launched two incursions", "Australian
    cricket selectors have made just one change"), with the nouns coordinated to it; "" for a bare plural, which
    speaks of a kind ("places may not receive aid")."""
    if t.tag_ != "NNS" or not any(c.dep_ in ("amod", "compound") and _nationality_word(c) for c in t.lefts):
        return ""
    return _coordinated_groups(t)


def _done(start: Token, verb: Token) -> bool:
    """The figure's phrase is what the verb does, makes or wins, its direct object ("have launched two incursions"),
    not a place or a whole around it ("have shot dead five Palestinians in two West Bank towns", "nine of the 12
    events": lee bg_277, bg_241)."""
    start = first_conjunct(start)
    return start.dep_ == "dobj" and start.head == verb


def first_conjunct(t: Token) -> Token:
    """The first of the nouns a noun is coordinated with by "and", whose place in the clause the later ones share
    ("launched 84 drones and six missiles": the missiles are launched as the drones are); not after "or", which
    restates a figure another way ("10% of its workforce, or about 2,500 jobs") or offers another."""
    while t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ == "NOUN" and _joined_by_and(t.head):
        t = t.head
    return t


def _joined_by_and(t: Token) -> bool:
    """The coordination a noun opens is joined by "and"."""
    return any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children)


def _nationality_word(t: Token) -> bool:
    """A nationality adjective or a people's name ("Australian", "Israeli"), by the tagger or by WordNet."""
    return t.ent_type_ == "NORP" or bool(word_senses.country_of(t.text))


def _coordinated_groups(t: Token) -> str:
    """A common noun with the common nouns coordinated to it, each without its quantifying words, as the names of
    a coordination are ("the tanks and two jeeps entered 400 metres" -> "tanks and jeeps", lee bg_044)."""
    phrases = [group_phrase(w) for w in (t, *t.conjuncts) if w.pos_ == "NOUN" and w.i >= t.i]
    return phrases[0] if len(phrases) == 1 else f"{', '.join(phrases[:-1])} and {phrases[-1]}"


def _object_of(verb: Token, t: Token) -> bool:
    """The figure's phrase is the verb's direct object ("it was adding 10,000 customers"), not a clause it
    reports."""
    return any(c.dep_ == "dobj" and (c == t or sentcache.is_ancestor(c, t)) for c in verb.children)


def named_phrase(t: Token, alone: bool = False) -> str:
    """A subject when it names someone: an entity ("Japan") with the names coordinated to it (unless `alone`),
    whom a pronoun or a bare "the company" stands for, a named appositive, a named possessor, or a noun with a
    named compound ("the Bush administration"); "" for other common nouns and pronouns with no antecedent."""
    if t.ent_type_ in vocab.OWNER_LABELS or t.pos_ == "PROPN":
        return entity_text(t) if alone else coordination_text(t)
    ref = antecedent(t)  # "he", "its", "the company": whom it stands for (one of them, not a coordination)
    if ref is not None:
        return _one_name(t, ref) or named_phrase(ref, alone=True)
    named = named_appositive(t)  # "the party's candidate, Armando Guebuza", "monopolies Verizon, SBC and BellSouth"
    if named:
        return named
    owner = possessor(t)  # "Rossi's lead was shortened to 42 votes"
    if owner:
        return owner
    named = [c for c in t.lefts if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "PERSON")]
    if named:
        return f"{entity_text(named[0])} {t.text}"
    return ""


def _one_name(pronoun: Token, ref: Token) -> str:
    """The whole coordination of names "it" stands for, as one name, where the coordination says it ("Procter and
    Gamble said it sold", "trader E D and F Man said it sold"): a singular thing's pronoun cannot stand for two (two
    would be "they"). Not a coordination with a country or a body named with "the" ("Argentina and the IMF agreed ...
    it will borrow": one of two parties), nor "its", which a list of what a subject owns may hold ("Nestle, which owns
    Purina and Nespresso, said its sales"); "" when its antecedent is no such coordination."""
    head = ref.head if ref.dep_ == "conj" and ref.head.pos_ == "PROPN" else ref
    names = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    said = pronoun.head
    if pronoun.lower_ != IT or head.pos_ != "PROPN" or not names or pronoun.dep_ != "nsubj" \
            or said.dep_ != "ccomp" or head.head.i != said.head.i or head.dep_ != "nsubj":
        return ""
    if any(t.ent_type_ in PLACE_ENTITIES or any(c.dep_ == "det" for c in t.children) for t in [head, *names]):
        return ""
    return coordination_text(head)


def named_appositive(t: Token) -> str:
    """The names of a named appositive of `t` ("the radical Islamic group Hamas"), "" when it has none."""
    named = next((c for c in t.children if c.dep_ == "appos" and (c.ent_type_ in vocab.OWNER_LABELS
                                                                  or c.pos_ == "PROPN")), None)
    return coordination_text(named) if named is not None else ""
