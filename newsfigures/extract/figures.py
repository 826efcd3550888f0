"""Figures from articles: number mentions (the number parser) read in context with spaCy's parse.

The pipeline (pipeline.py) stores the parser's mentions on `Doc._.numbers`; each mention that is a figure
(mentions.py) becomes a frozen Figure from what it counts (counted.py), what happened (event.py), when
(time.py), who said it (source.py) and where (place.py); an owner named sentences earlier is carried over the
article's figures afterwards (discourse.py), an election or legislature story's polity given to its figures
without a place (polity.py), the place a match's opening names, or the one place of an article set at one place,
given to the figures without one (setting.py, scene.py), and a distance between two places left without one
(apart.py). Docs never leave this stage.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsfigures import numbers
from newsfigures.extract import lexicon as words
from newsfigures.extract.context import ArticleContext
from newsfigures.extract.counted import duration_end, duration_unit, is_incremental, resolve_counted
from newsfigures.extract.dimension import bare_dollar, local_dollar
from newsfigures.extract.discourse import carry_subjects
from newsfigures.extract.event import event_of
from newsfigures.extract.local_currency import local_code, local_currencies
from newsfigures.extract.measure import Parsed, measure_of
from newsfigures.extract.mentions import before_line_break, is_figure
from newsfigures.extract.pipeline import NUMBERS_COMPONENT, doc_text
from newsfigures.extract.place import place_of
from newsfigures.extract.sport import PROJECTION, hypothetical_score, score_noun
from newsfigures.extract.polity import headline, lede_polity, names_a_body, opening, polity_of, with_polity
from newsfigures.extract.read_places import Named, Read, places_in, read_of
from newsfigures.extract.restated import given_again, share_restated_dates
from newsfigures.extract.apart import between_places, located_at, without_spans
from newsfigures.extract.scene import settings as settings_of
from newsfigures.extract.setting import Setting, with_setting
from newsfigures.extract.source import said_by
from newsfigures.extract.time import as_of_and_period, is_past
from newsfigures.extract.unit_counts import counted_unit
from newsfigures.extract.windows import Piece, shifted
from newsfigures.extract import parallel, sentcache, windows
from newsfigures.model import Article, Figure

CHUNK_CHARS = 100_000  # long articles are parsed paragraph-aligned in pieces of about this size
_PIPELINE_LOCK = threading.Lock()


def extract_figures(article: Article, nlp: Language) -> list[Figure]:
    """Every figure `article` reports, offsets into `article.text`."""
    return extract_many([article], nlp)[article.id]


def extract_many(articles: Iterable[Article], nlp: Language, batch_size: int = 64,
                 workers: int | None = None) -> dict[str, list[Figure]]:
    """Figures for many articles at once: spaCy parses only the windows of each article that can hold a figure
    (windows.py), in batches; offsets are mapped back to the article, then owners are carried across sentences
    (discourse.py). With `workers` > 1 (by default: every core for a large corpus, parallel.py) worker processes
    share the articles out, each with its own pipeline."""
    arts = list(articles)
    workers = parallel.default_workers(len(arts)) if workers is None else workers
    found = parallel.extract_parallel(arts, workers) if workers > 1 and len(arts) > 1 else None
    if found is not None:
        return found
    pieces = [_pieces(a.text) for a in arts]
    out: dict[str, list[Figure]] = {a.id: [] for a in arts}
    read: dict[str, Read] = {}
    # The pipeline is shared by every visitor: strings a text adds to its vocabulary are freed when the zone
    # closes, so one visitor's words never stay in shared memory (Docs do not outlive the zone). A zone swaps and
    # clears the one shared vocabulary, so two zones at once (two visitors' threads) corrupt each other: one at a time.
    with _PIPELINE_LOCK, nlp.memory_zone():
        docs = nlp.pipe((p.text for ps in pieces for p in ps), batch_size=batch_size, disable=[NUMBERS_COMPONENT])
        for reading, figs in _read_all(arts, pieces, docs, nlp, batch_size):
            out[reading.article.id].extend(figs)
            read[reading.article.id] = reading.places_read()
        polities = _polities(arts, out, nlp, batch_size)
        settings = settings_of(arts, out, nlp, batch_size, read)
    return {a.id: without_spans(with_setting(with_polity(carry_subjects(share_restated_dates(out[a.id], a.text),
                                                                        a.text), polities.get(a.id, "")),
                                             settings.get(a.id, Setting()))) for a in arts}


def _polities(arts: list[Article], found: dict[str, list[Figure]], nlp: Language, batch_size: int) -> dict[str, str]:
    """The polity (polity.py) of each article with a figure that names no place: its headline's in an article of an
    election or a legislature, else its opening's, when the opening names it as the owner of a body of its polity;
    only those articles' headlines and openings are parsed."""
    unplaced = [a for a in arts if any(not f.measure.place for f in found[a.id])]
    heads = {a.id: headline(a.text) for a in unplaced}
    heads = {k: h for k, h in heads.items() if h}
    docs = nlp.pipe(heads.values(), batch_size=batch_size, disable=[NUMBERS_COMPONENT])
    out = {k: polity_of(doc) for k, doc in zip(heads, docs)}
    ledes = {a.id: opening(a.text) for a in unplaced if not out.get(a.id)}
    ledes = {k: lede for k, lede in ledes.items() if names_a_body(lede)}
    docs = nlp.pipe(ledes.values(), batch_size=batch_size, disable=[NUMBERS_COMPONENT])
    return out | {k: lede_polity(doc) for k, doc in zip(ledes, docs)}


@dataclass
class _Reading:
    """An article being read: its pieces with their parses, the sentences before some pieces parsed apart (piece
    index -> how many, and their Doc), the pieces whose readers asked for more sentences before them, and the places
    each piece's parse names (read_places.py: what the scene step needs of the article, read while the Doc lives)."""

    article: Article
    parts: list[tuple[Piece, Doc]]
    before: dict[int, tuple[int, Doc]] = field(default_factory=dict)
    wants: dict[int, int] = field(default_factory=dict)
    places: dict[int, tuple[Named, ...]] = field(default_factory=dict)

    def places_read(self) -> Read:
        """The places the article's windows name and the stretches they read."""
        return read_of([piece for piece, _ in self.parts], (p for k in sorted(self.places) for p in self.places[k]))

    def read(self) -> list[Figure]:
        """The article's figures from the current parses, noting in `wants` what its readers looked for."""
        ctx, found, text = ArticleContext(self.article), [], self.article.text
        first = len(text) - len(text.lstrip())  # where the article's first sentence starts
        self.wants = {}
        for k, (piece, doc) in enumerate(self.parts):
            had, doc._.before = self.before.get(k, (0, None))
            doc._.numbers, doc._.source_text, doc._.offset = piece.mentions, piece.text, piece.start
            doc._.article_text = text
            doc._.lead, doc._.truncated, doc._.wants_context = piece.lead, piece.start + piece.lead > first, 0
            found += figures_from_doc(doc, ctx, piece.start)
            if k not in self.places:
                self.places[k] = places_in(doc, piece)
            if doc._.wants_context > had:
                self.wants[k] = doc._.wants_context
        return found


def _read_all(arts: list[Article], pieces: list[list[Piece]], docs: Iterator[Doc], nlp: Language,
              batch_size: int) -> Iterator[tuple[_Reading, list[Figure]]]:
    """Each article's reading and figures from the parses of its pieces (`docs`, in order). An article whose readers looked
    before a piece for what the article says earlier (a pronoun's antecedent, who "he" is in "he said") waits,
    with up to `batch_size` others, for those sentences to be parsed, and is read again."""
    waiting: list[_Reading] = []
    for art, ps in zip(arts, pieces):
        reading = _Reading(art, list(zip(ps, islice(docs, len(ps)))))
        figs = reading.read()
        if reading.wants:
            waiting.append(reading)
        else:
            yield reading, figs
        if len(waiting) >= batch_size:
            yield from _read_with_before(waiting, nlp, batch_size)
            waiting = []
    yield from _read_with_before(waiting, nlp, batch_size)


def _read_with_before(waiting: list[_Reading], nlp: Language,
                      batch_size: int) -> Iterator[tuple[_Reading, list[Figure]]]:
    """The readings and figures of articles whose readers asked for sentences before a piece: those sentences parsed (for all
    waiting articles in one batch) and the article read again, until no reader asks for more."""
    while waiting:
        jobs = [(r, k, n, windows.before(r.article.text, r.parts[k][0].start + r.parts[k][0].lead, n))
                for r in waiting for k, n in r.wants.items()]
        parsed = nlp.pipe((p.text for *_, p in jobs), batch_size=batch_size, disable=[NUMBERS_COMPONENT])
        for (r, k, n, piece), doc in zip(jobs, parsed):
            doc._.source_text, doc._.offset = piece.text, piece.start
            r.before[k] = (n, doc)
        still: list[_Reading] = []
        for r in waiting:
            figs = r.read()
            if r.wants:
                still.append(r)
            else:
                yield r, figs
        waiting = still


def figures_from_doc(doc: Doc, ctx: ArticleContext, offset: int = 0) -> list[Figure]:
    """Figures in one parsed piece of an article that starts at `offset` in the clean text."""
    mentions = doc._.numbers if doc._.numbers is not None else tuple(numbers.parse_numbers(doc_text(doc)))
    found: list[Figure] = []
    for m in mentions:
        if not is_figure(doc, m):
            continue
        span = before_line_break(doc.char_span(m.number_start, m.number_end, alignment_mode="expand"))
        if span is None or len(span) == 0:
            continue
        fig, num = _figure(doc, span, m, ctx, offset)
        prev = ctx.figures[-1] if ctx.figures else None
        if prev is not None and given_again(prev, m.kind, m.start + offset, ctx.article.text):
            fig = replace(fig, counted=prev.counted, counted_lemma=prev.counted_lemma, event=prev.event,
                          measure=replace(prev.measure, dimension=fig.measure.dimension))
        ctx.figures.append(fig)  # what a later bare number borrows: the noun as read, never a score's role
        found.append(_scored(fig, num))
    return found


def _pieces(text: str) -> list[Piece]:
    """The windows of `text` spaCy must parse, a long one cut into paragraph-aligned chunks, each with its mentions
    in its own offsets."""
    mentions = numbers.parse_numbers(text)
    out: list[Piece] = []
    for w in windows.windows(text, mentions):
        for off, chunk in _chunks(text[w.start:w.end]):
            own = w.start + off
            start = windows.lead_start(text, own)
            inside = tuple(shifted(m, -start) for m in w.mentions if own <= m.start < own + len(chunk))
            out.append(Piece(start, text[start:own + len(chunk)], inside, own - start))
    return out


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


def _unit(m: numbers.NumberMention, duration: str, ctx: ArticleContext, offset: int) -> str:
    """The figure's unit: its currency as the article means it (a bare "$" in news of Australia is AUD, bare
    "francs" in news of France FRF), its unit of measure, or the time unit of a duration."""
    after = ctx.article.text[m.end + offset:m.end + offset + 8]
    if m.kind == "money" and bare_dollar(m.text, m.unit, after):
        ctx.dollar = ctx.dollar or local_dollar(ctx.article.text)
        return ctx.dollar
    if m.kind == "money" and m.unit:
        if ctx.currencies is None:
            ctx.currencies = local_currencies(ctx.article.text)
        return local_code(m.text, m.unit, ctx.currencies)
    return m.unit or duration


def _age_unit(m: numbers.NumberMention, counted: str) -> str:
    """An age with no time unit written ("aged 58", "at age 65") is in years (GUIDE: ages have unit "year")."""
    return "year" if counted == "age" and m.kind == "cardinal" else ""


def _figure(doc: Doc, span: Span, m: numbers.NumberMention, ctx: ArticleContext,
            offset: int) -> tuple[Figure, Token]:
    """Build one Figure from a number mention and its parse."""
    num = span.root
    sent = num.sent
    dur = duration_unit(doc, m)
    noun, counted, counted_lemma = resolve_counted(num, span, ctx, m, dur)
    event, event_tok = event_of(num, noun, span, ctx, counted_lemma, m.kind, dur)
    sent_text = sentcache.once(doc, "sentence_raw_text", sent.start, lambda: sent.text)  # one string per sentence
    past = is_past(num, span, sent_text, m.start - sent.start_char)
    as_of, period = as_of_and_period(num, event_tok, ctx, past, noun)
    family = words.EVENT_FAMILIES.get(event, "")
    place = place_of(noun, event_tok, num) if family in words.RESTRICTABLE_FAMILIES else ""
    source = said_by(num, ctx)
    mention = before_line_break(doc.char_span(m.start, m.end, alignment_mode="expand")) or span
    end = duration_end(doc, m) if dur else m.end  # "six weeks", "12-year-old": the unit is part of the surface
    fig = Figure(
        article_id=ctx.article.id, source_file=ctx.article.source_file, text=m.text + doc_text(doc)[m.end:end],
        start=m.start + offset, end=end + offset, sentence=sent_text.strip(), value=m.value, low=m.low,
        high=m.high, qualifier=m.qualifier,
        unit=_unit(m, dur, ctx, offset) or counted_unit(m.kind, noun, mention) or _age_unit(m, counted),
        counted=counted, event=event,
        as_of=as_of, said_by=source, metric="", place=place, counted_lemma=counted_lemma, period=period,
        kind=m.kind, is_past=past, incremental=is_incremental(num, noun, mention),
        sentence_start=sent.start_char + offset, published=ctx.article.published, outlet=ctx.article.outlet,
        low_open=bool(m.low_open), high_open=bool(m.high_open),
    )
    previous = ctx.figures[-1] if ctx.figures else None
    fig = replace(fig, measure=measure_of(fig, Parsed(num, mention, noun, event_tok), previous))
    if between_places(fig):  # P5: the place a distance between two places is said of (apart.py)
        fig = replace(fig, measure=replace(fig.measure, place=located_at(num)))
    return fig, num


def _scored(fig: Figure, num: Token) -> Figure:
    """A cricket score counted by what it is (`sport.score_noun`: innings, target, margin, lead), a score only
    imagined scoped a projection; any other figure as it was."""
    scored = score_noun(num, fig.measure.quantity)
    if not scored:
        return fig
    imagined = replace(fig.measure, scope=PROJECTION) if hypothetical_score(num) else fig.measure
    return replace(fig, counted=scored, counted_lemma=scored, measure=imagined)
