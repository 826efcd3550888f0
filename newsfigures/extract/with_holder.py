"""Who HAS a figure when its own sentence says so by a preposition rather than a verb: "Norcom, a retailer with 350
stores", "the DHS, an agency ... with over 180,000 employees", "the seven astronauts on board Endeavour". GUIDE's
subject line: the owner is "the company, country, organisation, group or person that has, suffers, pays or does
it"; a verb of having ("Japan has 30 ships") is read by clause_subject.verb_subject, and this reads the same having
written as "with" or "aboard".

Dev pattern (tests/gold/measures, dev split): wn2004_051 ("the DHS, an agency assembled from 22 other agencies with
over 180,000 employees" -> DHS; us_homeland_security_secretary) and lee bg_125 ("the seven US and Russian
astronauts on board Endeavour" -> Endeavour; shuttle_endeavour_2001). Only a NAMED holder a noun phrase gives is
taken: "A study with 4,000 volunteers" keeps the persons counted, and a "with" on a verb is left to the other
readers, whether of company ("clashed with 300 rebels", "fled with $30,000") or on a verb's object, which is the
holder after "leave" (lee3 cor_032 "leave the Democrats with a rump of three or four members") but the receiver
after "provide" and the beaten side after "beat ... with 10 balls to spare": stop 41 read that object and fell
under the test-lee2 subject floor (commit 726a3e0, reverted). Nor is a set-off adjective the parser hangs on the
clause read (lee bg_231 "the Italian Raffaello module, laden with 3.5 tonnes"): it split a dev pair of the
shuttle's cargo."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.clause_subject import named_phrase
from newsfigures.extract.tree import child

HAVING = frozenset({"with"})  # "a retailer with 350 stores", "an agency ... with over 180,000 employees"
PARTITIVE = "of"  # "a rump of three or four members", "a workforce of 3,000": the holder has the whole
CLAUSE_HEADS = frozenset({"VERB", "AUX", "ADP"})  # where the climb from the number to its phrase stops


def with_holder(num: Token, noun: Token | None) -> str:
    """The named holder of the figure by "with" or "aboard" in its own sentence, "" when none is named."""
    return _aboard_holder(num, noun) or _with_holder(num)


def _with_holder(num: Token) -> str:
    """The named thing a "with" phrase holding the figure hangs on: a noun, or the noun a participle describes."""
    phrase = _object_phrase(num)
    if phrase is None or phrase.head.lower_ not in HAVING:
        return ""
    holder = _holder_token(phrase.head.head)
    return _named(holder) if holder is not None else ""


def _object_phrase(num: Token) -> Token | None:
    """The preposition's object the number stands in, through a partitive "of" ("with a rump of three members" ->
    "rump"); None when the number is no preposition's object."""
    phrase = next((a for a in (num, *num.ancestors) if a.dep_ == "pobj" or a.pos_ in CLAUSE_HEADS), None)
    if phrase is None or phrase.dep_ != "pobj":
        return None
    while phrase.head.lower_ == PARTITIVE and phrase.head.head.dep_ == "pobj":
        phrase = phrase.head.head
    return phrase


def _holder_token(head: Token) -> Token | None:
    """What a "with" phrase says has it: the noun it qualifies, or the noun a participle or adjective describes ("an
    agency assembled ... with"); None for a "with" on a verb or a clause (see the module docstring)."""
    if head.pos_ in ("NOUN", "PROPN"):
        return head
    if head.pos_ in ("VERB", "AUX", "ADJ") and head.dep_ in ("acl", "amod"):
        return head.head
    return None


def _named(holder: Token) -> str:
    """The holder's name: its own (clause_subject.named_phrase), a proper noun compounded with it ("the Italian
    Raffaello module"), or, for an appositive, the name it is set beside ("the DHS, an agency ... with"), which the
    parser may hang elsewhere."""
    if holder.dep_ == "appos":
        left = holder.left_edge.i
        before = holder.doc[left - 2] if left >= 2 and holder.doc[left - 1].text == "," else holder.head
        return named_phrase(before) or named_phrase(holder.head)
    named = named_phrase(holder)
    if named:
        return named
    proper = next((c for c in holder.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    return holder.doc[proper.left_edge.i:holder.i + 1].text if proper is not None else ""


def _aboard_holder(num: Token, noun: Token | None) -> str:
    """The named craft a counted group is aboard ("the six astronauts aboard Horizon", "on board Endeavour")."""
    if noun is None:
        return ""
    for prep in (c for c in noun.rights if c.dep_ == "prep"):
        obj = child(prep, ("pobj",))
        if obj is None:
            continue
        on_board = prep.lower_ == "on" and any(c.lower_ == "board" for c in obj.lefts)
        if prep.lower_ in vocab.ABOARD_WORDS or on_board:
            return named_phrase(obj, alone=True)
    return ""
