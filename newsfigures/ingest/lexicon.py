"""Words and patterns ingestion reads text with, kept as data: field names, calendar words, boilerplate lines."""
from __future__ import annotations

from newsfigures.calendar_words import MONTHS, WEEKDAYS  # noqa: F401 - part of this vocabulary
import re

# Field synonyms: the first key found wins (keys compared case-insensitively).
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "docid", "guid", "uuid", "_id"),
    "title": ("title", "headline", "heading", "og:title", "name"),
    "outlet": ("outlet", "source", "publisher", "site_name", "sitename", "site", "media", "source_name",
               "publication", "newspaper", "og:site_name", "hostname", "domain"),
    "published": ("published", "publication_date", "date", "pubDate", "pubdate", "published_at", "publishedAt",
                  "published_date", "pub_date", "date_published", "datePublished", "datetime", "seendate",
                  "created_at", "timestamp"),
    "url": ("url", "link", "source_url", "href", "canonical_url", "permalink", "uri", "webUrl"),
    "text": ("text", "body", "content", "article", "maintext", "full_text", "fulltext", "articleBody", "story",
             "bodyText", "description", "summary"),
}
# Keys under which a JSON object holds its list of articles.
RECORD_LIST_KEYS = ("articles", "items", "documents", "docs", "data", "results", "records", "entries", "stories")
# Where a field value that is an object (NewsAPI's {"source": {"id": ..., "name": "Reuters"}}) keeps its text.
OBJECT_VALUE_KEYS = ("name", "title", "value", "text", "@value", "url", "href")

# Any month name, capitalised as in running text, optionally abbreviated with a full stop: "Dec." or "December".
MONTH_PATTERN = r"(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
# First words that make a "By ..." line a sentence, not a byline ("By Monday", "By contrast", "By December").
NOT_NAMES = frozenset({"the", "a", "an", *WEEKDAYS, "then", "now", "early", "late", "mid", "contrast", "comparison",
                       "way", "law", "far", "noon", "midnight", "all", *MONTHS})

# A run of letters, digits and underscores: the words of a text for shingles and word counts.
WORD_CHARS = re.compile(r"\w+")
# A word, or a number with its separators ("1,200.5"), as a headline and its lead sentence share them.
WORD_OR_NUMBER = re.compile(r"[\w,.]+")

# Boilerplate as (reason, regex). Inline patterns are cut out of a line; line patterns drop the line.
_SOCIAL = r"(?:share|share this(?: article| story| page)?|tweet|email|e-mail|print|whatsapp|facebook|twitter|x|linkedin|pinterest|reddit|telegram|copy link|comments?)"
INLINE_JUNK: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("spam source line", re.compile(
        r"[,;]?\s*(?:This|The) (?:news|article|story|content)(?: data)? (?:comes|came|is) from\s*:?\s*\S+", re.I)),
    ("photo credit", re.compile(r"\s*Photos?\s*:\s*[A-Z][\w/ .-]{0,40}$")),
    # A wiki {{byline|date=...}} template whose date was lost, folded into the first sentence (wiki dumps).
    ("byline template", re.compile(r"\{\{\s*[Bb]yline\s*\|\s*date(?:\s*=[^}|]*)?(?:\}\})?")),
)
LINE_JUNK: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("sign-off", re.compile(r"^\(\s*[a-z]{1,4}(?:/[a-z]{1,4})*\s*\)$", re.I)),
    ("sign-off", re.compile(r"^\(?(?:Reporting|Additional reporting|Writing|Editing) by [^.]{2,160}\)?\.?$")),
    ("photo credit", re.compile(r"^(?:Photo|Photos|Image|Credit)s?\s*:.{0,80}$", re.I)),
    ("share/subscribe line", re.compile(r"^(?:" + _SOCIAL + r")(?:\s*(?:[|/·•,:]|\s)\s*(?:" + _SOCIAL + r"|on))*\s*:?$", re.I)),
    ("share/subscribe line", re.compile(r"^(?:share (?:this|on)|share via)\b.{0,60}$", re.I)),
    ("share/subscribe line", re.compile(
        r"^(?:subscribe|sign up|get our|join our)\b.{0,100}\b(?:newsletter|subscribe|inbox|updates|alerts|today|now|free)\b\W{0,3}$", re.I)),
    ("share/subscribe line", re.compile(
        r"^(?:read more|read also|also read|see also|continue reading|click here|more on this|recommended|you may also like|"
        r"related(?: articles| stories| news| coverage| content| links)?|most read|most popular|trending(?: now)?)"
        r"(?:\s*(?:[:»>→|–—-]|$).{0,120}|\s+(?:at|on|here|about)\b.{0,80}|\s*\.{3}|\s*…)$", re.I)),
    ("share/subscribe line", re.compile(r"^(?:follow us|like us|join us) on\b.{0,80}$", re.I)),
    ("advertisement", re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: advertisement)?)$", re.I)),
    ("copyright line", re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}|[A-Z]).{0,100}$|^.{0,80}\ball rights reserved\.?$", re.I)),
    ("section label", re.compile(r"^(?:English|World|News|Politics|Business|International)\s+(?:Section|News|Desk)$", re.I)),
)
LIST_ITEM = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)])\s+\S")  # "- x", "• x", "3. x", "3) x"
CAPTION_WORDS = re.compile(r"\b(?:photo|picture|image|file photo|shows|pictured|caption|\(issued)\b", re.I)
