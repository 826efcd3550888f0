"""The attribute rules applied by lookup give every token what spaCy's attribute_ruler gives it."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsfigures.extract.attributes import COMPONENT, LookupAttributes, Unreadable, rules, use_lookup
from newsfigures.extract.pipeline import model_name
from newsfigures.ingest import load_path

DATA = Path(__file__).resolve().parents[2] / "data"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "wikinews-2004"
# Every kind of rule the model has: tag rules, words with a tag, the parse (aux, expl, mark, "I" as subject or
# object), two-token rules ("gonna", "y'all", "let's", "ain't"), and whitespace tokens.
RULE_KINDS = ("I'm gonna go, y'all. Let's see: there is a dog and ain't it nice?  \n\n  Gotta c'm on!\t You did "
              "it, but he has 3 of them. Give it to me; which one did they buy? That was 40 percent.")


@pytest.fixture(scope="module")
def model():
    """The model as spaCy ships it: its own attribute_ruler."""
    return spacy.load(model_name())


def _tokens(doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _texts() -> list[str]:
    arts, _ = load_path(DATA)
    return [RULE_KINDS] + [a.text for a in arts]


def _parsed(model, text: str):
    """`text` through the model's components before its attribute ruler."""
    with model.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        return model(text)


def test_attributes_lookup_gives_what_the_ruler_gives(model):
    ruler = model.get_pipe("attribute_ruler")
    lookup = LookupAttributes(ruler)
    for text in _texts():
        expected = _tokens(ruler(_parsed(model, text)))
        assert _tokens(lookup(_parsed(model, text))) == expected, text[:60]  # working the rules out
        assert _tokens(lookup(_parsed(model, text))) == expected, text[:60]  # from what it remembered


def test_attributes_lookup_gives_what_the_ruler_gives_on_a_hundred_articles(model):
    """Every word of the Wikinews corpus: the rules a token may match are found by its word and by its tag, dependency
    and whitespace apart, so words and combinations the seeds never show are where a wrong index would appear."""
    if not SHARED.is_dir():
        pytest.skip(f"the shared corpora are not beside the checkout ({SHARED})")
    ruler = model.get_pipe("attribute_ruler")
    lookup = LookupAttributes(ruler)
    for path in sorted(SHARED.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _tokens(lookup(_parsed(model, text))) == _tokens(ruler(_parsed(model, text))), path.name


def test_attributes_pipeline_uses_the_lookup_in_the_ruler_s_place(nlp):
    names = nlp.pipe_names
    assert "attribute_ruler" not in names and names.index(COMPONENT) == names.index("parser") + 1


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "a", "OP": "+"}],  # an operator
    [{"ENT_TYPE": "GPE"}],  # an attribute it does not test
    [{"LOWER": {"FUZZY": "gonna"}}],  # a test it does not know
    [{"LOWER": {"IN": ["x"], "NOT_IN": ["y"]}}],  # two tests of one attribute
])
def test_attributes_a_pattern_it_cannot_read_keeps_the_ruler(pattern):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([pattern], {"POS": "NOUN"})
    with pytest.raises(Unreadable):
        rules(ruler)
    assert not use_lookup(nlp) and nlp.pipe_names == ["attribute_ruler"]


def test_attributes_a_rule_setting_what_it_does_not_write_keeps_the_ruler():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add([[{"LOWER": "x"}]], {"NORM": "y"})  # NORM: not among the columns it writes
    assert not use_lookup(nlp) and nlp.pipe_names == ["attribute_ruler"]


def test_attributes_memo_keeps_no_visitors_word(model):
    """The memo is shared by every visitor of a server: it keys on the model's labels and the rules' own words."""
    from spacy.strings import get_string_id

    lookup = LookupAttributes(model.get_pipe("attribute_ruler"))
    text = "Zorblaxian officials said 40 zorblaxes were seized, although none were found."
    lookup(_parsed(model, text))
    held = {part for key in lookup.known for part in key}
    assert get_string_id("zorblaxian") not in held and get_string_id("zorblaxes") not in held
    assert get_string_id("although") in held  # a word a rule names is kept: its reading depends on it
