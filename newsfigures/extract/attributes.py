"""The model's attribute rules (part of speech from the tag, morphology, lemma exceptions) applied by lookup.

spaCy's `attribute_ruler` runs a Matcher over every token with its ~180 patterns, which costs nearly as much as the
parser on the short windows extraction parses (the lookup: about a tenth of that). Its patterns are plain: each token of a pattern tests
TAG, LOWER, DEP or IS_SPACE for a value, a set (IN, NOT_IN) or a regular expression, with no operators. This
component reads the model's own patterns when the pipeline loads and applies them as the ruler does: every
pattern that matches, in the ruler's order (a later rule overrides an earlier one), to its indexed token, the
matches taken on the tokens as they were before any rule ran. Which single-token rules match a token depends only
on its four tested attributes, so that answer is kept per combination. A pattern it cannot read keeps spaCy's ruler.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy import attrs
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

TESTED = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}
KEY = list(TESTED)  # a token's tested attributes, read for a whole Doc at once (Doc.to_array)
SET = [attrs.POS, attrs.MORPH, attrs.LEMMA, attrs.TAG, attrs.DEP]  # what the rules set, written back at once
COMPONENT = "newsfigures_attributes"
KNOWN_MAX = 200_000  # combinations of tested attributes remembered (model labels and the rules' own words only)

Test = Callable[[Token], bool]


class Unreadable(ValueError):
    """A pattern uses something this component does not read (an operator, another attribute, another test)."""


@dataclass(frozen=True)
class Rule:
    """One pattern of the ruler: its place in the ruler's order, its token tests, the token it sets."""

    order: int
    tests: tuple[Test, ...]
    index: int
    lowers: frozenset[str] | None = None  # the words its first token may be (None: it tests no LOWER)
    any_lower: bool = False  # its first token tests LOWER by NOT_IN or a regular expression: always tried


def _test(attr: str, wanted: object) -> Test:
    """The test of one attribute of a pattern token, as spaCy's Matcher reads it."""
    name = TESTED.get(attr)
    if name is None:
        raise Unreadable(attr)
    if not isinstance(wanted, dict):
        return lambda t: getattr(t, name) == wanted
    if len(wanted) != 1:
        raise Unreadable(f"{attr}: {sorted(wanted)}")
    (op, value), = wanted.items()
    if op in ("IN", "NOT_IN"):
        values, inside = frozenset(value), op == "IN"
        return lambda t: (getattr(t, name) in values) == inside
    if op == "REGEX":
        regex = re.compile(value)
        return lambda t: regex.search(getattr(t, name)) is not None
    raise Unreadable(op)


def _column(attr: int) -> int:
    """The column of SET a rule's attribute is written to; Unreadable when the lookup does not write it."""
    if attr not in SET:
        raise Unreadable(f"sets attribute {attr}")
    return SET.index(attr)


def _token_test(spec: dict) -> Test:
    """All tests of one pattern token."""
    tests = [_test(attr, wanted) for attr, wanted in spec.items()]
    return lambda t: all(test(t) for test in tests)


def rules(ruler: AttributeRuler) -> list[Rule]:
    """The ruler's patterns in its order; Unreadable when one uses what this component does not read."""
    out = []
    for order, pattern in enumerate(ruler.patterns):
        for tokens in pattern["patterns"]:
            tests = tuple(_token_test(spec) for spec in tokens)  # Unreadable before anything else reads them
            out.append(Rule(order, tests, pattern["index"], *_first_lowers(tokens[0])))
    return out


def _first_lowers(spec: dict) -> tuple[frozenset[str] | None, bool]:
    """The words a pattern token's LOWER test admits (None when it has none), and whether that test is one no set
    of words says (NOT_IN, a regular expression)."""
    wanted = spec.get("LOWER")
    if wanted is None:
        return None, False
    if not isinstance(wanted, dict):
        return frozenset([wanted]), False
    (op, value), = wanted.items()
    return (frozenset(value), False) if op == "IN" else (None, True)


class LookupAttributes:
    """Pipeline component: the attribute ruler's rules applied by lookup (same result as `attribute_ruler`)."""

    def __init__(self, ruler: AttributeRuler):
        self.attrs = [{_column(a): v for a, v in found.items()} for found in ruler.attrs]  # column -> value
        self.rules = rules(ruler)
        # What the rules do to a token is remembered per (TAG, LOWER, DEP, IS_SPACE), with LOWER kept only when
        # it is a word some rule names: the memo, shared by every visitor of a server, never holds their words.
        # The few rules that test LOWER by NOT_IN or a regular expression are tried on every token instead.
        self.known: dict[tuple, tuple[dict[int, int], list[int], list[Rule]]] = {}  # at most KNOWN_MAX
        # Which rules a token's first test can match, without trying all of them on each new combination: rules
        # that test no LOWER depend only on (TAG, DEP, IS_SPACE), answered once per combination; the others are
        # found by the word itself.
        self.plain = [k for k, r in enumerate(self.rules) if r.lowers is None and not r.any_lower]
        self.by_word: dict[str, list[int]] = {}
        for k, r in enumerate(self.rules):
            for word in r.lowers or ():
                self.by_word.setdefault(word, []).append(k)
        self.always = [r for r in self.rules if r.any_lower]
        self.plain_known: dict[tuple, list[int]] = {}
        self.rule_words = frozenset(get_string_id(w) for w in self.by_word)

    def _starting(self, key: tuple[int, ...], doc: Doc, i: int) -> tuple[dict[int, int], list[int], list[Rule]]:
        """For a token with tested attributes `key` (token `i` of `doc`): what the single-token rules it matches
        set, applied in order; those rules; and the longer rules whose first token it matches. All depend only
        on `key`, so they are worked out once per combination."""
        if key not in self.known:
            if len(self.known) >= KNOWN_MAX:
                self.known.clear()
            first = self._first_matches(key, doc[i])
            single = [r.order for r in first if len(r.tests) == 1]
            merged = {col: value for order in single for col, value in self.attrs[order].items()}
            self.known[key] = (merged, single, [r for r in first if len(r.tests) > 1])
        return self.known[key]

    def _first_matches(self, key: tuple[int, ...], token: Token) -> list[Rule]:
        """The rules whose first token test `token` (with tested attributes `key`) passes, in the ruler's order."""
        rest = (key[0],) + key[2:]  # KEY without LOWER
        plain = self.plain_known.get(rest)
        if plain is None:
            plain = self.plain_known[rest] = [k for k in self.plain if self.rules[k].tests[0](token)]
        worded = [k for k in self.by_word.get(token.lower_, []) if self.rules[k].tests[0](token)]
        return [self.rules[k] for k in sorted(plain + worded)]

    def _longer(self, doc: Doc, i: int, rule: Rule) -> int | None:
        """The token `rule` sets when it matches from token `i` on, else None."""
        n = len(rule.tests)
        if i + n > len(doc) or not all(test(doc[i + j]) for j, test in enumerate(rule.tests[1:], 1)):
            return None
        return i + (rule.index if rule.index >= 0 else n + rule.index)

    def __call__(self, doc: Doc) -> Doc:
        values = doc.to_array(SET)
        keys = doc.to_array(KEY).tolist()
        single: list[list[int]] = []
        extra: dict[int, list[int]] = {}  # token -> orders of the longer and word-tested rules that set it
        tried: dict[tuple, list[Rule]] = {}  # this Doc's own words -> the word-tested rules they match; dropped after
        for i, (tag, lower, dep, space) in enumerate(keys):
            key = (tag, lower if lower in self.rule_words else 0, dep, space)
            merged, orders, longer = self._starting(key, doc, i)
            single.append(orders)
            for col, value in merged.items():
                values[i, col] = value
            full = (tag, lower, dep, space)
            if full not in tried:
                tried[full] = [r for r in self.always if r.tests[0](doc[i])]
            for r in longer + tried[full]:
                at = i if len(r.tests) == 1 else self._longer(doc, i, r)
                if at is not None:
                    extra.setdefault(at, []).append(r.order)
        for i, orders in extra.items():  # rare: every rule of the token again, in the ruler's order
            for order in sorted(single[i] + orders):
                for col, value in self.attrs[order].items():
                    values[i, col] = value
        doc.from_array(SET, values)
        return doc


@Language.factory(COMPONENT)
def make_lookup_attributes(nlp: Language, name: str) -> LookupAttributes:
    """spaCy factory: the pipeline's attribute_ruler, read once, applied by lookup."""
    return LookupAttributes(nlp.get_pipe("attribute_ruler"))


def use_lookup(nlp: Language) -> bool:
    """Put the lookup in the place of `nlp`'s attribute_ruler, unless the ruler has a pattern it cannot read
    (then the ruler stays); whether it did."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe(COMPONENT, after="attribute_ruler")
    except Unreadable:
        return False
    nlp.remove_pipe("attribute_ruler")
    return True
