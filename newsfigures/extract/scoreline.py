"""Whose number each side of a series' scoreline is: the article's two sides are the two countries it names most
(by name or nationality: "Australia ... South Africa ... the Australians"); the side the clause names holds the
larger number, or the smaller when it is behind ("down 2-0"), and the other side the other number ("Australia is
now 1-0 in the best of three series", cricket_aus_sa_2001 bg_118; "the tie levelled at 1-1", davis_cup_final_2001
bg_299); a clause whose subject is a pronoun or a player, or that names a third country, keeps its own owner; one
that names neither side gives the sides in the order the article names them ("Australia has escaped with a draw ...
against New Zealand ... the rain-affected series ended 0-0", cricket_aus_nz_2001 bg_258)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfigures.extract import sentcache
from newsfigures.extract.countries_named import country_counts, country_named
from newsfigures.extract.pipeline import article_text
from newsfigures.extract.sport import scoreline_pair, series_contest
from newsfigures.extract.tree import lemma

# Words that put the clause's side behind in a scoreline: "we were down 2-0", "trailing 1-2", "lost 0-3".
BEHIND_WORDS = frozenset({"down", "trail", "behind", "lose"})
BEHIND_REACH = 3  # tokens before a scoreline in which its side is said to be behind
BEHIND_AFTER = frozenset({"down", "behind"})  # the same said right after it: "England were 2-0 down"
SIDES = 2
SIDE_ENTITIES = frozenset({"GPE", "NORP"})  # entity types of a country or its people, whatever the table knows


def scoreline_owner(num: Token, owner: str) -> str:
    """The side whose number `num` is, when it is a side of a series' scoreline (`sport.series_contest`) in an
    article naming two countries; `owner`, what the clause readers found, otherwise, and also when the clause's
    subject is a pronoun or a player (whose side "we" is, the speaker's, is read by sport_side.py; a player's is left
    unread) and when it names a country that is neither side (another tie's score)."""
    pair = scoreline_pair(num)
    if pair is None or not series_contest(num) or _unread_subject(num):
        return owner
    sides = article_sides(num.doc)
    if len(sides) < SIDES:
        return owner
    named = country_named(owner)
    if named and named not in sides:
        return owner  # another tie's score ("In the other semi-final, Argentina beat Russia 3-2")
    if named not in sides:
        return sides[0] if num.i == pair[0].i else sides[1]
    return side_holding(num, named, sides)


def side_holding(num: Token, side: str, sides: tuple[str, ...]) -> str:
    """The side whose number `num`, a side of a scoreline, is, when `side`, one of the article's two `sides`, is
    the clause's own: `side` for the number it holds (`_held_by_named`), the other side for the other number."""
    pair = scoreline_pair(num)
    if pair is None:
        return ""
    other = sides[1] if side == sides[0] else sides[0]
    return side if num.i == _held_by_named(pair, _behind(pair)).i else other


def _held_by_named(pair: tuple[Token, Token], behind: bool) -> Token:
    """The number of the pair the clause's own side holds: the larger, the smaller when behind, the first when
    level."""
    first, second = pair
    if int(first.text) == int(second.text):
        return first
    larger, smaller = (first, second) if int(first.text) > int(second.text) else (second, first)
    return smaller if behind else larger


def _behind(pair: tuple[Token, Token]) -> bool:
    """The few words before a scoreline, or the word right after it, say its side is behind ("down 2-0",
    "trailing 1-2", "lost 0-3", "2-0 down")."""
    first, second = pair
    before = first.doc[max(first.i - BEHIND_REACH, first.sent.start):first.i]
    after = first.doc[second.i + 1] if second.i + 1 < second.sent.end else None
    return any(lemma(t) in BEHIND_WORDS or t.lower_ in BEHIND_WORDS for t in before) \
        or (after is not None and after.lower_ in BEHIND_AFTER)


def _unread_subject(num: Token) -> bool:
    """The verb above the number has a pronoun or a person for its subject ("even if we were down 2-0", "Grosjean
    beat Hewitt 6-3 6-2"): no side the clause names."""
    verb = next((v for v, _ in sentcache.verbs_above(num)), None)
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PRON" or _names_no_side(c))
                                    for c in verb.children)


def _names_no_side(subject: Token) -> bool:
    """A proper name that is no country nor its people: a player ("Grosjean"), a club ("Manchester United")."""
    if subject.pos_ != "PROPN" or subject.ent_type_ in SIDE_ENTITIES:
        return False
    start = min((c.i for c in subject.lefts if c.dep_ == "compound"), default=subject.i)
    return not country_named(subject.doc[start:subject.i + 1].text)


def article_sides(doc: Doc) -> tuple[str, ...]:
    """The two countries the article names most, by name or nationality, in the order it first names them (fewer
    when it names fewer); ties go to the country named first."""
    text = article_text(doc)[0]
    return sentcache.once(doc, "article_sides", None, lambda: _most_named(text))


def article_countries(doc: Doc) -> frozenset[str]:
    """Every country the article names, by name or nationality: more than its two sides when it names a third."""
    text = article_text(doc)[0]
    return sentcache.once(doc, "article_countries", None, lambda: frozenset(country_counts(text)[0]))


def _most_named(text: str) -> tuple[str, ...]:
    """`article_sides` of a text."""
    counts, first = country_counts(text)
    top = sorted(counts, key=lambda c: (-counts[c], first[c]))[:SIDES]
    return tuple(sorted(top, key=first.__getitem__))
