"""Which verb an event noun stands for ("suspension" -> suspend, "indictment" -> indict, "visit" -> visit), and
which noun a verb's event is called by, checked against the pipeline's lemmatizer tables."""
from __future__ import annotations

from functools import lru_cache

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.pipeline import model_name

MIN_STEM = 3  # letters a verb keeps once the noun ending is undone


@lru_cache(maxsize=1)
def known_verbs() -> frozenset[str]:
    """The verb lemmas of the pipeline's lemmatizer tables (empty when the pipeline ships none)."""
    return _lemma_index("verb")


@lru_cache(maxsize=1)
def known_nouns() -> frozenset[str]:
    """The noun lemmas of the pipeline's lemmatizer tables (empty when the pipeline ships none)."""
    return _lemma_index("noun")


def _lemma_index(pos: str) -> frozenset[str]:
    """The lemmas of one part of speech in the pipeline's lemmatizer index."""
    import spacy.util
    from spacy.lookups import Lookups

    root = spacy.util.get_package_path(model_name())
    folder = next(root.glob("**/lemmatizer/lookups"), None)
    if folder is None or not (folder / "lookups.bin").exists():
        return frozenset()
    table = Lookups().from_disk(folder).get_table("lemma_index")
    return frozenset(table.get(pos, []))


def verb_of(noun: str, same_word: bool = False) -> str:
    """The verb a noun lemma nominalises, "" when none is known; with `same_word`, a noun that is itself a
    verb ("visit", "rule") stands for that verb."""
    verbs = known_verbs()
    for ending, verb_ending in vocab.NOMINAL_SUFFIXES:
        stem = noun[: -len(ending)]
        if noun.endswith(ending) and len(stem) >= MIN_STEM and stem + verb_ending in verbs:
            return stem + verb_ending
    return noun if same_word and noun in verbs else ""


def noun_of(verb: str) -> str:
    """The event noun of a verb lemma, the other way round ("suspend" -> suspension, "enforce" -> enforcement,
    "arrest" -> arrest); "" when the pipeline's tables know none."""
    nouns = known_nouns()
    for ending, verb_ending in vocab.NOMINAL_SUFFIXES:
        stem = verb[: len(verb) - len(verb_ending)]
        if verb.endswith(verb_ending) and len(stem) >= MIN_STEM and stem + ending in nouns:
            return stem + ending
    return verb if verb in nouns else ""
