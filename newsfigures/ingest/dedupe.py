"""Near-duplicates: the same wire story republished by several sites with small edits, marked as one story.

Exact duplicates (same clean text) never get this far: loading ingests them once. Here each article's word
3-shingles are hashed once to stable 64-bit integers (each distinct word through BLAKE2b, the three word hashes of
a shingle mixed together in numpy), so nothing depends on PYTHONHASHSEED and no string is hashed per shingle. Beyond
a small corpus a MinHash signature of each article (128 affine permutations of the shingle hashes, vectorised) is cut
into bands; articles sharing a band are candidates, and a candidate pair is a copy when the exact shingle Jaccard
similarity reaches the threshold, or one text is nearly all contained in the other (a republication that cut or added
a paragraph). Clusters are connected components; every member's `story_id` is the id of the cluster's first
article (in corpus order). Unique articles keep story_id "".
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

import numpy as np

from newsfigures.ingest.lexicon import WORD_CHARS
from newsfigures.model import Article

THRESHOLD = 0.8  # shingle Jaccard similarity at or above which two texts are one story
CONTAINMENT = 0.9  # share of the shorter text's shingles found in the longer one...
MIN_LENGTH_RATIO = 0.5  # ...when the shorter is at least half as long
MIN_SHINGLES = 12  # shorter texts are never called copies (a one-line quote is not a republication)
NUM_PERM = 128
SHINGLE = 3
EXACT_UP_TO = 60  # corpora this small compare every pair of articles
# The band layout is the best one for this threshold. A copy can have a Jaccard similarity as low as 0.43 (a text half
# as long, 90 % of it contained): bands of 3 rows (this threshold) propose such a pair 95 % of the time, bands of 5
# (threshold 0.5) only 31 %, which left whole republications unmarked on generated corpora.
LSH_THRESHOLD = 0.3

_MIX_PRIME = np.uint64(0x9E3779B97F4A7C15)  # odd: multiplying by it is a bijection on 64 bits


def _stable64(data: bytes, salt: bytes) -> int:
    """A 64-bit integer from BLAKE2b: the same in every process and on every platform."""
    return int.from_bytes(hashlib.blake2b(data, digest_size=8, salt=salt).digest(), "little")


def _permutations(n: int) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of n affine maps x -> a*x + b modulo 2**32 (a odd, so each is a permutation), from fixed digests."""
    ab = [_stable64(f"minhash permutation {i}".encode(), b"nf-perm") for i in range(n)]
    a = np.array([(v & 0xFFFFFFFF) | 1 for v in ab], dtype=np.uint32)
    return a, np.array([v >> 32 for v in ab], dtype=np.uint32)


_A, _B = _permutations(NUM_PERM)


def _mix(x: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser, element-wise: every input bit moves every output bit."""
    x = x ^ (x >> np.uint64(30))
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def word_hashes(words: list[str], cache: dict[str, int] | None = None) -> np.ndarray:
    """Stable 64-bit hashes of words (each distinct word hashed once per `cache`)."""
    cache = {} if cache is None else cache
    for w in set(words).difference(cache):
        cache[w] = _stable64(w.encode("utf-8", "surrogatepass"), b"nf-word")
    return np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))


def shingle_hashes(text: str, k: int = SHINGLE, cache: dict[str, int] | None = None) -> np.ndarray:
    """Sorted distinct 64-bit hashes of a text's word k-grams, lowercased, punctuation ignored (a text of fewer
    words is one shingle); the same text gives the same hashes in every process."""
    h = word_hashes(WORD_CHARS.findall(text.lower()), cache)
    if not len(h):
        return h
    m = max(len(h) - k + 1, 1)
    x = h[:m].copy()
    for j in range(1, min(k, len(h))):
        x = _mix(x * _MIX_PRIME + h[j:j + m])
    return np.unique(x)


def overlaps(s: np.ndarray, others: list[np.ndarray]) -> np.ndarray:
    """How many shingle hashes each of `others` shares with `s` (all sorted and distinct, as from `shingle_hashes`)."""
    lengths = np.array([len(o) for o in others], dtype=np.int64)
    if not len(s) or not lengths.sum():
        return np.zeros(len(others), dtype=np.int64)
    pool = np.concatenate(others)
    at = np.minimum(np.searchsorted(s, pool), len(s) - 1)
    found = np.concatenate(([0], np.cumsum(s[at] == pool)))  # found[n]: hits among the first n pooled hashes
    ends = np.cumsum(lengths)
    return found[ends] - found[ends - lengths]


def copy_mask(size: int, sizes: np.ndarray, shared: np.ndarray, threshold: float = THRESHOLD) -> np.ndarray:
    """Which of several texts (their shingle counts `sizes`, `shared` with this one) are copies of a text of `size`
    shingles: Jaccard similarity at the threshold, or the shorter nearly all contained in a longer at most twice as
    long; never a text under MIN_SHINGLES."""
    small, large = np.minimum(size, sizes), np.maximum(size, sizes)
    ok = small >= MIN_SHINGLES
    jaccard = shared / np.where(ok, size + sizes - shared, 1)
    contained = shared / np.where(ok, small, 1)
    return ok & ((jaccard >= threshold) | ((contained >= max(CONTAINMENT, threshold)) & (small >= MIN_LENGTH_RATIO * large)))


def signature(hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature of a non-empty shingle hash set: per permutation, the least permuted value."""
    permuted = np.multiply.outer((hashes >> np.uint64(32)).astype(np.uint32), _A)
    permuted += _B
    return permuted.min(axis=0)


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per band of each signature (a row each), the band's number mixed in: equal keys, equal bands
    (but for a 2**-64 chance, which only adds a candidate to check)."""
    keys = np.broadcast_to(np.arange(bands, dtype=np.uint64), (len(signatures), bands))
    cut = signatures[:, :bands * rows].astype(np.uint64).reshape(len(signatures), bands, rows)
    for r in range(rows):
        keys = _mix(keys * _MIX_PRIME + cut[:, :, r])
    return keys


@lru_cache(maxsize=8)
def band_layout(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) whose chance of proposing a pair best separates similarities below and above
    `threshold`: the least sum of the false-positive and false-negative areas under the curve 1-(1-s^r)^b."""
    s = np.linspace(0.0, 1.0, 1001)
    below, step = s < threshold, s[1] - s[0]
    best: tuple[float, int, int] = (np.inf, 1, 1)
    for rows in range(1, num_perm + 1):
        for bands in range(1, num_perm // rows + 1):
            proposed = 1.0 - (1.0 - s ** rows) ** bands
            error = (proposed[below].sum() + (1.0 - proposed[~below]).sum()) * step
            best = min(best, (error, bands, rows))
    return best[1], best[2]


class _Components:
    """Connected components of article indexes, each labelled by its first (smallest) index, all labels current."""

    def __init__(self, sizes: list[int]) -> None:
        self.root = np.arange(len(sizes))
        self.size = np.array(sizes, dtype=np.int64)  # shingles of each article

    def join(self, i: int, j: int) -> None:
        """Merge the components of i and j (relabelling one is a vector operation: joins are few, look-ups many)."""
        keep, gone = sorted((int(self.root[i]), int(self.root[j])))
        if keep != gone:
            self.root[self.root == gone] = keep

    def groups(self) -> list[list[int]]:
        """Components of at least two, each in index order."""
        out: dict[int, list[int]] = {}
        for i, r in enumerate(self.root.tolist()):
            out.setdefault(r, []).append(i)
        return [g for g in out.values() if len(g) > 1]


def _join_copies(comp: _Components, sets: list[np.ndarray], i: int, candidates: np.ndarray, threshold: float) -> None:
    """Join i with every candidate (ascending indexes) outside its component that is a copy of it. They are compared
    in batches: the first candidate of each component (the usual copy joins i to all of it at once), then the others
    a few at a time, each batch only those still outside i's component."""
    roots, size, sizes = comp.root[candidates], comp.size[i], comp.size[candidates]
    ratio = min(threshold, MIN_LENGTH_RATIO)  # no copy is shorter than this share of the other text
    outside = (roots != comp.root[i]) & (sizes >= ratio * size) & (size >= ratio * sizes)
    candidates, roots = candidates[outside], roots[outside]
    if not len(candidates):
        return
    first = np.unique(roots, return_index=True)[1]
    _join_batch(comp, sets, i, candidates[first], threshold)
    rest = np.delete(candidates, first)
    batch = 4
    while len(rest):
        rest = rest[comp.root[rest] != comp.root[i]]
        _join_batch(comp, sets, i, rest[:batch], threshold)
        rest, batch = rest[batch:], batch * 2


def _join_batch(comp: _Components, sets: list[np.ndarray], i: int, others: np.ndarray, threshold: float) -> np.ndarray:
    """Join i with each of `others` that is a copy of it; which were."""
    if not len(others):
        return np.zeros(0, dtype=bool)
    chosen = [sets[j] for j in others.tolist()]
    sizes = np.array([len(c) for c in chosen], dtype=np.int64)
    copies = copy_mask(len(sets[i]), sizes, overlaps(sets[i], chosen), threshold)
    for j in others[copies].tolist():
        comp.join(i, j)
    return copies


def clusters(articles: list[Article], threshold: float = THRESHOLD) -> list[list[int]]:
    """Groups (of at least two) of article indexes that are copies of one story, each in corpus order.

    Small corpora compare every pair; larger ones every pair whose MinHash signatures agree on a whole band. Joining
    is transitive, so a pair already in one component needs no comparison, and the order of comparisons cannot
    change the groups."""
    cache: dict[str, int] = {}
    sets = [shingle_hashes(a.text, cache=cache) for a in articles]
    comp = _Components([len(x) for x in sets])
    if len(sets) <= EXACT_UP_TO:
        for i in range(len(sets)):
            _join_copies(comp, sets, i, np.arange(i), threshold)
        return comp.groups()
    bands, rows = band_layout(min(LSH_THRESHOLD, threshold))
    listed = [i for i, s in enumerate(sets) if len(s) >= MIN_SHINGLES]
    keys = band_keys(np.array([signature(sets[i]) for i in listed]).reshape(-1, NUM_PERM), bands, rows)
    buckets: dict[int, list[int]] = {}
    for i, row in zip(listed, keys.tolist()):
        found = [buckets.setdefault(key, []) for key in row]
        candidates = set().union(*found)
        for members in found:
            members.append(i)
        _join_copies(comp, sets, i, np.sort(np.fromiter(candidates, dtype=np.int64, count=len(candidates))), threshold)
    return comp.groups()


def mark_near_duplicates(articles: Iterable[Article], threshold: float = THRESHOLD) -> list[Article]:
    """The articles with `story_id` set to the id of the first article of their near-duplicate cluster ("" if unique)."""
    arts = list(articles)
    story = {}
    for group in clusters(arts, threshold):
        first = arts[group[0]].id
        for i in group:
            story[i] = first
    return [a if a.story_id == story.get(i, "") else replace(a, story_id=story.get(i, "")) for i, a in enumerate(arts)]
