"""The model's parser and entity recognizer run with their transitions stepped from Python (same result as spaCy's).

spaCy's greedy decoding releases the GIL for its loop over a batch, and the compiled validity checks of each move
take the GIL back for every token they look at (`StateC.B_`): the entity recognizer tests all 74 of its moves at
every token, so that it spent about half of its time taking and releasing the GIL (perf: `pthread_mutex_lock` and
`_unlock` were a quarter of all extraction time). This component runs the same trained component with the same
steps that spaCy's beam search uses, with the GIL held: per step, the scores of every unfinished state of the batch
(`ParserStepModel.predict`: the same precomputed features, bias, maxout and output layer as the compiled loop, and
the same minimum given to classes the model never saw) and the best valid move of each
(`Parser.transition_states`). Batches are cut and ordered as `Parser.pipe` does, so every parse, sentence boundary
and entity is spaCy's own (tests/extract/test_stepping.py compares them). A component with a beam keeps spaCy's
decoding.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy import util
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "newsfigures_stepped"
STEPPED = ("parser", "ner")  # the model's transition-based components


class SteppedParser:
    """Pipeline component: a transition-based spaCy component (parser or NER) decoded greedily with the GIL held.
    Everything but running it (labels, moves, model, serialisation) is the wrapped component's."""

    def __init__(self, component: Any):
        self.component = component

    def __getattr__(self, name: str) -> Any:
        if name == "component":  # not set yet (a copy being made): never look it up in itself
            raise AttributeError(name)
        return getattr(self.component, name)

    def __call__(self, doc: Doc) -> Doc:
        self.component.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        """The Docs annotated in order, in the batches and length-sorted sub-batches of spaCy's `Parser.pipe`."""
        for batch in util.minibatch(docs, size=batch_size):
            in_order = list(batch)
            by_length = sorted(in_order, key=len)
            for sub in util.minibatch(by_length, size=max(batch_size // 4, 2)):
                sub = list(sub)
                self.component.set_annotations(sub, self.predict(sub))
            yield from in_order

    def predict(self, docs: list[Doc] | Doc) -> list:
        """The final transition states of `docs`, as `Parser.greedy_parse` finds them."""
        parser = self.component
        docs = [docs] if isinstance(docs, Doc) else docs  # as the wrapped component's own predict takes one Doc
        if not any(len(doc) for doc in docs):
            return parser.moves.init_batch(docs)
        parser._ensure_labels_are_added(docs)  # as greedy_parse does: labels preset on a Doc join the moves
        states = parser.moves.init_batch(docs)
        model = parser.model.predict(docs)
        todo = [s for s in states if not s.is_final()]
        try:
            while todo:
                todo = parser.transition_states(todo, model.predict(todo))
        finally:
            model.clear_memory()
        return states


@Language.factory(COMPONENT, default_config={"wrapped": "ner"})
def make_stepped(nlp: Language, name: str, wrapped: str) -> SteppedParser:
    """spaCy factory: the pipeline's component `wrapped`, decoded with its transitions stepped from Python."""
    return SteppedParser(nlp.get_pipe(wrapped))


def use_stepped(nlp: Language) -> list[str]:
    """Put a stepped copy in the place of each greedy transition-based component of `nlp` (under the same name, at
    the same place); the names of those it replaced. The pipeline is for running, not saving: its config names
    the wrapper, not the wrapped component's model, so `nlp.to_disk` then `spacy.load` cannot rebuild it (nothing in
    the project saves a pipeline; save one before the swap)."""
    done = []
    for name in STEPPED:
        if name not in nlp.pipe_names or nlp.get_pipe(name).cfg.get("beam_width", 1) != 1:
            continue
        nlp.add_pipe(COMPONENT, name=f"{COMPONENT}_{name}", after=name, config={"wrapped": name})
        nlp.remove_pipe(name)
        nlp.rename_pipe(f"{COMPONENT}_{name}", name)
        done.append(name)
    return done
