"""How far two annotators agree on the measure fields and said_by, against which the extractor's accuracy is read.

A second annotation (tests/gold/agreement/, format in tests/gold/README.md "Agreement") labels the figures of
some dev documents again, from the text and the guide alone, by someone who saw neither the gold nor the code. Its
records are joined to the gold's by doc, surface and `at` anchor and compared field by field with the scorer's own
rules (measure_rules.py), so "agreement" and "accuracy" mean the same comparison. Three numbers per field: the
second annotator against the gold, the extractor against the gold, and the extractor against the second annotator
(on the figures the extractor detected)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsfigures.eval.gold import GOLD_DIR
from newsfigures.eval.matching import DocRun
from newsfigures.eval.measure_gold import MEASURE_FIELDS, MeasureGold, Record, read_jsonl, unreadable
from newsfigures.eval.measure_rules import FIELD_RULES, event_class_ok, name_ok
from newsfigures.eval.measure_scores import score_measures

AGREEMENT_DIR = GOLD_DIR / "agreement"
FIELDS = (*MEASURE_FIELDS, "said_by")  # the labels each record holds
ROWS = (*FIELDS[:3], "event_class", *FIELDS[3:])  # what is compared: the fields, and the event's class beside it
ANCHOR = ("doc", "surface", "at")
Key = tuple[str, str, str]


@dataclass(frozen=True)
class FieldAgreement:
    """One field's agreement on one document set: counts, so subsets can be added up."""

    field: str
    agreed: int
    labelled: int

    @property
    def share(self) -> float:
        """Agreed / labelled (0.0 for nothing labelled)."""
        return self.agreed / self.labelled if self.labelled else 0.0


def _check(record: Record, where: str) -> Record:
    """A second-annotation record with every key it needs, or ValueError naming the file and line."""
    missing = [k for k in (*ANCHOR, *FIELDS) if not isinstance(record.get(k), str)]
    if missing:
        raise ValueError(f"{where}: missing or non-text {', '.join(missing)}")
    return record


def load_second(folder: Path = AGREEMENT_DIR) -> list[Record]:
    """Every second-annotation record of `folder` (*.jsonl), checked; FileNotFoundError when there is none."""
    paths = sorted(folder.glob("*.jsonl"))
    if not paths:
        raise FileNotFoundError(f"no second annotation (*.jsonl) in {folder}")
    return [_check(r, f"{p.name} record {i + 1}") for p in paths for i, r in enumerate(read_jsonl(p))]


def gold_key(g: Record) -> Key:
    """The anchor of a gold figure of a new batch (its `at` is kept as the context)."""
    return g["doc"], g["surface"], g["context"]


def scored_here(second: list[Record], gold: MeasureGold) -> list[Record]:
    """The second records the gold scores here: those of a batch left out (its texts missing, `MeasureGold.left_out`)
    are dropped, so the rest can still be joined; any other record stays, to be joined or refused."""
    return [r for r in second if not unreadable(r["doc"])] if gold.left_out else second


def joined(second: list[Record], gold: MeasureGold) -> list[tuple[Record, Record]]:
    """(gold figure, second record) for every second record, or ValueError for one that names no gold figure."""
    by_key = {gold_key(g): g for g in gold.figures if g.get("new")}
    out = []
    for r in second:
        g = by_key.get((r["doc"], r["surface"], r["at"]))
        if g is None:
            raise ValueError(f"second annotation names no gold figure: {r['doc']} {r['surface']!r} at {r['at']!r}")
        out.append((g, r))
    return out


def field_ok(field: str, second: Record, gold: Record) -> bool:
    """The scorer's rule for one field, the second annotator's value in the prediction's place."""
    if field == "said_by":
        return name_ok(second["said_by"], gold["said_by"])
    if field == "event_class":
        return event_class_ok(second["event"], gold["measure"].get("event", ""))
    return FIELD_RULES[field](second[field], gold["measure"].get(field, ""))


def annotator_agreement(pairs: list[tuple[Record, Record]]) -> dict[str, FieldAgreement]:
    """Per field: how many of the joined figures the two annotators agree on."""
    return {f: FieldAgreement(f, sum(field_ok(f, r, g) for g, r in pairs), len(pairs)) for f in ROWS}


def as_gold(pairs: list[tuple[Record, Record]]) -> list[Record]:
    """The gold figures with the second annotator's fields in place of the first's: the extractor scored on them."""
    return [g | {"said_by": r["said_by"], "measure": {f: r[f] for f in MEASURE_FIELDS}} for g, r in pairs]


def system_agreement(runs: list[DocRun], gold_figures: list[Record]) -> dict[str, FieldAgreement]:
    """Per field: how many detected figures the extractor labels as `gold_figures` do (the scorer's accuracy)."""
    scored = score_measures(runs, gold_figures)
    return {f: FieldAgreement(f, scored["scored"][f] - len(scored["wrong"][f]), scored["scored"][f]) for f in ROWS}


def agreement_table(pairs: list[tuple[Record, Record]], runs: list[DocRun]) -> dict[str, dict[str, Any]]:
    """Field -> {"annotators", "system_gold", "system_second"}: the three shares, with their counts."""
    people = annotator_agreement(pairs)
    first = system_agreement(runs, [g for g, _ in pairs])
    second = system_agreement(runs, as_gold(pairs))
    return {f: {"annotators": people[f], "system_gold": first[f], "system_second": second[f]} for f in ROWS}


def to_json(table: dict[str, dict[str, FieldAgreement]]) -> dict[str, dict[str, dict[str, float | int]]]:
    """The table as plain JSON values."""
    return {f: {k: {"share": round(a.share, 3), "agreed": a.agreed, "of": a.labelled} for k, a in row.items()}
            for f, row in table.items()}

