"""Forms of attribution whose source is not the reporting verb's plain subject: the owner of the evidence that
"shows" ("X's figures show", "figures from X show", "X figures show"), the agent of a passive report ("it was
reported by state media that ..."), the one a "quoted as saying" quotes, active or passive, and the noun a relative pronoun
subject stands for ("The ministry, which said ..."); and a claim of a deed, which attributes nothing of the deed
("claimed responsibility for the bombing, which killed 12")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import source_lexicon as cite
from newsfigures.extract.measure_lexicon import BODY_HEADS, RELATIVE_PRONOUNS
from newsfigures.extract.source_phrase import follows_mark
from newsfigures.extract.tree import lemma


def evidence_owner(subj: Token) -> Token | None:
    """Whose evidence the subject of "show" is: "X's figures", "figures from X", "figures released by X" (the agent
    of a participle on it), "X figures" (a name or a body's noun compounded on the evidence noun: "police figures";
    or a name with an "of" of its own the parser sets as a modifier: "Ministry of Defence figures show"), or X itself
    when it is a name; None for evidence nobody is named for ("the video showed ...", "official data show", "traffic
    data show")."""
    for c in subj.children:
        if c.dep_ == "poss":
            return None if c.pos_ == "PRON" else c
        if c.dep_ == "acl":
            c = next((a for a in c.children if a.dep_ == "agent"), c)
        obj = next((o for o in c.children if o.dep_ == "pobj"), None) if c.lower_ in cite.EVIDENCE_OWNER_PREPS else None
        if obj is not None:
            return obj
    if lemma(subj) in cite.EVIDENCE_NOUNS:
        return next((c for c in subj.children if c.dep_ in cite.EVIDENCE_NAME_DEPS and _names_a_body(c)), None)
    return subj if subj.pos_ == "PROPN" else None


def _names_a_body(word: Token) -> bool:
    """A word compounded on evidence that names its owner: a name ("Health Ministry figures") or a noun of a body
    ("police figures show", "government data showed", "army figures": the kind nouns of a body's name)."""
    return word.pos_ == "PROPN" or lemma(word).lower() in BODY_HEADS


def without_evidence_noun(words: list[Token]) -> list[Token]:
    """An owner's words without the evidence noun the parser put inside the name ("National Bureau of Statistics
    figures show": the figures are the bureau's, not part of its name)."""
    while len(words) > 1 and words[-1].pos_ == "NOUN" and lemma(words[-1]) in cite.EVIDENCE_NOUNS:
        words = words[:-1]
    return words


def places_figure(verb: Token, num: Token) -> bool:
    """ "put" or "give" where it states a figure: "Police put the crowd at 50,000" (the number in its "at" phrase),
    "The ministry gave a toll of 300" (in the count noun it gives); not "put on 44 runs", "gave 300 blankets"."""
    if lemma(verb) in cite.GIVING_VERBS:
        return any(num in c.subtree for c in verb.children if c.dep_ == "dobj" and lemma(c) in cite.GIVEN_COUNT_NOUNS)
    return any(num in c.subtree for c in verb.children if c.dep_ == "prep" and c.lower_ in cite.PLACING_PREPS)


def passive_source(verb: Token, num: Token) -> Token | None:
    """Who a passive reporting verb names as its source: its agent ("It was reported by state media that 25 people
    died"; "Residents were told by officials that 40 homes were lost": a clause it governs is what the agent said,
    whatever the verb), or, for a verb whose object is the speaker, its passive subject ("A police officer was quoted
    as saying 9 people had been arrested"); None for a verb of what is done ("300 prisoners were released by
    the government") and when no one is named ("It was reported that ...")."""
    verb_lemma = lemma(verb)
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    agent = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if verb_lemma in cite.SPEAKER_OBJECT_VERBS:
        return agent or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    in_clause = any(num in c.subtree for c in verb.children if c.dep_ == "ccomp")
    return agent if in_clause or verb_lemma not in cite.DONE_NOT_SAID_VERBS else None


def quoted_speaker(verb: Token, num: Token) -> Token | None:
    """Whom an active quoting verb quotes as saying the number ("The paper quoted the governor as saying 40 people
    died" -> the governor, not the paper; "as putting the toll at 40" too); None when the number is not in a clause
    the one quoted is quoted as saying or doing (an "as" with a verb)."""
    if lemma(verb) not in cite.SPEAKER_OBJECT_VERBS:
        return None
    as_clause = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and num in c.subtree), None)
    if as_clause is None or not any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in as_clause.children):
        return None  # "cited the storm as the cause of 40 deaths", "quoted the death toll as 300": no speaker quoted
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def claims_a_deed(verb: Token, num: Token) -> bool:
    """The verb claims a deed (cite.CLAIMED_DEEDS) and the number stands in the deed's phrase, on the deed noun or
    on the verb's "for" ("claimed responsibility for the bombing, which killed 12", "claimed credit for the raid that
    freed 14 hostages"): what the text says of the deed is no report of the claimer's; not a report beside the claim
    ("claimed responsibility, saying it had killed 40 soldiers")."""
    deeds = cite.CLAIMED_DEEDS.get(lemma(verb), frozenset())
    claimed = [c for c in verb.children if c.dep_ == "dobj" and lemma(c) in deeds]
    deed_for = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    return bool(claimed) and any(num in c.subtree for c in claimed + deed_for)


def relative_antecedent(subj: Token, verb: Token) -> Token | None:
    """The noun a relative pronoun subject of a reporting verb stands for, when its clause is set off by a comma
    ("The ministry, which said 40 people died, gave no details" -> the ministry); None otherwise (a restrictive "the
    200 officials who said" tells which officials, it names no source)."""
    if subj.lower_ not in RELATIVE_PRONOUNS or verb.dep_ != "relcl":
        return None
    return verb.head if follows_mark(verb) else None


def said_after(verb: Token, num: Token) -> bool:
    """A reporting verb the parser coordinated with the clause before it, with no conjunction and no clause of its
    own ("The company will cut 1,200 jobs, chief executive Mark Reed said on Monday": "said" a conjunct of "cut"): it
    reports the clause it follows, as ", officials said" parsed as parataxis does; not "..., and a U.N. official said
    that ..." (a conjunction, a clause of its own), nor "..., officials told reporters" read as its object."""
    if verb.dep_ != "conj" or verb.i < num.i or num not in verb.head.subtree:
        return False
    return follows_mark(verb) and not any(c.dep_ in cite.OWN_CLAUSE_DEPS for c in verb.children)


def coordinated_tail(verb: Token) -> Token | None:
    """The first of two sources the parser hung on the clause before a finite reporting verb with no subject (",
    witnesses and hospital staff said", "..., witnesses and police have said": "witnesses" a conjunct of the noun
    before the comma); its phrase, with the one conjunct under it, names both. None for a participle ("refugees and
    families estimated at 5,000" describes the list), for more sources than two, and when the items before the comma
    are no list the clause closed with "and" ("near the border, witnesses, residents and police said": which of them
    is the first source, the parse does not tell)."""
    if verb.i == 0 or not _finite(verb) or any(c.dep_ in cite.CLAUSE_SUBJECT_DEPS for c in verb.children):
        return None
    first = last = verb.doc[verb.i - 1]
    while first.dep_ == "conj" and first.head.i < first.i and not follows_mark(first):
        first = first.head
    listed = [c for c in first.children if c.dep_ == "conj"]
    named = first.pos_ in ("NOUN", "PROPN") and first.dep_ == "conj" and listed == [last] and follows_mark(first)
    return first if named and (first.head.dep_ != "conj" or _closed_list(first)) else None


def _finite(verb: Token) -> bool:
    """A finite verb, or a participle under a finite auxiliary ("have said")."""
    return verb.tag_ in cite.FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in cite.FINITE_TAGS for c in verb.children)


def _closed_list(first: Token) -> bool:
    """The clause's own list the first source is hung on was closed with "and" or "or" before it ("40 trucks, cars
    and buses, witnesses and police said")."""
    return any(c.dep_ == "cc" and c.i < first.i for t in (first.head, *first.head.conjuncts) for c in t.children)


def count_owner(num: Token) -> Token | None:
    """Whose own count the figure is, as "X's figures show" is X's report: the possessor of a count noun the figure
    states ("The government's count is 300", "the ministry's tally stands at 300", "By the army's count, 300
    militants were killed"); None for a pronoun possessor, a noun of what is counted ("Turkey's death toll": whose
    dead), or a count noun with the counted compounded on it ("Australia's medal tally", "the party's seat tally",
    "his delegate count": whose medals, seats or delegates, not who counted them)."""
    top = num.head if num.dep_ == "nummod" else num
    verb = top.head.head if top.dep_ == "pobj" and top.head.lower_ in cite.COUNT_PREPS else None
    verb = top.head if top.dep_ == "attr" else verb
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else _by_count(num)
    if noun is None or lemma(noun) not in cite.COUNT_NOUNS or any(c.dep_ == "compound" for c in noun.children):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ != "PRON" else None


def _by_count(num: Token) -> Token | None:
    """The count noun of a "by X's count" on the figure's nearest verb ("By the army's count, 300 were killed")."""
    verb = next((v for v in num.ancestors if v.pos_ in ("VERB", "AUX")), None)
    by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None) if verb is not None else None
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
