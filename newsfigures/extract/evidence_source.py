"""A source named as the owner of evidence that closes a figure's sentence: "..., figures from NHS England show.",
"..., Bank of Spain figures show.", "..., government statistics institute figures show." (GUIDE A1: an attribution
covers its own sentence; the issue's "X's figures show"). The parse reads "show" there as a noun ("England show")
more often than not, so no reporting verb is found above the figure; the sentence's words are read instead. Evidence
nobody is named for ("official figures showed", "preliminary results show") gives none, as `source_forms` reads it.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsfigures.extract import source_lexicon as cite
from newsfigures.extract.measure_lexicon import BODY_HEADS

_EVIDENCE = r"(?:" + "|".join(sorted(cite.EVIDENCE_NOUNS)) + r")s?"  # the parse reader's evidence nouns, plural too
_SHOW = r"show(?:s|ed)?(?:\s+on\s+[A-Z][a-z]+)?"  # "show", "showed on Tuesday"
_NAME = r"[^,;:\"\u201c\u201d()]"  # a character of an owner's words
_CLOSE = r"\s*[.!?]?[\"'\u201d\u2019)]?\s*$"
# "..., figures from the Ministry of Agriculture show." / "..., data released by the bureau showed."
_FROM_OWNER = re.compile(rf",\s+(?:the\s+)?(?:latest\s+|new\s+|official\s+)?{_EVIDENCE}\s+(?:from|by|of|released\s+by)"
                         rf"\s+(?P<who>{_NAME}{{2,80}}?)\s+{_SHOW}{_CLOSE}")
# "..., Bank of Spain figures show." / "..., government statistics institute figures show."
_NAMED_ON = re.compile(rf",\s+(?P<who>{_NAME}{{2,80}}?)\s+{_EVIDENCE}\s+{_SHOW}{_CLOSE}")
MAX_OWNER_WORDS = 8
# words that say what kind of evidence it is, not whose ("provisional trade ministry figures", "Economic Planning
# Board provisional figures show")
EVIDENCE_KINDS: frozenset[str] = frozenset({"provisional", "preliminary", "official", "latest", "new", "final",
                                            "revised", "monthly", "weekly", "annual", "quarterly", "unofficial"})


def closing_evidence(num: Token) -> str:
    """The owner of the evidence whose "show" closes the parsed sentence of `num` (`evidence_owner_in`)."""
    return evidence_owner_in(" ".join(num.sent.text.split()))


def evidence_owner_in(sentence: str) -> str:
    """The owner of the evidence whose "show" closes `sentence` ("..., figures from NHS England show."): after
    "from"/"by"/"of" the evidence, or a name or a body's noun compounded on it; "" when the sentence closes with
    none, or with evidence no one is named for."""
    found = _FROM_OWNER.search(sentence)
    if found is not None:
        return _owner(found.group("who"))
    found = _NAMED_ON.search(sentence)
    if found is None:
        return ""
    who = _owner(found.group("who"))
    named = bool(who) and (who[:1].isupper() or who.split()[-1].lower() in BODY_HEADS)  # "government ... institute"
    return who if named else ""  # "official figures", "latest figures": nobody's


def _owner(words: str) -> str:
    """The owner's words as the text writes them, without the words before or after them that say the evidence's
    kind; "" when they hold too many words to be a name."""
    said = words.split()
    while said and said[0].lower() in EVIDENCE_KINDS:
        said = said[1:]
    while said and said[-1].lower() in EVIDENCE_KINDS:
        said = said[:-1]
    return " ".join(said) if 0 < len(said) <= MAX_OWNER_WORDS else ""
