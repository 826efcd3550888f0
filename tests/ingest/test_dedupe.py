import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import replace

import numpy as np
import pytest

from newsfigures.eval.measure_gold import load_split
from newsfigures.ingest import content_hash, dedupe, load_path
from newsfigures.ingest.articles import article_from_item
from newsfigures.ingest.items import RawItem
from newsfigures.ingest.lexicon import WORD_CHARS
from newsfigures.model import Article

from conftest import DATA, ROOT, SEED_A, SEED_B, shared_or_skip


WIRE = ("Around 2,000 North Korean soldiers deployed to help Russia fight Ukraine are estimated to have been killed, "
        "Seoul's spy agency said Tuesday, according to a lawmaker. The National Intelligence Service said in April that "
        "the number of war dead was at least 600. Pyongyang planned to deploy another 6,000 soldiers and engineers to "
        "Russia and 1,000 had already arrived, the lawmaker told reporters after the closed-door briefing.")


def art(i: str, text: str) -> Article:
    return Article(id=i, text=text, raw_text=text, content_hash=content_hash(text))


def test_dedupe_small_edits_are_one_story_first_article_names_it():
    edited = WIRE.replace("said Tuesday", "said on Tuesday").replace("told reporters", "said")
    out = dedupe.mark_near_duplicates([art("a", WIRE), art("x", "Some 300 homes were destroyed by the flood on Monday, "
                                                                  "officials in the northern province said in a statement."),
                                       art("b", edited)])
    assert [a.story_id for a in out] == ["a", "", "a"]


def test_dedupe_republication_with_extra_paragraph_is_a_copy():
    longer = WIRE + "\n\nThis article was republished from a wire service."
    assert dedupe.mark_near_duplicates([art("a", WIRE), art("b", longer)])[1].story_id == "a"


def test_dedupe_seed_articles_are_different_stories():
    a = Article(id="a", text=SEED_A.read_text(encoding="utf-8"), raw_text="")
    b = Article(id="b", text=SEED_B.read_text(encoding="utf-8"), raw_text="")
    assert [x.story_id for x in dedupe.mark_near_duplicates([a, b])] == ["", ""]
    assert [x.story_id for x in load_path(DATA)[0]] == ["", ""]


def test_dedupe_short_texts_never_marked():
    assert [a.story_id for a in dedupe.mark_near_duplicates([art("a", "About 5 died."), art("b", "About 5 died!")])] == ["", ""]


def test_dedupe_large_corpus_uses_lsh_and_is_pure():
    base = [art(f"u{i}", f"Story number {i}: " + " ".join(f"w{i}x{j}" for j in range(40))) for i in range(80)]
    arts = base + [replace(art("copy", base[7].text + " Extra words here."), id="copy")]
    out = dedupe.mark_near_duplicates(arts)
    assert out[7].story_id == "u7" and out[-1].story_id == "u7"
    assert sum(1 for a in out if a.story_id) == 2
    assert [a.story_id for a in arts] == [""] * len(arts)  # inputs untouched


def _string_shingles(text: str) -> frozenset[str]:
    """The shingles as the strings they stand for: word 3-grams, lowercased, punctuation ignored."""
    words = WORD_CHARS.findall(text.lower())
    if len(words) < 3:
        return frozenset({" ".join(words)} if words else ())
    return frozenset(" ".join(words[i:i + 3]) for i in range(len(words) - 2))


def _string_copy(a: frozenset[str], b: frozenset[str]) -> bool:
    """The definition of a copy, on the shingle strings themselves."""
    small, large = sorted((len(a), len(b)))
    if small < dedupe.MIN_SHINGLES:
        return False
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter) >= dedupe.THRESHOLD or (
        inter / small >= dedupe.CONTAINMENT and small >= dedupe.MIN_LENGTH_RATIO * large)


def _components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components (of at least two) of n indexes joined by the edges, sorted."""
    root = list(range(n))

    def find(i: int) -> int:
        while root[i] != i:
            i = root[i]
        return i

    for i, j in edges:
        ri, rj = sorted((find(i), find(j)))
        root[rj] = ri
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(g for g in groups.values() if len(g) > 1)


def _exact_clusters(texts: list[str]) -> list[list[int]]:
    """Every pair compared by the definition: the clusters that LSH approximates."""
    sets = [_string_shingles(t) for t in texts]
    return _components(len(sets), ((i, j) for j in range(len(sets)) for i in range(j) if _string_copy(sets[i], sets[j])))


def _former_clusters(texts: list[str]) -> list[list[int]]:
    """The former implementation: datasketch MinHash (SHA-1 per shingle string), MinHashLSH at 0.5, exact check."""
    from datasketch import MinHash, MinHashLSH

    sets = [_string_shingles(t) for t in texts]
    lsh, proposed = MinHashLSH(threshold=0.5, num_perm=128), []
    for i, s in enumerate(sets):
        if len(s) >= dedupe.MIN_SHINGLES:
            m = MinHash(num_perm=128, seed=1)
            m.update_batch([x.encode("utf-8", "surrogatepass") for x in s])
            proposed += [(j, i) for j in lsh.query(m)]
            lsh.insert(i, m)
    return _components(len(sets), ((i, j) for i, j in proposed if _string_copy(sets[i], sets[j])))


@pytest.fixture(scope="module")
def generated_texts() -> list[str]:
    """Clean texts of 240 articles generated (scripts/make_corpus.py) from the dev-split Wikinews articles: several
    copies of each, many with a paragraph or two of another article spliced in."""
    dev = sorted(p for p in load_split()["dev"] if p.startswith("corpora/wikinews-2004/"))
    sources = load_path(*[shared_or_skip(*p.split("/")) for p in dev])[0]
    pool = [("wikinews-2004", a) for a in sources if sum(1 for line in a.text.split("\n") if line.strip()) >= 2]
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "scripts" / "make_corpus.py")
    make_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_corpus)
    records = make_corpus.generate(pool, 240, seed=11)
    return [article_from_item(RawItem(r["id"], "generated.jsonl", r["text"], {"title": r["title"]}))[0].text
            for r in records]


def test_dedupe_generated_corpus_clusters_are_the_exact_ones(generated_texts):
    arts = [art(f"g{i}", t) for i, t in enumerate(generated_texts)]
    assert sorted(dedupe.clusters(arts)) == _exact_clusters(generated_texts)


def test_dedupe_generated_corpus_keeps_every_cluster_of_the_former_implementation(generated_texts):
    new = dedupe.clusters([art(f"g{i}", t) for i, t in enumerate(generated_texts)])
    cluster_of = {i: n for n, g in enumerate(new) for i in g}
    former = _former_clusters(generated_texts)
    assert former and all(len({cluster_of.get(i) for i in g}) == 1 and g[0] in cluster_of for g in former)


@pytest.mark.parametrize("text_b", [
    WIRE.replace("said Tuesday", "said on Tuesday"),
    WIRE + " This article was republished from a wire service.",
    "Some 300 homes were destroyed by the flood on Monday, officials in the northern province said in a statement.",
    SEED_A.read_text(encoding="utf-8"),
    "Two words",
    "",
])
def test_dedupe_hashed_shingles_count_as_the_strings(text_b):
    a, b = dedupe.shingle_hashes(WIRE), dedupe.shingle_hashes(text_b)
    assert (len(a), len(b)) == (len(_string_shingles(WIRE)), len(_string_shingles(text_b)))
    assert dedupe.overlaps(a, [b, a]).tolist() == [len(_string_shingles(WIRE) & _string_shingles(text_b)), len(a)]
    assert dedupe.copy_mask(len(a), np.array([len(b)]), dedupe.overlaps(a, [b]))[0] == _string_copy(
        _string_shingles(WIRE), _string_shingles(text_b))


def test_dedupe_hashes_do_not_depend_on_the_process():
    code = ("import sys; from newsfigures.ingest import dedupe; t = sys.stdin.read(); "
            "print(dedupe.shingle_hashes(t).tolist(), dedupe.signature(dedupe.shingle_hashes(t)).tolist())")
    runs = {subprocess.run([sys.executable, "-c", code], input=WIRE, capture_output=True, text=True, check=True, cwd=ROOT,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("0", "1", "random")}
    here = dedupe.shingle_hashes(WIRE)
    assert runs == {f"{here.tolist()} {dedupe.signature(here).tolist()}\n"}


@pytest.mark.parametrize("threshold, layout", [(0.3, (37, 3)), (0.5, (25, 5))])  # what datasketch's MinHashLSH picks too
def test_dedupe_band_layout_minimises_false_proposals_and_misses(threshold, layout):
    assert dedupe.band_layout(threshold) == layout
