"""A figure's source named past a line break inside its sentence. Hard-wrapped text (wire archives, e-mail, old
text files: ingest/wrapping.py) breaks lines at a fixed width, and the parser ends a sentence at every line break,
so the clause that names the source may be parsed as a sentence of its own: "stocks fell to 128.4 mln barrels, the
Energy\\nInformation Administration said." or "The Bank of England said it forecast a\\nshortage of around 800 mln
stg". Read only in an article the ingest finds hard-wrapped, and only where the figure's parsed sentence ends, or
starts, at such a break (a line that closes no sentence); text loaded with its hard-wrapped lines joined never gets
here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import source_lexicon as cite
from newsfigures.ingest.wrapping import MIN_BREAKS, MIN_SHARE

# a line break after a line that closes no sentence: the sentence goes on past it
_SOFT_BREAK = re.compile(r"[^\s.!?:;\"'\u201d\u2019)\]][ \t]*\n[ \t]*(?=\S)")
_LINE_BREAK = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")  # a break between two lines of text (no blank line)
# where the sentence the break is in ends: a closing stop before a capital or the end, or a paragraph's end
_SENTENCE_END = re.compile(r"[.!?](?=[\"'\u201d\u2019)]?(?:\s+[A-Z\"\u201c(]|\s*$))|\n[ \t]*\n")
# words after a source that say where or when it spoke, not who it is: "traders here", "The bank also"
_TIME_OR_HERE = re.compile(r"(?:\s+(?:here|there|today|yesterday|tonight|earlier|later|also|again|now))+$", re.I)
# words no source's name holds: a clause's verb or link ("The crop is estimated", "declined to offer ... but he")
_CLAUSE_WORDS = frozenset({"is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could",
                           "can", "should", "may", "might", "but", "to", "than", "below", "above", "while", "when",
                           "if", "that", "which", "who", "it", "they", "he", "she", "as"})
MAX_SOURCE_WORDS = 8
MAX_TAIL = 300  # characters looked ahead for the end of the sentence
REPORTING_WORDS = r"said|says|reported|estimated|added|told\s+\w+(?:\s+\w+)?"
# where a sentence starts: after a closing stop and the space before a capital, or a paragraph's start
_SENTENCE_START = re.compile(r"(?:[.!?][\"'\u201d\u2019)]?\s+|\n[ \t]*\n\s*|^\s*)(?=[A-Z\"\u201c(<])")
# the reporting clause that opens a sentence: "The Bank of England said", "Lifetime Corp said it"
_SOURCE_HEAD = re.compile(rf"(?P<who><?[A-Z][^,;:\"\u201c\u201d()]{{1,80}}?)(?:\s*\([^)]{{1,20}}\))?\s+(?:{REPORTING_WORDS})\b")
# the clause that closes a sentence with its source: ", the Energy Information Administration (EIA) said."
_SOURCE_TAIL = re.compile(rf",\s+(?P<who>[^,;:\"\u201c\u201d()]{{2,80}}?)(?:\s*\([^)]{{1,20}}\))?\s+"
                          rf"(?:{REPORTING_WORDS})\s*[.!?]?[\"'\u201d\u2019)]?\s*$")


def across_wrap(num: Token, text: str) -> str:
    """The source the sentence of `num` names past a line break inside it: the subject of the reporting clause that
    closes it on a later line (", traders said."), or of the reporting verb on the line before the break it starts
    after ("The Bank of England said it forecast a\\nshortage of ..."); "" when neither, or when the parsed sentence
    ends and starts where the text's does."""
    if not _hard_wrapped(text):
        return ""  # a headline's or a list's line ends no sentence either, but goes on into none
    offset = num.doc._.offset
    sent = num.sent
    start = offset + num.idx
    return _closing_clause(text, start, offset + sent.end_char) or _opening_clause(text, start,
                                                                                offset + sent.start_char)


@lru_cache(maxsize=8)
def _hard_wrapped(text: str) -> bool:
    """The article's text is hard-wrapped: at least `wrapping.MIN_BREAKS` of its line breaks, and
    `wrapping.MIN_SHARE` of those between two lines of text, go on past a line that closes no sentence (before any
    word: a wrapped wire line breaks before capitals too, "the Energy\nInformation Administration"); read once per
    article."""
    going_on = sum(1 for m in _SOFT_BREAK.finditer(text) if _goes_on(text, m.start()))
    return going_on >= MIN_BREAKS and going_on >= MIN_SHARE * len(_LINE_BREAK.findall(text))


def _closing_clause(text: str, start: int, parsed_end: int) -> str:
    """The source of the reporting clause that ends the text's sentence from `start`, when the parsed sentence ends
    at a soft line break (`parsed_end`) before it."""
    if not _soft_break_near(text, parsed_end):
        return ""
    close = _SENTENCE_END.search(text, parsed_end, parsed_end + MAX_TAIL)
    if close is None:
        return ""
    found = _SOURCE_TAIL.search(" ".join(text[start:close.end()].split()))
    return _source_name(found.group("who")) if found else ""


def _opening_clause(text: str, start: int, parsed_start: int) -> str:
    """The source of the reporting verb that opens the text's sentence up to `start` ("The Bank of England said it
    forecast a\nshortage of ..."), when the parsed sentence starts after a soft line break (`parsed_start`)."""
    if not _soft_break_near(text, parsed_start, before=True):
        return ""
    opened = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, start - MAX_TAIL), start)), default=-1)
    if opened < 0:
        return ""
    found = _SOURCE_HEAD.match(" ".join(text[opened:start].split()))
    return _source_name(found.group("who")) if found else ""


def _source_name(words_before: str) -> str:
    """The source a reporting verb's subject names, without the words after it that say where or when it spoke
    ("traders here"); "" for a pronoun, or for words that hold a clause rather than a name ("The crop is")."""
    who = _TIME_OR_HERE.sub("", words_before.strip("<> ")).replace("<", "").replace(">", "").strip()
    said = who.lower().split()
    if not said or len(said) > MAX_SOURCE_WORDS or _CLAUSE_WORDS & set(said) or who.lower() in words.SOURCE_PRONOUNS:
        return ""
    if all(w.strip(".,") in cite.COMPANY_DESIGNATORS for w in said):
        return ""  # "Corp said": the name before it is cut off
    return who


def _soft_break_near(text: str, at: int, before: bool = False) -> bool:
    """A soft line break (after a line that closes no sentence) right at `at`: just after it (`at` a parsed
    sentence's end) or just before it (`before`: `at` a parsed sentence's start)."""
    if before:
        line = text.rfind("\n", 0, at)
        return line > 0 and not text[line:at].strip() and _goes_on(text, _last_char(text, line))
    return _goes_on(text, _last_char(text, at))


def _goes_on(text: str, last: int) -> bool:
    """The line whose last character is at `last` goes on past its break: it closes no sentence, and it is neither
    the text's first line (a headline) nor a line in capitals (a wire's headline or label)."""
    line = text[text.rfind("\n", 0, last) + 1:last + 1]
    return (_SOFT_BREAK.match(text, last) is not None and text.rfind("\n", 0, last) >= 0
            and any(ch.islower() for ch in line))


def _last_char(text: str, at: int) -> int:
    """Where the last character before `at` that is no white space stands."""
    i = at - 1
    while i > 0 and text[i].isspace():
        i -= 1
    return max(i, 0)
