"""The words of a source's phrase (extract/source.py's `said_by`): a subject's subtree without the tails that
describe the source rather than name it, the pieces of a name the parser split into several subjects (or cut off
its company designator), and the punctuation, possessive endings and "here" of where it spoke that written names
drop."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import source_lexicon as cite
from newsfigures.extract.gazetteer import in_gazetteer
from newsfigures.extract.naming import in_dateline

DATELINE_TOWN_MIN = 4  # letters of a dateline's town in capitals ("ROME"); shorter capitals are a name's ("KPN")


def name_after(verb: Token, subj: Token) -> list[Token]:
    """A second subject of the verb right after the first, when the first ends in a noun: the parser split one
    phrase, a description and the name it gives, into two subjects ("A review article published in the medical
    journal | The Clinical Review estimates"; "the Geneva-based aid agency | World Relief Council (WRC) said")."""
    last = subj.right_edge
    nxt = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i), None)
    if nxt is None or nxt.left_edge.i != last.i + 1 or last.pos_ not in ("NOUN", "PROPN"):
        return []
    return [nxt]


def name_rest(verb: Token, last: Token) -> list[Token]:
    """The rest of a name the parser broke into several subjects of the reporting verb, after `last`, the source
    phrase's last word ("Health ministry spokesman | Ashraf al-Qidra said", "spokesman Khalil al | -Deqran said"):
    the words of the person's or organisation's name that runs on or starts right after it, when they are all
    proper nouns or hyphens, end before the verb and hold another of its subjects; [] otherwise (not the
    tagger's "John Smith - who" of "John Smith - who worked at the agency - says")."""
    if last.i + 1 >= verb.i:
        return []
    nxt = last.doc[last.i + 1]
    name = next((e for e in nxt.sent.ents if e.start <= nxt.i < e.end and e.label_ in cite.BROKEN_NAME_LABELS), None)
    rest = [t for t in name if t.i > last.i] if name is not None and name.end <= verb.i else []
    if not any(t.dep_ == "nsubj" and t.head == verb for t in rest):
        return []
    return rest if all(t.pos_ == "PROPN" or t.text in cite.NAME_HYPHENS for t in rest) else []


def phrase(head: Token) -> list[Token]:
    """The words of a source's phrase: the head's subtree without the tails that describe the source, or a name
    inside its phrase, rather than name it ("Health experts, such as Dr. Jane Doe, head of crisis operations at
    the World Health Organization (WHO), are predicting"), and without punctuation at either end; with the words of
    a company's name the parser cut off before its designator (`cut_name`)."""
    cut = {t.i for w in head.subtree for c in w.children if c.i > w.i and _describes(c, w) for t in c.subtree}
    cut |= {t.i for c in head.subtree if _times_a_participle(c) for t in c.subtree}
    cut |= {c.i for c in head.subtree if c.dep_ == "acl" and c.n_lefts + c.n_rights and all(
        d.i in cut for d in c.children)}  # a participle left with nothing: "a UN report released [on Tuesday]"
    words_ = cut_name(head) + [t for t in head.subtree if t.i not in cut]
    while words_ and words_[-1].is_punct and (words_[-1].text not in ")" or not any(t.text == "(" for t in words_)):
        words_.pop()
    while words_ and words_[0].is_punct:
        words_.pop(0)
    return words_


def follows_mark(word: Token) -> bool:
    """The word's phrase is set off by a comma or a dash before it (`source_lexicon.TAIL_MARKS`)."""
    start = word.left_edge.i
    return start > 0 and word.doc[start - 1].lower_ in cite.TAIL_MARKS


def _describes(tail: Token, head: Token) -> bool:
    """A tail that says something of the source, not who it is: a relative clause or a participle set off by a
    comma or dash ("John Smith, who lost his son, says"; "John Smith - who worked at the agency - says"; "The news
    agency, quoting informed sources, said"; "The broadcaster's Jane Doe, stationed in the capital, reports"), and
    after a person's name its appositive or the body it is of ("Jane Doe, a university student, said"; "John Smith
    of the Workers Union (WU) says"; "John Smith of the Foreign Relations Committee says"); after any other name, a
    description set beside it, for names the tagger takes for no person ("Jan Berg, the UN's chief of emergency
    relief, said"; "Deputy Jamal Nasser, member of the delegation, said"), but not a name beside it ("The
    President, John Smith,", "the Relief Council (WRC)") nor what a name's own words are of ("The Press Association
    of the Republic")."""
    if tail.dep_ in ("relcl", "acl"):
        return follows_mark(tail)
    if head.pos_ != "PROPN":
        return False
    person = head.ent_type_ == "PERSON"
    return (tail.dep_ == "appos" and (person or tail.pos_ == "NOUN")) or (tail.dep_ == "prep" and person)


def _times_a_participle(t: Token) -> bool:
    """A modifier of time on a participle inside a source's phrase, which says when the source spoke, not who it is:
    "figures released by the Labor Department on Friday", "a report released last week by the UN" (as "details of
    the ceremony released by members of the movement yesterday"; "the results were officially announced yesterday
    by the country's National Elections Committee"); a date naming the source ("a 1993 UN Truth Commission")
    modifies no verb and stays."""
    if t.head.pos_ != "VERB" or t.head.dep_ not in ("acl", "relcl") or t.i < t.head.i:
        return False
    if t.dep_ == "prep":
        return any(o.dep_ == "pobj" and o.ent_type_ in words.TIME_LABELS for o in t.children)
    return t.dep_ in ("npadvmod", "advmod") and t.ent_type_ in words.TIME_LABELS


def dropped(t: Token, subj: Token) -> bool:
    """Punctuation other than apostrophes, hyphens and brackets, the "'s" of a possessor ("the ministry's"), and the
    "here" or "there" that says where the source spoke ("traders here said", "diplomats there said")."""
    return (t.is_punct and t.text not in "’'-()") or (t.dep_ == "case" and t.head == subj and subj.dep_ == "poss") \
        or (t.dep_ == "advmod" and t.head == subj and t.lower_ in cite.WHERE_SPOKEN and t.i == subj.i + 1
            and not t.n_lefts + t.n_rights)  # not "traders here and in Paris", nor "officials over there"



def cut_name(subj: Token) -> list[Token]:
    """The capitalised words right before a source that is a company's designator alone ("Corp said"), on its line:
    the parser sometimes cuts a name at an article's first words ("Lifetime | Corp said it agreed"); [] otherwise."""
    if subj.lower_.strip(".") not in cite.COMPANY_DESIGNATORS or subj.n_lefts:  # "The group": its own words
        return []
    start = subj.i
    while start > 0 and subj.doc[start - 1].text[:1].isupper() and "\n" not in subj.doc[start - 1].whitespace_ \
            and not _place_before(subj.doc[start - 1]):  # "AMSTERDAM KPN NV said": the dateline's place is no name
        start -= 1
    return list(subj.doc[start:subj.i])


def _place_before(t: Token) -> bool:
    """A word of the dateline or of a place name, which no company's name cut off its designator holds: the tagger's
    place, or a town in capitals as a wire's dateline writes it ("AMSTERDAM KPN NV said")."""
    return in_dateline(t) or t.ent_type_ in cite.PLACE_LABELS or (
        t.text.isupper() and len(t.text) >= DATELINE_TOWN_MIN and in_gazetteer(t.text))
