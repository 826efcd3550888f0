"""Which verb an event noun stands for ("suspension" -> suspend, "indictment" -> indict, "visit" -> visit), and
which noun a verb's event is called by, checked against the pipeline's lemmatizer tables."""
from __future__ import annotations

from functools import lru_cache

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.pipeline import model_name

MIN_STEM = 3  # letters a verb keeps once the noun ending is undone
SHORT_VERB = 4  # letters of a verb short enough to be another word's spelling by coincidence


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
            # a look-alike is no derivation, and no later ending makes one ("formation" is not "format")
            return stem + verb_ending if _derived(noun, stem + verb_ending, ending) else ""
    return noun if same_word and noun in verbs else ""


def noun_of(verb: str) -> str:
    """The event noun of a verb lemma, the other way round ("suspend" -> suspension, "enforce" -> enforcement,
    "arrest" -> arrest); "" when the pipeline's tables know none."""
    nouns = known_nouns()
    for ending, verb_ending in vocab.NOMINAL_SUFFIXES:
        stem = verb[: len(verb) - len(verb_ending)]
        if verb.endswith(verb_ending) and len(stem) >= MIN_STEM and stem + ending in nouns:
            if _derived(stem + ending, verb, ending):
                return stem + ending
            break
    return verb if verb in nouns else ""


def _derived(noun: str, verb: str, ending: str) -> bool:
    """`noun`, spelt as `verb` plus `ending`, names the verb's act, not a word that only looks derived: a body
    named after what it does ("government"); a short verb that is a noun of its own, whose look-alike is
    another word ("tote"/"total", "pole"/"police", "miss"/"mission", "sign"/"signal", "pass"/"passion"), unless
    the ending is "ment", which makes nouns of verbs only ("pay"/"payment")."""
    # Dev: police (7 stories), mission (wn2004_026, _037, _070), "miss" (gaza_war, texas_floods), "sign"
    # (wn2004_016, _059), "pass" (wn2004_014, _033, ...).
    if noun in vocab.INSTITUTION_NOUNS:
        return False
    return not (len(verb) <= SHORT_VERB and ending != "ment" and verb in known_nouns())
