"""Vocabulary of attribution (`said_by`): how a text cites the source of what it reports."""
from __future__ import annotations

import re

# A citation of the source after a sentence ends: "... surpasses 50,000. (Reuters)", "... injured. (AP) (Al Jazeera)".
# One group of parenthesised names, then the end of the paragraph or the next sentence.
CITATION_GROUP = re.compile(r"(?<=[.!?\"”’])[ \t]*((?:\([^()\n]{1,60}\)[ \t]*)+)(?=$|\n|[A-Z0-9\"“‘])")
CITATION_NAME = re.compile(r"\(([^()\n]{1,60})\)")
# "... killed 30 people. — Reuters" at the end of a paragraph.
DASH_CITATION = re.compile(r"(?<=[.!?\"”’])[ \t]*(?:—|–|--)[ \t]*([^\n—–]{1,60}?)[ \t]*(?=$|\n)")
# Lower-case words a source's name may contain ("AFP via Barron's", "Times of Israel").
NAME_CONNECTORS: frozenset[str] = frozenset({
    "of", "via", "the", "and", "&", "for", "on", "de", "du", "des", "la", "le", "el", "al", "der", "die", "y",
})
MAX_NAME_WORDS = 6
# Joins the names of several citations of one item ("AP; Al Jazeera").
NAME_SEPARATOR = "; "
# Verbs that attribute the figure they govern to their subject beyond the shared REPORTING_VERBS ("SOAW lists 11
# former dictators", "the commission listed 2,095 deaths"); kept here so event and subject readings are unchanged.
ATTRIBUTING_VERBS: frozenset[str] = frozenset({"list"})
# Verbs whose subject is evidence, not a speaker: "the ministry's figures show" is the ministry's, "the video showed
# ... a $1000 bribe" nobody's. The source is the subject's owner ("X's", "from X", "by X") or the subject when it
# is a name.
EVIDENCE_VERBS: frozenset[str] = frozenset({"show"})
EVIDENCE_OWNER_PREPS: frozenset[str] = frozenset({"from", "by"})
