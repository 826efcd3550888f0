import pytest

from newsfigures.extract.infinitive import passive_infinitive


@pytest.mark.parametrize("text,surface,expected", [
    # a passive infinitive carried by "be" or "come" says what is done to the subject (wn2004_032, lee cor_026)
    ("A $500 fine was to be imposed for every day the paper kept silent.", "$500", "other:impose"),
    ("How did 40 stolen paintings come to be hidden in a farmhouse outside Lyon?", "40", "other:hide"),
])
def test_event_of_a_subject_with_a_passive_infinitive(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,verb,expected", [
    ("The new bridge was to be opened in May.", "was", "opened"),
    ("The warheads came to be stored on the farm.", "came", "stored"),
    ("Eight people are to appear in court tomorrow.", "are", None),  # an active infinitive: no event done to them
    ("The officials seemed to be pleased with the result.", "seemed", None),  # not a carrying verb
])
def test_infinitive_passive_infinitive(nlp, text, verb, expected):
    doc = nlp(text)
    got = passive_infinitive(next(t for t in doc if t.text == verb))
    assert (got.text if got is not None else None) == expected
