"""Hard-wrapped plain text: lines broken inside sentences at a fixed width, as wire archives, e-mail and old text
files keep them ("The Bank of England said it forecast a\nshortage of around 800 mln stg"). The extractor ends a
sentence at every line break (a headline or a list line has no final stop), so an owner or a number's scale on the
far side of such a break is lost; a source is read past it (extract/wrapped_source.py, stop 58).

Joining the lines is the analyst's choice when loading (`Corpus(join_wrapped=True)`, `--join-wrapped-lines`, "Join
hard-wrapped lines" on the Corpus page), not the default: on the Reuters dev batch it raises subject from 0.25 to
0.37 and event from 0.55 to 0.68 (said_by reads 0.83 joined, 0.88 as loaded since stop 58), and it changes which
figures of two of its stories pair (docs/findings/measurements.md, stop 47). Without it, a hard-wrapped article
gets a ledger warning that says so. All functions are pure."""
from __future__ import annotations

import re

# a line break, with the indentation around it, between a word and a word in small letters: the sentence goes on
_INSIDE_SENTENCE = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=[a-z])")
LINE_BREAK = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")  # a break between two lines of text (no blank line)
# a break inside a sentence: after a line that ends in no sentence's close, before a word in small letters or a
# number ("forecast a\nshortage", "at\n106.9 mln"); a line of a headline list starts with a capital or a dash
ENDS_NONE = r"[^\s.!?:;\"'\u201d\u2019)\]]"  # a line's last character that closes no sentence
_OPEN_LINE_BREAK = re.compile(r"(?<=%s)[ \t]*\n[ \t]*(?=[a-z0-9])" % ENDS_NONE)
# a break before a number, after a line that ends in no sentence's close ("rose 3.2 pct to\n113,275 tonnes"), with
# the whole line it ends, to tell a line of prose from a table row ("Revs 79.1 mln vs 76.3 mln\n    12 mths")
_NUMBER_LINE_BREAK = re.compile(r"(?m)^([^\n]*%s)[ \t]*\n[ \t]*(?=[0-9])" % ENDS_NONE)
MIN_PROSE_WIDTH = 40  # a wrapped line of prose runs near the wrap width (about 65 in wire archives); a row is short
_COLUMN_GAP = re.compile(r"\S {3,}\S")  # table columns stand apart by runs of spaces; prose by one
MIN_BREAKS = 5  # a wrapped line or two in a web page's text is no hard-wrapped article
MIN_SHARE = 0.5  # of the breaks between two lines of text, at least this share inside a sentence
HARD_WRAPPED = "hard-wrapped lines:"  # how the ledger's warning on an article loaded as it is begins


def inside_sentence_breaks(text: str) -> int:
    """How many line breaks of `text` `join_wrapped` joins (the next line starts with a word in small letters, or
    with a number after a wrapped line of prose)."""
    return len(_INSIDE_SENTENCE.findall(text)) + sum(1 for m in _NUMBER_LINE_BREAK.finditer(text) if _prose(m))


def hard_wrapped(text: str) -> bool:
    """`text` is hard-wrapped: MIN_BREAKS line breaks or more fall inside a sentence (after a line that ends none,
    before a word in small letters or a number), and they are at least MIN_SHARE of the breaks between two lines of
    text."""
    inside = len(_OPEN_LINE_BREAK.findall(text))
    return inside >= MIN_BREAKS and inside >= MIN_SHARE * len(LINE_BREAK.findall(text))


def join_wrapped(text: str) -> str:
    """`text` with every line break inside a sentence (and the indentation around it) made one space; paragraphs,
    headlines, list lines and table rows keep their breaks. A line that goes on with a number is joined only after
    a line of prose: one as wide as a wrapped line, with no table's column gap."""
    joined = _NUMBER_LINE_BREAK.sub(lambda m: m.group(1) + " " if _prose(m) else m.group(0), text)
    return _INSIDE_SENTENCE.sub(" ", joined)


def _prose(line_break: re.Match[str]) -> bool:
    """The line a break before a number ends is wrapped prose, not a table row nor a short headline."""
    line = line_break.group(1).strip()
    return len(line) >= MIN_PROSE_WIDTH and not _COLUMN_GAP.search(line)


def wrapped_warning(text: str, joined: bool) -> str:
    """The ledger's word on the line breaks inside sentences of an article's body `text` (as cleaned, not yet
    joined): how many were `joined`, or, for a hard-wrapped article loaded as it is, what may be missed and how to
    join them; "" when there is nothing to say."""
    n = inside_sentence_breaks(text)
    if joined:
        return f"{n} line break(s) inside sentences joined" if n else ""
    if not hard_wrapped(text):
        return ""
    return (f"{HARD_WRAPPED} {n} line breaks fall inside sentences, so a source, owner or scale across a break "
            "may be missed; load with --join-wrapped-lines (or tick 'Join hard-wrapped lines') to join them")
