"""Who a figure is attributed to (`said_by`): the subject of a reporting verb, "according to X", or the sources
cited after its sentence ("... surpasses 50,000. (Reuters)", "(AP) (Al Jazeera)", "— Reuters")."""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import source_lexicon as cite
from newsfigures.extract.context import ArticleContext
from newsfigures.extract.tree import lemma

MAX_SOURCE_TOKENS = 12


def said_by(num: Token, ctx: ArticleContext) -> str:
    """Who the figure is attributed to: the source its text names, else the sources cited after its sentence."""
    return _named_in_text(num, ctx) or _trailing_citation(num)


def _named_in_text(num: Token, ctx: ArticleContext) -> str:
    """The subject of the reporting verb above the number, or "according to X"; a pronoun or a generic
    "the agency" stands for the last source named (remembered in `ctx`)."""
    found, pronoun = _reporting_subject_above(num)
    found = found or _nearest_reporting_subject(num) or _according_to(num)
    if not found and pronoun and ctx.last_source:
        found = ctx.last_source  # "They also report 15,000" -> the source named before
    if found and not any(ch.isupper() for ch in found) and ctx.last_source:
        found = ctx.last_source  # "the agency" -> the agency named before
    if found and any(ch.isupper() for ch in found):
        ctx.last_source = found
    return found


def _reporting_subject_above(num: Token) -> tuple[str, str]:
    """(source, pronoun): the subject of the nearest reporting verb above the number that is not a pronoun,
    and the first pronoun subject met on the way ("" when none)."""
    pronoun = ""
    for t in num.ancestors:
        if t.pos_ in ("VERB", "AUX") and lemma(t) in words.REPORTING_VERBS:
            s = _subject_text(t, num)
            if s.lower() in words.SOURCE_PRONOUNS:
                pronoun = pronoun or s
            elif s:
                return s, pronoun
    return "", pronoun


def _nearest_reporting_subject(num: Token) -> str:
    """The named subject of the sentence's reporting verb closest to the number ("", when none)."""
    best = None
    for t in num.sent:
        if t.pos_ == "VERB" and lemma(t) in words.REPORTING_VERBS and t.dep_ in ("ROOT", "parataxis", "ccomp", "conj"):
            s = _subject_text(t, num)
            if s and s.lower() not in words.SOURCE_PRONOUNS and (best is None or abs(t.i - num.i) < best[0]):
                best = (abs(t.i - num.i), s)
    return best[1] if best else ""


def _according_to(num: Token) -> str:
    """X in "according to X" in the number's sentence ("" when absent)."""
    acc = next((t for t in num.sent if t.lower_ == "according"), None)
    to = next((c for c in acc.children if c.lower_ == "to"), None) if acc is not None else None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is None:
        return ""
    return re.sub(r"\s+", " ", "".join(t.text_with_ws for t in obj.subtree)).strip(" ,")


def _subject_text(verb: Token, num: Token) -> str:
    """The reporting verb's subject as written; "" when it contains the figure itself ("316 said they were
    raped" reports what the 316 said, not who counted them) or runs too long to be a name."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or num in list(subj.subtree) or len(list(subj.subtree)) > MAX_SOURCE_TOKENS:
        return ""
    toks = [t for t in subj.subtree if not (t.is_punct and t.text not in "’'-()")]
    return re.sub(r"\s+", " ", "".join(t.text_with_ws for t in toks)).strip(" ,")


def _trailing_citation(num: Token) -> str:
    """The sources cited after the number's sentence, before its paragraph ends: "(AP) (Al Jazeera)" gives
    "AP; Al Jazeera", "— Reuters" gives "Reuters"; "" when the paragraph cites none."""
    text = num.doc.text
    end = text.find("\n", num.idx)
    end = len(text) if end < 0 else end
    groups = [(m.start(), cite.CITATION_NAME.findall(m.group(1))) for m in cite.CITATION_GROUP.finditer(text, num.idx, end)]
    groups += [(m.start(), [m.group(1)]) for m in cite.DASH_CITATION.finditer(text, num.idx, end)]
    for _, names in sorted(groups):
        if all(_is_source_name(n) for n in names):
            return cite.NAME_SEPARATOR.join(n.strip() for n in names)
    return ""


def _is_source_name(s: str) -> bool:
    """A short name: every word capitalised, with a digit ("i24 News"), or a connector ("Times of Israel")."""
    ws = s.split()
    return 0 < len(ws) <= cite.MAX_NAME_WORDS and any(w[0].isupper() for w in ws) and all(
        any(ch.isupper() or ch.isdigit() for ch in w) or w in cite.NAME_CONNECTORS for w in ws)
