"""The corpus folder's fingerprint: a changed file changes it, and a page run's repeated asks walk the folder once."""
from __future__ import annotations

import pytest

from newsfigures.app import fingerprint


@pytest.fixture
def clock(monkeypatch):
    """A monotonic clock the test moves by hand."""
    now = [1000.0]
    monkeypatch.setattr(fingerprint.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(fingerprint, "_RECENT", {})
    return now


def test_fingerprint_walk_changes_with_a_file_and_skips_hidden_ones(tmp_path):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    first = fingerprint.walk(tmp_path)
    (tmp_path / ".store.duckdb").write_text("binary", encoding="utf-8")
    assert fingerprint.walk(tmp_path) == first
    (tmp_path / "a.txt").write_text("one more", encoding="utf-8")
    assert fingerprint.walk(tmp_path) != first


def test_fingerprint_recent_walk_is_reused_then_walked_again(tmp_path, clock, monkeypatch):
    walks = []
    real = fingerprint.walk
    monkeypatch.setattr(fingerprint, "walk", lambda folder: walks.append(folder) or real(folder))
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    first = fingerprint.folder_fingerprint(tmp_path)
    (tmp_path / "b.txt").write_text("two", encoding="utf-8")
    assert fingerprint.folder_fingerprint(tmp_path) == first and len(walks) == 1  # the same page run
    clock[0] += fingerprint.FRESH_SECONDS + 0.1
    assert fingerprint.folder_fingerprint(tmp_path) != first and len(walks) == 2  # the next run sees b.txt
