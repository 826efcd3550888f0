"""A memo makes each result once per name and arguments, keeps the most recently used, and makes once under
concurrent reruns."""
from __future__ import annotations

import threading
import time

from newsfigures.app.memo import Memo


def test_memo_makes_each_result_once_per_arguments():
    made = []
    memo = Memo()

    def make(x):
        made.append(x)
        return x * 2

    assert [memo.get("double", lambda: make(3), 3) for _ in range(3)] == [6, 6, 6]
    assert memo.get("double", lambda: make(4), 4) == 8
    assert made == [3, 4]


def test_memo_lets_the_least_recently_used_go():
    memo = Memo(kept=2)
    memo.get("a", lambda: 1)
    memo.get("b", lambda: 2)
    memo.get("a", lambda: 0)  # used again: "b" is now the oldest
    memo.get("c", lambda: 3)
    assert len(memo) == 2 and memo.get("a", lambda: -1) == 1 and memo.get("b", lambda: -2) == -2


def test_memo_makes_once_when_two_reruns_ask_at_once():
    made = []
    memo = Memo()

    def slow():
        made.append(1)
        time.sleep(0.05)
        return "table"

    threads = [threading.Thread(target=memo.get, args=("table", slow)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert made == [1]
