"""Which part-holonym edges of WordNet 3.0 name a neighbour or an administering power rather than a container, for
scripts/build_place_within.py. A region (an instance of a geographical area or region) whose own definition names
its holonym X only as a neighbour ("an area between Israel and Jordan", "a coastal region ... bordering Israel and
Egypt", "sovereignty is disputed between Pakistan and India", "under Moroccan control") does not lie within X: that
edge, and every container reached only through it, is left out. Natural features on a border ("a lake between
Switzerland and France", "a mountain on the border between Nepal and Tibet") lie partly in each country and keep
both; a region whose definition names X as "in X" or "of X" keeps X; a region whose definition does not name X keeps
it (WordNet's chain is then the only word on it). The survey behind the condition is in docs/findings/place.md ("within44")."""
from __future__ import annotations

import re
from pathlib import Path

REGION_KINDS = frozenset({"geographical_area", "region", "area", "district", "territory"})  # not lakes, peaks, rivers
CUE = re.compile(r"\b(in|of|within|on|across|through|into|divided between|between|bordering|borders|bordered by|"
                 r"disputed between|under)\b")
NEIGHBOUR_CUES = frozenset({"between", "bordering", "borders", "bordered by", "disputed between", "under"})


def definitions(folder: Path) -> dict[str, str]:
    """Noun synset offset -> its definition, without WordNet's quoted examples ("...; \"he is from Gaza\"")."""
    out = {}
    with (folder / "data.noun").open(encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" ") and "| " in line:
                out[line.split(" ", 1)[0]] = re.split(r';\s*"|\s*"', line.split("| ", 1)[1])[0].strip()
    return out


def cues_before(definition: str, names: set[str]) -> list[str]:
    """The last cue word before each mention of any of `names` in its clause ("" when none): "between" for
    "Israel" in "an area between Israel and Jordan", "in" for "France" in "Cannes in France". A name followed by a
    capitalised word is part of another name ("the Indian Ocean" names no India) and no mention."""
    out = []
    for name in names:
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-]|\s+[A-Z])", definition):
            cues = CUE.findall(definition[:m.start()].split(";")[-1])
            out.append(cues[-1] if cues else "")
    return out


def names_as_neighbour(definition: str, names: set[str]) -> bool:
    """The definition names the holonym (by any of `names`) and every mention is a neighbour's or a controlling
    power's ("between X and Y", "bordering X", "disputed between X and Y", "under X control")."""
    cues = cues_before(definition, names)
    return bool(cues) and all(c in NEIGHBOUR_CUES for c in cues)
