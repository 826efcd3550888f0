"""Whom a pronoun or a generic definite noun stands for ("he" -> the person last named as a subject, "its" -> the
thing last named as one, "the company" -> the organisation last named), so that an owner named a clause or a
few sentences earlier is found."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.described_group import described_before, group_pronoun
from newsfigures.extract.pipeline import sentence_before
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import group_class, names_country, person_noun

LOOKBACK = 4  # sentences searched back for an antecedent
BEFORE_CHARS = 2000  # more than LOOKBACK sentences of news: the text before a Doc looked into for a word
# A capitalised word that is no determiner, up to two lower-case words, then the word ("Israeli helicopters").
_NAMED_WORD = r"\b(?-i:(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\b)[A-Z][\w.'-]*)(?:\s+(?-i:[a-z][\w-]*)){{0,2}}\s+{word}"
VERDICT = "guilty"  # the adjective a court's finding predicates of the convicted
SUBJECTS = ("nsubj", "nsubjpass")


def antecedent(t: Token) -> Token | None:
    """The token that names what `t` stands for, or None when `t` is no pronoun or generic definite noun this
    reads ("he", "his", "it", "its", "they", "the company"), or when no antecedent is found."""
    word = t.lower_
    if word in vocab.RELATIVE_PRONOUNS and t.head.dep_ == "relcl" and t.head.head.i < t.i:
        return t.head.head  # "Justin Langer, who is not out on 144"
    if word in vocab.PERSON_PRONOUNS:
        return person_before(t)
    if word in vocab.REPORTER_PRONOUNS or group_pronoun(t):
        if _reported(t):
            return _reporter(t)
        return (next((s for s in _subjects_before(t) if _definite_group(s)), None) or _found_guilty(t)
                or described_before(_subjects_before(t)))
    if word in vocab.GROUP_POSSESSIVES and t.dep_ == "poss":
        return _possessing_group(t)
    if word in vocab.THING_PRONOUNS and t.dep_ == "poss":
        return _possessing_thing(t)
    if word in vocab.THING_PRONOUNS and not _expletive(t):
        return next((s for s in _subjects_before(t) if _thing(s)), None)
    listed = vocab.DEFINITE_KINDS.get(lemma(t)) if t.pos_ == "NOUN" else None
    if listed and _bare_definite(t):
        return described_entity(t, listed)
    if t.pos_ == "NOUN" and t.tag_ == "NN" and lemma(t) in vocab.BODY_HEADS and _bare_definite(t):
        return _named_body(t)
    return None


def _named_body(t: Token) -> Token | None:
    """Whom a description by the word that ends a body's name stands for ("the ministry", "the university", "the
    court", "the council"): the nearest organisation named before it whose name holds that word ("the Health
    Ministry", "the University of Tartu"), in its sentence or up to LOOKBACK sentences back; None when none does
    (another body's name is no antecedent: "The army denied" after "the Rapid Support Forces")."""
    return _entity_before(t, lambda w: w.ent_type_ in vocab.ORGANISATION_KINDS and not _inside(w, t) and _holds(w, t))


def described_entity(t: Token, kinds: frozenset[str]) -> Token | None:
    """Whom a definite description ("the company", "the central bank", "the plant") stands for: the nearest entity
    of its kinds before it in its sentence, else the subject of an earlier sentence so named (itself or its
    appositive: "The company, Acme Energy, believes"), else the nearest such entity there; never a name whose
    head word names another kind of body ("the Metal Workers Union" is no plant)."""
    country = lemma(t) in vocab.COUNTRY_KINDS  # "the country's": a country, not the city named last

    def accept(w: Token) -> bool:
        return (w.ent_type_ in kinds and w.dep_ != "case" and not _inside(w, t) and _body_named(w)
                and (not country or _names_country(w)) and not _other_kind(w, t))
    for k, stretch in enumerate(_sentences_back(t)):
        found = [w for w in reversed(stretch) if accept(w)]
        subject = next((w for w in found if k and _names_subject(w)), None)
        if subject is not None or found:
            return subject or found[0]
    return None


def _other_kind(w: Token, t: Token) -> bool:
    """The name `w` belongs to ends with a word for another kind of body than the description `t` ("the Metal
    Workers Union" for "the plant"; "the Reserve Bank" for "the bank" is of its kind)."""
    ent = sentcache.entity_of(w)
    last = ent[-1].lower_ if ent is not None else w.lower_
    return last in vocab.BODY_HEADS and last != lemma(t)


def _holds(w: Token, t: Token) -> bool:
    """The name `w` belongs to holds the description's word ("the Health Ministry" for "the ministry", "the
    University of Tartu" for "the university"): a kind of body a name says it is stands only for such a name."""
    ent = sentcache.entity_of(w)
    return any(lemma(x) == lemma(t) or x.lower_ == t.lower_ for x in (ent if ent is not None else (w,)))


def _body_named(w: Token) -> bool:
    """`w` names a body: any name but a nationality's adjective ("West Australian senator"); a people in the plural
    ("the Democrats") is one."""
    return w.ent_type_ != "NORP" or w.tag_ in ("NNPS", "NNS")


def _names_subject(w: Token) -> bool:
    """The name `w` belongs to is its clause's subject, or in apposition to it ("The company, Acme Energy")."""
    ent = sentcache.entity_of(w)
    root = ent.root if ent is not None else w
    return root.dep_ in SUBJECTS or (root.dep_ == "appos" and root.head.dep_ in SUBJECTS)


def named_before(noun: Token, name: Callable[[Token], str]) -> str:
    """What `name` reads on the nearest earlier mention of a common noun that it reads anything on: nouns of its
    lemma before it in its sentence and up to LOOKBACK sentences before; "" for none. A Doc's mentions are read
    once, so each figure of a sentence listing one noun many times costs a bisection, not a walk back over them."""
    word = lemma(noun)
    for stretch in _sentences_back(noun, ask=text_names_before(noun.doc, word)):
        at, names = _named_mentions(stretch.doc, name).get(word, ((), ()))
        k = bisect_left(at, stretch.end) - 1
        if k >= 0 and at[k] >= stretch.start:
            return names[k]
    return ""


def _named_mentions(doc: Doc, name: Callable[[Token], str]) -> dict[str, tuple[list[int], list[str]]]:
    """Noun lemma -> the positions of the Doc's nouns of that lemma `name` reads something on, and what it reads."""
    def build() -> dict[str, tuple[list[int], list[str]]]:
        out: dict[str, tuple[list[int], list[str]]] = {}
        for w in doc:
            said = name(w) if w.pos_ == "NOUN" else ""
            if said:
                at, names = out.setdefault(lemma(w), ([], []))
                at.append(w.i)
                names.append(said)
        return out
    return sentcache.once(doc, "named_mentions", name, build)


def text_names_before(doc: Doc, word: str) -> bool:
    """Whether the BEFORE_CHARS of the article before `doc`'s text write `word` after a capitalised word (a name
    compounded with it or a nationality: "Han Class attack submarine", "Israeli helicopters"), the only earlier
    mentions `named_before`'s reader takes an owner from: a test on the text that spares parsing those sentences,
    and reading the article again, when they cannot hold one. True when the article's text is unknown (a Doc made
    outside extraction)."""
    text = doc._.article_text
    if text is None:
        return True
    start = doc._.offset + doc._.lead
    pattern = _NAMED_WORD.format(word=re.escape(word))
    return re.search(pattern, text[max(0, start - BEFORE_CHARS):start], re.IGNORECASE) is not None


def named_person_before(t: Token) -> Token | None:
    """The person last named before `t`, in its sentence or up to LOOKBACK sentences back, whatever the name's role
    ("the hometown of former Beatle George Harrison ... the guitar hero"): whom a definite person description
    that names no one stands for. The name is a full one, of two words or more, as news first names a person (the
    small model also tags a single place word a person: "the Hindu holy city of Benares"); a name inside `t`'s own
    phrase is no antecedent ("The Beatles' former lead guitarist"). A person named as the subject of a clause is
    preferred to one named nearer in another role, and a subject named by the surname alone stands for the full name
    it shortens ("Ian Thorpe has emulated Kieren Perkins feat ... The champion 19-year-old", lee2 bg_191; "Harrison
    was honoured instead by dozens of pictures of the guitar hero", bg_274, after "Lord Mayor Gerry Scott said")."""
    subject = _entity_before(t, lambda w: w.ent_type_ == "PERSON" and w.dep_ in SUBJECTS and not _inside(w, t))
    if subject is not None and not _full_name(subject):
        subject = _entity_before(subject, lambda w: w.ent_type_ == "PERSON" and _full_name(w)
                                 and sentcache.entity_of(w)[-1].text == subject.text)
    return subject or _entity_before(t, lambda w: w.ent_type_ == "PERSON" and not _inside(w, t) and _full_name(w))


def full_name_of(t: Token) -> Token | None:
    """A person's full name written before `t` that ends with `t`'s word, which a surname alone shortens ("Matthew
    Hayden" for a later "Hayden"); None when none was written."""
    return _entity_before(t, lambda w: w.ent_type_ == "PERSON" and _full_name(w)
                          and sentcache.entity_of(w)[-1].text == t.text)


def _full_name(w: Token) -> bool:
    """`w` belongs to a person's name of two words or more."""
    ent = sentcache.entity_of(w)
    return ent is not None and len(ent) >= 2


def person_before(t: Token) -> Token | None:
    """The person last named as a subject before `t`, whom a quotation's "he said" stands for."""
    return next((p for p in map(_person, _subjects_before(t)) if p is not None), None)


def _reported(t: Token) -> bool:
    """`t` is the subject of a clause a reporting verb reports ("Hamas says they hold ...")."""
    return t.dep_ in SUBJECTS and t.head.dep_ == "ccomp" and lemma(t.head.head) in words.REPORTING_VERBS


def _reporter(t: Token) -> Token | None:
    """ "Hamas says they hold ...": the named organisation, country or people whose report the clause of
    "they" is; None when the reporter is unnamed ("The police said they are still investigating": whose group
    this cannot tell)."""
    said = next((c for c in t.head.head.children if c.dep_ in SUBJECTS), None)
    return said if said is not None and said.ent_type_ in ("ORG", "GPE", "NORP") else None


def _definite_group(t: Token) -> bool:
    """A plural common noun made definite, which a later "they" outside a report stands for ("The asylum seekers
    have various things to do. ... they can see 21 different channels", lee bg_180; "The first three defendants
    are managers ... If convicted they face one year jail sentence", bg_281)."""
    return t.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.children)


def _found_guilty(t: Token) -> Token | None:
    """The ones the sentence before found guilty, which a "they" opening the next stands for ("A Swiss court has
    found the six of the eight employees guilty ... They have been given suspended jail sentences", lee bg_161,
    the Interlaken trial; "... has found 10 militia gang members guilty of crimes against humanity. They were given
    jail terms up to 33 years", bg_169, East Timor's militia trial): the noun "guilty" describes, or the subject
    of its clause; None elsewhere."""
    if any(w.dep_ in SUBJECTS for w in t.doc[t.sent.start:t.i]):
        return None
    before = sentence_before(t.sent, LOOKBACK)
    for w in before if before is not None else ():
        if lemma(w) != VERDICT or any(c.dep_ == "neg" for c in w.children):
            continue  # "found the coach not guilty": no one's sentence follows
        found = w.head if w.dep_ == "amod" else next(
            (c for c in w.children if c.dep_ in SUBJECTS), None) if w.dep_ in ("ccomp", "oprd", "acomp") else None
        return found if found is not None and _several(found) else None
    return None


def _several(t: Token) -> bool:
    """A plural noun, or a number standing for several ("the six of the eight employees"): what "they" can be."""
    return t.tag_ in ("NNS", "NNPS") or t.like_num


def _group_or_body(t: Token) -> bool:
    """A subject "their" can stand for: a plural noun, or a named organisation, country or people (itself or in
    apposition: "Donner's own party, the Christian Democratic Appeal (CDA)")."""
    bodies = ("ORG", "GPE", "NORP")
    return t.tag_ in ("NNS", "NNPS") or t.ent_type_ in bodies or any(
        c.dep_ == "appos" and c.ent_type_ in bodies for c in t.children)


def _possessing_group(t: Token) -> Token | None:
    """Whom a possessive "their" stands for: its own clause's subject when that can own (a plural noun, a named
    organisation, country or people, names coordinated, a noun for a group: "The Australian cricket team has brashly
    talked up their chances"; a "they" there is what "they" stands for: "They dress in black and disguise their
    identities"), else the nearest plural noun for persons or a group of them before it in its sentence, whatever
    its role ("thanking the Brazilian people for their support", "forced residents of Los Palos to flee their
    homes", "firefighters are hoping lighter winds will help ease their workload"; wn2004_003, wn2004_037, lee
    bg_033, bg_042, bg_169, cor_003: stop 27's audit of every dev "their"), else the last subject before it that can
    be several."""
    own = _clause_subject(t, vocab.REPORTER_PRONOUNS)
    if own is not None and own.lower_ in vocab.REPORTER_PRONOUNS:
        own = antecedent(own)  # "They dress in black and disguise their identities": whom "they" stands for
    if own is not None and _owning_group(own):
        return own
    persons = next((w for w in reversed(t.doc[t.sent.start:t.i]) if _persons(w)), None)
    if persons is not None:
        return _named_by(persons)
    return next((s for s in _subjects_before(t) if _group_or_body(s)), None)


def _named_by(w: Token) -> Token:
    """The subject a predicate noun says what it is ("The Blackshirts are former husbands aggrieved by their
    treatment" -> Blackshirts), else `w`."""
    subject = next((c for c in w.head.children if c.dep_ in SUBJECTS), None) if w.dep_ == "attr" else None
    return subject if subject is not None and subject.pos_ != "PRON" else w


def _owning_group(w: Token) -> bool:
    """A subject "their" can stand for: what `_group_or_body` takes, names coordinated, or a noun for a group."""
    return _group_or_body(w) or any(c.dep_ == "conj" for c in w.children) or (
        w.pos_ == "NOUN" and bool(group_class(lemma(w))))


def _persons(w: Token) -> bool:
    """A plural noun for persons or a group of them ("guests", "dissidents", "people", "troops")."""
    return w.pos_ == "NOUN" and w.tag_ == "NNS" and w.dep_ != "poss" and (
        person_noun(lemma(w)) or bool(group_class(lemma(w))))


def _possessing_thing(t: Token) -> Token | None:
    """Whom a possessive "its" stands for: the subject of its own clause when that can be a thing ("Russia, despite
    its strong support", "Israel accused Force-17 of … attacks against its people"), else the nearest organisation or
    country named before it in its sentence, whatever its role ("condemning the Government over its refugee
    policy", "an announcement from the Reserve Bank after its board meeting", "Hamas and its smaller rival",
    "between Norway's ambassador and its foreign office", "the Solomons … militants from its two largest provinces":
    lee3 cor_049, cor_044, lee bg_251, lee4 bg_267, bg_240), else the last subject before that can be one."""
    own = _clause_subject(t)
    if own is not None and own.lower_ in vocab.THING_PRONOUNS:
        return antecedent(own)  # "it will not take its 90 seats": what "it" stands for
    if own is not None and (_thing(own) or _body(own)):
        return own
    body = next((w for w in reversed(t.doc[t.sent.start:t.i]) if _body(w) and w.dep_ != "case"), None)
    return body if body is not None else next((s for s in _subjects_before(t) if _thing(s)), None)


def _clause_subject(t: Token, pronouns: frozenset[str] = vocab.THING_PRONOUNS) -> Token | None:
    """The subject of the first verb above `t` (a coordinated verb's shared one: "revoked the deal and reiterated to
    Beijing its commitment"), when it has one before `t` that is no pronoun but `pronouns` and does not hold `t` ("the
    Hamas spiritual leader … or any of its militants are harmed": the subject holds "its")."""
    verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subj = None
    while verb is not None and subj is None:
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        verb = verb.head if subj is None and verb.dep_ == "conj" else None  # "revoked the deal and reiterated"
    if subj is None or subj.i > t.i or subj.left_edge.i <= t.i <= subj.right_edge.i:
        return None
    return subj if subj.pos_ != "PRON" or subj.lower_ in pronouns else None


def _body(w: Token) -> bool:
    """A named organisation or country, singular or named in the plural ("the Solomons", "the United States")."""
    return w.ent_type_ in ("ORG", "GPE") and w.pos_ == "PROPN"


def _expletive(t: Token) -> bool:
    """ "it is time to ...": an "it" that is the subject of "be" stands for nothing."""
    return t.dep_ == "nsubj" and lemma(t.head) == "be"


def _bare_definite(t: Token) -> bool:
    """ "the company", "this party", "the central bank": a definite noun with no modifier but adjectives, which
    names nothing new ("the new company, to be called Sears Holdings" does)."""
    lefts = list(t.lefts)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in lefts):
        return False
    described = any(c.dep_ == "amod" for c in lefts)  # "the central bank": an adjective, unless it names anew
    if described and any(c.dep_ in vocab.NAMING_DEPS for c in t.rights):
        return False  # "the new company, to be called Sears Holdings"
    return all((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or _describing(c) for c in lefts)


def _describing(c: Token) -> bool:
    """An adjective that describes the body named before ("the central bank"), not one that sets another against
    it ("the other company", "the rival bank") or picks one of several ("the smaller company")."""
    return c.dep_ == "amod" and c.pos_ == "ADJ" and c.tag_ == "JJ" and c.lower_ not in vocab.CONTRAST_ADJECTIVES


def _person(t: Token) -> Token | None:
    """`t` when it names a person (a PERSON entity, or a singular name the tagger left untyped), else a named
    person in apposition to it."""
    if t.ent_type_ == "PERSON" or (t.tag_ == "NNP" and not t.ent_type_):
        return t
    return next((c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def _thing(t: Token) -> bool:
    """A singular noun or name that "it" can stand for (not a person, not a pronoun)."""
    return t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") and t.ent_type_ != "PERSON"


def _inside(w: Token, t: Token) -> bool:
    """`w` is part of the phrase `t` heads."""
    return w.doc is t.doc and t.left_edge.i <= w.i <= t.i


def _sentences_back(t: Token, ask: bool = True) -> Iterator[Span]:
    """The stretches to search, nearest first: `t`'s sentence up to `t`, then up to LOOKBACK sentences before it
    (those before its window are parsed apart when asked for, pipeline.sentence_before; with `ask` False only
    those already parsed are searched)."""
    sent: Span | None = t.sent
    yield t.doc[sent.start:t.i]
    for _ in range(LOOKBACK):
        sent = sentence_before(sent, LOOKBACK if ask else 0)
        if sent is None:
            return
        yield sent


def _subjects_before(t: Token) -> Iterator[Token]:
    """Subjects of clauses before `t`, nearest first, pronouns skipped (a chain "Artest ... he ... He" leads
    back to the name)."""
    for stretch in _sentences_back(t):
        for w in reversed(stretch):
            if w.dep_ in SUBJECTS and w.pos_ != "PRON":
                yield w


def _names_country(w: Token) -> bool:
    """`w` belongs to the name of a country ("Australia", "the U.S."), not of a city or a region."""
    ent = sentcache.entity_of(w)
    if ent is not None and ent[0].lower_ == "the":  # "The United States" as the tagger spans it
        ent = ent[1:]
    return ent is not None and len(ent) > 0 and names_country(ent.text)


def _entity_before(t: Token, accept: Callable[[Token], bool]) -> Token | None:
    """The nearest entity token before `t` that `accept` takes."""
    for stretch in _sentences_back(t):
        found = next((w for w in reversed(stretch) if accept(w)), None)
        if found is not None:
            return found
    return None
