"""The parser and the entity recognizer stepped from Python give every Doc what spaCy's own decoding gives it."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START

from newsfigures.extract.pipeline import model_name
from newsfigures.extract.stepping import STEPPED, SteppedParser, use_stepped
from newsfigures.ingest import load_path

DATA = Path(__file__).resolve().parents[2] / "data"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "wikinews-2004"
ANNOTATED = [HEAD, DEP, SENT_START, ENT_IOB, ENT_TYPE]  # what the two components write


@pytest.fixture(scope="module")
def stock():
    """The model as spaCy ships it."""
    return spacy.load(model_name())


@pytest.fixture(scope="module")
def stepped():
    """The model with its parser and entity recognizer stepped from Python."""
    model = spacy.load(model_name())
    assert use_stepped(model) == list(STEPPED)
    return model


def _annotations(docs) -> list[tuple[list[str], list]]:
    return [([t.text for t in doc], doc.to_array(ANNOTATED).tolist()) for doc in docs]


def _texts(extra: tuple[str, ...] = ()) -> list[str]:
    arts, _ = load_path(DATA)
    # empty and blank texts (no token, or only whitespace) and a one-word one sit in a batch with long ones
    return ["", "  \n ", "Reuters", "Two people died in Kyiv on Monday, officials said."] + [a.text for a in arts] + list(extra)


def test_stepping_parses_and_finds_entities_as_spacy(stock, stepped):
    texts = _texts()
    expected = _annotations(stock.pipe(texts, batch_size=8))
    assert _annotations(stepped.pipe(texts, batch_size=8)) == expected  # batches sorted and cut as spaCy's
    assert _annotations(stepped(t) for t in texts) == expected  # one Doc at a time
    assert any(ents for _, rows in expected for *_, ents in rows)  # the seeds have entities to compare


def test_stepping_parses_a_hundred_articles_as_spacy(stock, stepped):
    """Every article of the Wikinews corpus in the batches extraction uses: the states of a batch are scored
    together (an unseen class gets the batch's lowest score), so batches of many lengths are compared."""
    if not SHARED.is_dir():
        pytest.skip(f"the shared corpora are not beside the checkout ({SHARED})")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("*.txt"))]
    assert _annotations(stepped.pipe(texts, batch_size=64)) == _annotations(stock.pipe(texts, batch_size=64))


def test_stepping_keeps_names_places_and_what_the_component_knows(stock, stepped, nlp):
    assert stepped.pipe_names == stock.pipe_names
    for name in STEPPED:
        component = stepped.get_pipe(name)
        assert isinstance(component, SteppedParser) and isinstance(nlp.get_pipe(name), SteppedParser)
        assert component.labels == stock.get_pipe(name).labels and component.model is component.component.model


def test_stepping_leaves_a_beam_component_to_spacy():
    model = spacy.load(model_name())
    model.get_pipe("ner").cfg["beam_width"] = 4
    assert use_stepped(model) == ["parser"]
    assert not isinstance(model.get_pipe("ner"), SteppedParser)


def test_stepping_predicts_one_doc_as_a_batch_of_one(stepped):
    ner = stepped.get_pipe("ner")
    doc = stepped.make_doc("Six Swiss tour company staff were found guilty in Interlaken.")
    for name, proc in stepped.pipeline:
        if name != "ner":
            doc = proc(doc)
    one, batch = ner.predict(doc), ner.predict([doc])
    assert len(one) == len(batch) == 1
    ner.set_annotations([doc], one)
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ents and ents == [(e.text, e.label_) for e in stepped(doc.text).ents]
