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
