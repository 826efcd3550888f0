from dataclasses import replace

from newsfigures.ingest import dedupe
from newsfigures.ingest import content_hash, load_path
from newsfigures.model import Article

from conftest import DATA, SEED_A, SEED_B

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
