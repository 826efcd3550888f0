"""Near-duplicates: the same wire story republished by several sites with small edits, marked as one story.

Exact duplicates (same clean text) never get this far: loading ingests them once. Here each article's word
3-shingles go into a MinHash (datasketch); an LSH index proposes candidate pairs, and a pair is a copy when the
exact shingle Jaccard similarity reaches the threshold, or one text is nearly all contained in the other (a
republication that cut or added a paragraph). Clusters are connected components; every member's `story_id` is
the id of the cluster's first article (in corpus order). Unique articles keep story_id "".
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from newsfigures.ingest.lexicon import WORD_CHARS
from newsfigures.model import Article

THRESHOLD = 0.8  # shingle Jaccard similarity at or above which two texts are one story
CONTAINMENT = 0.9  # share of the shorter text's shingles found in the longer one...
MIN_LENGTH_RATIO = 0.5  # ...when the shorter is at least half as long
MIN_SHINGLES = 12  # shorter texts are never called copies (a one-line quote is not a republication)
NUM_PERM = 128
SHINGLE = 3


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-grams of a text, lowercased, punctuation ignored."""
    words = WORD_CHARS.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def similarity(a: set[str], b: set[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


def is_copy(a: set[str], b: set[str], threshold: float = THRESHOLD) -> bool:
    """Whether two shingle sets are one story with small edits."""
    if min(len(a), len(b)) < MIN_SHINGLES:
        return False
    jac, cont = similarity(a, b)
    return jac >= threshold or (cont >= max(CONTAINMENT, threshold) and min(len(a), len(b)) >= MIN_LENGTH_RATIO * max(len(a), len(b)))


def _candidates(sets: list[set[str]], threshold: float) -> Iterable[tuple[int, int]]:
    n = len(sets)
    if n <= 60:  # small corpora: every pair, exactly
        return ((i, j) for i in range(n) for j in range(i + 1, n))
    from datasketch import MinHash, MinHashLSH  # noqa: PLC0415

    # A low LSH threshold so containment-style copies are proposed too; each pair is then checked exactly.
    lsh = MinHashLSH(threshold=min(0.5, threshold), num_perm=NUM_PERM)
    pairs: set[tuple[int, int]] = set()
    for i, s in enumerate(sets):
        if len(s) < MIN_SHINGLES:
            continue
        m = MinHash(num_perm=NUM_PERM, seed=1)
        m.update_batch([x.encode("utf-8", "surrogatepass") for x in s])
        for j in lsh.query(m):
            pairs.add((j, i))
        lsh.insert(i, m)
    return sorted(pairs)


def clusters(articles: list[Article], threshold: float = THRESHOLD) -> list[list[int]]:
    """Groups (of at least two) of article indexes that are copies of one story, each in corpus order."""
    sets = [shingles(a.text) for a in articles]
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidates(sets, threshold):
        if find(i) != find(j) and is_copy(sets[i], sets[j], threshold):
            ri, rj = find(i), find(j)
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i in range(len(articles)):
        groups.setdefault(find(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def mark_near_duplicates(articles: Iterable[Article], threshold: float = THRESHOLD) -> list[Article]:
    """The articles with `story_id` set to the id of the first article of their near-duplicate cluster ("" if unique)."""
    arts = list(articles)
    story = {}
    for group in clusters(arts, threshold):
        first = arts[group[0]].id
        for i in group:
            story[i] = first
    return [a if a.story_id == story.get(i, "") else replace(a, story_id=story.get(i, "")) for i, a in enumerate(arts)]
