"""Plain frozen records shared by every module: an article, a figure, a pair of figures."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

QUALIFIERS: tuple[str, ...] = (
    "exact", "approx", "at_least", "more_than", "at_most", "less_than", "nearly", "range", "vague",
)
STATUSES: tuple[str, ...] = ("same", "compatible", "update", "conflict", "only_a", "only_b")


@dataclass(frozen=True)
class Article:
    """One news article: raw text as given, the clean body figures point into, and its metadata."""

    id: str
    text: str  # clean body; every Figure offset points into this
    raw_text: str
    title: str = ""
    outlet: str = ""
    published: str = ""  # ISO date or datetime ("2025-09-02" / "2025-09-02T12:30"); "" when unknown
    url: str = ""
    source_file: str = ""
    content_hash: str = ""
    # (field, origin) pairs, origin one of "sidecar", "record", "text", "inferred", "user"
    provenance: tuple[tuple[str, str], ...] = ()
    removed: tuple[str, ...] = ()  # lines cleaning dropped, for the ingestion report
    story_id: str = ""  # id of the first article of its near-duplicate cluster (same wire story); "" when unique

    @property
    def published_date(self) -> str:
        """The publication day as YYYY-MM-DD, or "" when unknown."""
        return self.published[:10]

    def origin(self, name: str) -> str:
        """Where metadata field `name` came from ("" when unknown)."""
        return dict(self.provenance).get(name, "")

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        """JSON-ready metadata (the article record of the CLI contract)."""
        d = {
            "id": self.id, "title": self.title, "outlet": self.outlet, "published": self.published,
            "url": self.url, "source_file": self.source_file, "content_hash": self.content_hash,
            "provenance": dict(self.provenance), "story_id": self.story_id,
        }
        if with_text:
            d["text"] = self.text
        return d


@dataclass(frozen=True)
class Measure:
    """What a figure measures, structured: the readable `metric` label is made from this."""

    quantity: str = ""  # the concept counted or measured ("deaths", "troops", "aid", "share_price"; else a head lemma)
    subject: str = ""  # whose quantity it is: company, country, organisation, group ("" = the story as a whole)
    event: str = ""  # event class: killed, injured, missing, displaced, sent, arrived, pledged, rose, fell, ...
    place: str = ""  # the place the figure is restricted to ("" = not restricted)
    scope: str = ""  # total | incremental | daily | weekly | monthly | annual | share | rate | projection | change
    dimension: str = ""  # count | currency:XXX | percent | percentage_point | length | mass | duration | ...
    goods: str = ""  # what a stock, export or output of goods is of ("gasoline" stocks, output "of tin"); "" = unnamed

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Measure":
        """A measure from its JSON record (unknown keys ignored, missing or null ones empty: a batch directory's older
        partitions lack the fields later ones add, and DuckDB reads them as null)."""
        return cls(**{k: "" if v is None else str(v) for k, v in (d or {}).items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Figure:
    """One numeric figure an article reports, with what it counts, when and according to whom."""

    article_id: str
    source_file: str
    text: str  # surface with qualifier words, == article.text[start:end]
    start: int
    end: int
    sentence: str
    value: float
    low: float | None  # None = unbounded below
    high: float | None  # None = unbounded above
    qualifier: str
    unit: str
    counted: str
    event: str
    as_of: str  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"; "" when unknown
    said_by: str
    metric: str
    place: str = ""
    counted_lemma: str = ""  # head lemma of `counted` ("soldier"), what metrics group by
    period: str = ""  # the span the figure covers when the text gives one: "since 2024-10", "in 2024"
    kind: str = "cardinal"  # cardinal | percent | money | measure | fraction
    is_past: bool = False  # the text marks it as an earlier estimate ("up from", "earlier", "previously")
    incremental: bool = False  # a batch or period count, not a running total ("a third group of 6,000")
    sentence_start: int = 0
    published: str = ""
    outlet: str = ""
    low_open: bool = False  # the lower bound is strict ("more than 10": 10 itself is excluded)
    high_open: bool = False  # the upper bound is strict ("fewer than 20", "more than 10 and less than 20")
    measure: Measure = field(default_factory=Measure)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record (the figure record of the CLI contract)."""
        return asdict(self)

    def to_row(self) -> dict[str, Any]:
        """One flat row for CSV and tables: the measure's fields become `measure_<field>` columns."""
        row = self.to_dict()
        measure = row.pop("measure")
        return {**row, **{f"measure_{k}": v for k, v in measure.items()}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Figure":
        """A figure from its JSON record (as `to_dict` wrote it)."""
        return cls(**{**d, "measure": Measure.from_dict(d.get("measure"))})


# The columns of Figure.to_row(), in order.
FIGURE_ROW_FIELDS: tuple[str, ...] = (tuple(k for k in Figure.__dataclass_fields__ if k != "measure")
                                      + tuple(f"measure_{k}" for k in Measure.__dataclass_fields__))


@dataclass(frozen=True)
class Pair:
    """Two figures that measure the same thing, from two articles (either side may be missing), and their verdict."""

    status: str
    metric: str
    a: Figure | None
    b: Figure | None
    explanation: str = ""
    score: float = 0.0  # how alike the two measures are (compare.similarity); 0 when one side is missing
    reasons: tuple[str, ...] = ()  # why they were paired: "same quantity (deaths)", "toll ≈ deaths", ...

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready pair record."""
        return {
            "status": self.status, "metric": self.metric, "explanation": self.explanation,
            "a": self.a.to_dict() if self.a else None, "b": self.b.to_dict() if self.b else None,
            "score": self.score, "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class LedgerEntry:
    """What became of one submitted item: ingested, duplicate (of which article) or rejected (why)."""

    item: str  # file name, "file.jsonl:12", "archive.zip/member.txt", "pasted text 1"
    status: str  # ingested | duplicate | rejected
    article_id: str = ""
    reason: str = ""  # machine code for rejected/duplicate
    message: str = ""  # what a person reads
    line: int | None = None
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready ledger row."""
        d = asdict(self)
        d["warnings"] = list(self.warnings)
        return d
