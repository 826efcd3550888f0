"""A group of persons an article counted once and names again with the definite article ("three Palestinian
militants" ... "The three Palestinians opened fire" ... "killed the three gunmen") is the one quantity, filed under
the metric of its first mention.

A metric key is read from each figure's own words, so a group named again in other words ("militants",
"Palestinians", "gunmen") lands under three keys. "The three" says the text counted that group before: the
definite article before a number points back to a count of the same value. Persons only, on both sides (WordNet's
first sense, `word_senses.person_noun`): "the two nations" after "two submarines" (wn2004_026), "the four jets" after
"Four counts" (lee bg_167) point elsewhere. "All three" is no such sign: "All three have been interviewed" is what
was done to the arrested (nsw_bushfires_2001 bg_033, another metric in the gold). Dev: israel_palestinian_2001
bg_014 (twice); interlaken_canyoning_trial bg_161 "found the six of the eight employees guilty" after "six
employees" (already one key).

A figure in parentheses right after another, in another unit of its dimension, states the same amount again: "820 km
(510 miles) away" (wn2004_056); its key is the first one's, where the unit in the key had made two. Not a sum in
another currency: the measure GUIDE (revision 3, F2) makes "one sum stated in two currencies" two records with two
keys ("a fine of 7,500 Swiss francs (about $A8,800)", interlaken_canyoning_trial bg_168; wn2004_009's "US$71,658.9"),
and no exchange rate here says the two are one amount. All functions are pure.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from newsfigures.compare.intervals import convertible
from newsfigures.compare.totals import offset_in_sentence
from newsfigures.extract.word_senses import person_noun
from newsfigures.model import Figure

_DEFINITE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_OPENING = re.compile(r"^\s*\(\s*(?:about|around|approximately|roughly|some|nearly)?\s*$", re.IGNORECASE)


def definite(f: Figure) -> bool:
    """The number follows "the" directly ("the three gunmen")."""
    i = offset_in_sentence(f)
    return i > 0 and bool(_DEFINITE.search(f.sentence[:i]))


def _persons(f: Figure) -> bool:
    """The figure counts persons: its counted noun's lemma names a person, also where the parse kept a people's
    plural as its lemma ("Palestinians")."""
    lemma = f.counted_lemma.lower()
    return f.kind == "cardinal" and bool(lemma) and (person_noun(lemma) or person_noun(lemma.removesuffix("s")))


def antecedents(figures: Sequence[Figure]) -> dict[int, int]:
    """Index of each definite re-mention of a count of persons -> index of the count it names again: the nearest
    earlier count of persons of the same value in an earlier sentence of the article, one of the same counted noun
    first ("Two Israeli soldiers were killed ... gunmen killed two settlers ... The two soldiers were buried")."""
    out: dict[int, int] = {}
    seen: dict[tuple[str, float], list[int]] = {}
    for n in sorted(range(len(figures)), key=lambda n: (figures[n].article_id, figures[n].start)):
        f = figures[n]
        if not _persons(f):
            continue
        earlier = [m for m in seen.get((f.article_id, f.value), ()) if figures[m].sentence_start < f.sentence_start]
        if earlier and definite(f):
            same = [m for m in earlier if figures[m].counted_lemma.lower() == f.counted_lemma.lower()]
            first = (same or earlier)[-1]
            out[n] = out.get(first, first)
        seen.setdefault((f.article_id, f.value), []).append(n)
    return out


def restated(first: Figure, then: Figure) -> bool:
    """`then` opens a parenthesis right after `first` and gives its amount in another unit of its dimension ("820 km
    (510 miles)"); never in another currency (GUIDE F2: two keys)."""
    if first.article_id != then.article_id or first.sentence_start != then.sentence_start or then.start <= first.end:
        return False
    gap = first.sentence[first.end - first.sentence_start:then.start - first.sentence_start]
    if not _OPENING.match(gap) or not first.unit or not then.unit or first.unit == then.unit:
        return False
    return convertible(first, then)


def restatements(figures: Sequence[Figure]) -> dict[int, int]:
    """Index of each figure that restates the one before it in another unit (`restated`) -> index of that one."""
    order = sorted(range(len(figures)), key=lambda n: (figures[n].article_id, figures[n].start))
    return {n: m for m, n in zip(order, order[1:]) if restated(figures[m], figures[n])}


def antecedent_keys(figures: Sequence[Figure], keys: Sequence[str]) -> list[str]:
    """The metric key of every figure (`keys` aligned with `figures`), a definite re-mention's the key of the count it
    names again, a restatement's in another unit the key of the amount it restates."""
    found = antecedents(figures) | restatements(figures)
    return [keys[found.get(n, n)] for n in range(len(keys))]
