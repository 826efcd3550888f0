"""A figure's source named past a line break inside its sentence. Hard-wrapped text (wire archives, e-mail, old
text files: ingest/wrapping.py) breaks lines at a fixed width, and the parser ends a sentence at every line break,
so the clause that names the source may be parsed as a sentence of its own: "stocks fell to 128.4 mln barrels, the
Energy\\nInformation Administration said." or "The Bank of England said it forecast a\\nshortage of around 800 mln
stg". GUIDE A1: an attribution covers its own sentence, so the text's sentence (across its line breaks) is read
for one. Only in a hard-wrapped article (most of its line breaks go on past lines that close no sentence), and only
where the figure's parsed sentence ends, or starts, at such a break; a headline, a line in capitals and a
paragraph's end go on into no sentence. Text loaded with its hard-wrapped lines joined rarely gets here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import source_lexicon as cite
from newsfigures.extract.evidence_source import evidence_owner_in
from newsfigures.extract.windows import ends_abbreviation
from newsfigures.ingest.wrapping import ENDS_NONE, LINE_BREAK, MIN_SHARE

# a line break after a line that closes no sentence, before any word: the sentence goes on past it
_SOFT_BREAK = re.compile(rf"{ENDS_NONE}[ \t]*\n[ \t]*(?=\S)")
# where the sentence the break is in ends: a closing stop after a word in small letters or digits (not "U.S.",
# "Dr.") before a capital or the end, or a paragraph's end; an abbreviation's stop ends none ("Gov. Perry")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9][a-z0-9])[.!?](?=[\"'\u201d\u2019)]?(?:\s+[A-Z\"\u201c(]|\s*$))"
                           r"|\n[ \t]*\n")
# words after a source that say where or when it spoke, not who it is: "traders here", "The bank also"
_TIME_OR_HERE = re.compile(r"(?:\s+(?:here|there|today|yesterday|tonight|earlier|later|also|again|now))+$", re.I)
# words no source's name holds: a clause's verb or link ("The crop is estimated", "declined to offer ... but he")
_CLAUSE_WORDS = frozenset({"is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could",
                           "can", "should", "may", "might", "but", "to", "than", "below", "above", "while", "when",
                           "if", "that", "which", "who", "it", "they", "he", "she", "as"})
MAX_SOURCE_WORDS = 8
MAX_TAIL = 300  # characters looked at on each side of a figure for the ends of its sentence
MIN_SOFT_BREAKS = 3  # line breaks inside sentences that make a text hard-wrapped here (a wire item may be short)
REPORTING_WORDS = r"said|says|reported|estimated|added|told\s+\w+"
# what may follow the reporting verb and still close its clause: when or how the source spoke ("said on Friday",
# "said in a statement", "reported last week", "told members before the vote")
_SPOKE_WORDS = "on|in|at|late|early|earlier|later|today|yesterday|tonight|this|last|during|before|after"
_SPOKE = rf"(?:\s+(?:{_SPOKE_WORDS})\b[^,;:.!?\"]{{0,40}})?"
_NAME = r"[^,;:\"\u201c\u201d()]"  # a character of a source's words
_ACRONYM = r"(?:\s*\([^)]{1,20}\))?"  # "(EIA)"
# where a sentence starts: after a closing stop and the space before a capital, or a paragraph's start; a wire
# dateline ("PERTH -- ") is no part of it
_SENTENCE_START = re.compile(r"(?:(?<=[a-z0-9][a-z0-9])[.!?][\"'\u201d\u2019)]?\s+|\n[ \t]*\n\s*|^\s*)"
                             r"(?:[A-Z][A-Z .]{1,30} -{1,2} )?(?=[A-Z\"\u201c(<])")
# the attribution a sentence holds (A1: it covers its whole sentence), in the order they are tried: a clause set off
# by commas or closing it (", the Energy Information Administration (EIA) said.", ", the service said, and"), a
# reporting verb opening it, after a phrase set off or none ("The Bank of England said", "Dr. Amara Quist, the
# agency's chief medical officer, said", "In its weekly report, the Department of Energy agency said"), the verb
# before its source closing it (", said lead author Dr. Mei Lin Tan."), "according to X"
_ATTRIBUTIONS = (
    re.compile(rf",[\"'\u201d\u2019]?\s+(?P<who>{_NAME}{{2,80}}?){_ACRONYM}\s+(?:{REPORTING_WORDS}){_SPOKE}"
               rf"\s*(?:[,.!?]|$)"),
    re.compile(rf"^(?:[A-Z][^,]{{1,60}},\s+)?(?P<who><?(?:the\s+)?[A-Z]{_NAME}{{1,80}}?){_ACRONYM}"
               rf"(?:,{_NAME}{{2,60}},)?\s+(?:{REPORTING_WORDS})\b"),
    re.compile(rf",\s+(?:said|says|reported)\s+(?P<who>{_NAME}{{2,80}}?)\s*[.!?]?\s*$"),
    re.compile(rf",\s+according to\s+(?P<who>{_NAME}{{2,80}}?)\s*(?:[,.!?]|$)"),
)


def across_wrap(num: Token, text: str, last_source: str = "") -> str:
    """The source the text's sentence of `num` names where its parsed sentence is cut by a line break inside it
    (GUIDE A1: an attribution covers its own sentence): a reporting clause on a later line (", traders said."), the
    reporting verb that opens it on the line before ("The Bank of England said it forecast a\nshortage of ..."),
    "said X", "according to X"; a pronoun stands for the reporter the sentence before opens with, else for
    `last_source`, the one last named; "" when none, or when the parsed sentence is the text's."""
    if not _hard_wrapped(text):
        return ""  # a headline's or a list's line ends no sentence either, but goes on into none
    offset = num.doc._.offset
    begins, ends = offset + num.sent.start_char, offset + num.sent.end_char
    if not (_soft_break_near(text, ends) or _soft_break_near(text, begins, before=True)):
        return ""
    start = offset + num.idx
    opened = _sentence_opened(text, start)
    close = next((m for m in _SENTENCE_END.finditer(text, start, ends + MAX_TAIL) if not _abbreviation(text, m)),
                 None)
    if opened < 0 or close is None:
        return ""
    sentence = " ".join(text[opened:close.end()].split())
    found = next((m for pattern in _ATTRIBUTIONS if (m := pattern.search(sentence))), None)
    if found is None:
        return evidence_owner_in(sentence)  # "..., Bank of Spain figures\nshow."
    who = found.group("who").strip()
    if who.lower() in words.SOURCE_PRONOUNS:  # "..., it said.", '"...," he said.': the one the sentence before names
        return _reporter_before(text, opened) or last_source
    return _source_name(who)


def _reporter_before(text: str, opened: int) -> str:
    """The source a reporting verb opens the sentence before the one that starts at `opened` with ("Federation
    president Marco Brandt said the growth ..."), "" when it opens with none."""
    before = _sentence_opened(text, max(0, opened - 1))
    found = _ATTRIBUTIONS[1].search(" ".join(text[before:opened].split())) if before >= 0 else None
    return _source_name(found.group("who")) if found else ""


@lru_cache(maxsize=8)
def _hard_wrapped(text: str) -> bool:
    """The article's text is hard-wrapped: at least MIN_SOFT_BREAKS of its line breaks, and `wrapping.MIN_SHARE` of
    those between two lines of text, go on past a line that closes no sentence (before any word: a wrapped wire line
    breaks before capitals too, "the Energy\nInformation Administration"); read once per article."""
    going_on = sum(1 for m in _SOFT_BREAK.finditer(text) if _goes_on(text, m.start()))
    return going_on >= MIN_SOFT_BREAKS and going_on >= MIN_SHARE * len(LINE_BREAK.findall(text))


def _sentence_opened(text: str, at: int) -> int:
    """Where the text's sentence that holds offset `at` starts (-1 when none starts in the MAX_TAIL before it)."""
    return max((m.end() for m in _SENTENCE_START.finditer(text, max(0, at - MAX_TAIL), at)
                if not _abbreviation(text, m)), default=-1)


def _abbreviation(text: str, boundary: re.Match[str]) -> bool:
    """A sentence `boundary` at a stop that ends an abbreviation ("Gov.", "Corp."), not a sentence."""
    return boundary.group()[:1] in (".", "!", "?") and ends_abbreviation(text, boundary.start() + 1)


def _source_name(words_before: str) -> str:
    """The source a reporting verb's subject names, without the words after it that say where or when it spoke
    ("traders here"); "" for a pronoun, or for words that hold a clause rather than a name ("The crop is")."""
    who = _TIME_OR_HERE.sub("", words_before.replace("<", "").replace(">", "").strip()).strip()
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
    line_start = text.rfind("\n", 0, last)
    return (line_start >= 0 and _SOFT_BREAK.match(text, last) is not None
            and any(ch.islower() for ch in text[line_start + 1:last + 1]))


def _last_char(text: str, at: int) -> int:
    """Where the last character before `at` that is no white space stands."""
    i = at - 1
    while i > 0 and text[i].isspace():
        i -= 1
    return max(i, 0)
