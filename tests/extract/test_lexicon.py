"""The extractor's word lists: each key said once, so no entry is silently overridden by a later one."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from newsfigures.extract import lexicon as words

LEXICON = Path(words.__file__)


def _literal_keys(node: ast.Dict) -> list[object]:
    """The keys a dict display spells out: its constant keys and the items of each `**dict.fromkeys((...), v)`."""
    keys: list[object] = []
    for key, value in zip(node.keys, node.values):
        if isinstance(key, ast.Constant):
            keys.append(key.value)
        elif key is None and isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
                and value.func.attr == "fromkeys" and isinstance(value.args[0], (ast.Tuple, ast.List, ast.Set)):
            keys += [k.value for k in value.args[0].elts if isinstance(k, ast.Constant)]
    return keys


def _duplicates(source: str) -> dict[int, list[object]]:
    """Line of each dict display in `source` -> the keys it gives more than once."""
    found: dict[int, list[object]] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = _literal_keys(node)
            dup = sorted({k for k in keys if keys.count(k) > 1}, key=str)
            if dup:
                found[node.lineno] = dup
    return found


def test_lexicon_dicts_have_no_duplicate_keys():
    assert _duplicates(LEXICON.read_text(encoding="utf-8")) == {}


def test_lexicon_duplicate_check_sees_spread_and_literal_keys():
    source = 'A = {**dict.fromkeys(("lose", "die"), "killed"), **dict.fromkeys(("lose",), "decreased")}\nB = {"x": 1, "x": 2}'
    assert _duplicates(source) == {1: ["lose"], 2: ["x"]}


@pytest.mark.parametrize("word,family", [("lose", "decreased"), ("kill", "killed"), ("drop", "decreased")])
def test_lexicon_event_families(word, family):
    assert words.EVENT_FAMILIES[word] == family
