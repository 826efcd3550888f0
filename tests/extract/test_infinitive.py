import pytest

from newsfigures.extract.infinitive import modal_infinitive, passive_infinitive


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
    ("Eight people are to appear in court tomorrow.", "are", None),  # active: `modal_infinitive`
    ("The officials seemed to be pleased with the result.", "seemed", None),  # not a carrying verb
])
def test_infinitive_passive_infinitive(nlp, text, verb, expected):
    doc = nlp(text)
    got = passive_infinitive(next(t for t in doc if t.text == verb))
    assert (got.text if got is not None else None) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # "be to" is a modal: its infinitive governs the counted subject (E2; interlaken_canyoning_trial bg_281), as the
    # passive one does (wn2004_032, lee cor_026)
    ("Nine people are to appear before a Zurich court on Monday charged over the ferry sinking.", "Nine", "other:appear"),
    ("About 500 jobs are to go when the smelter closes next year.", "About 500", "other:go"),
    ("Two new ministers are to join the cabinet on Monday.", "Two", "other:join"),
    # not a "be" with no infinitive, nor an adjective's ("are due to meet" is the adjective's clause)
    ("There are 12 players in the squad.", "12", "measured"),
    # "be to blame" is responsibility, a state (E1), not an act of blaming the counted subject is to do
    ("Two factors are to blame for the delay, officials said.", "Two", "measured"),
    ("Three companies are to blame for the oil spill.", "Three", "measured"),
])
def test_event_of_a_subject_with_a_modal_be(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,verb,expected", [
    ("Eight people are to appear in court tomorrow.", "are", "appear"),
    ("The new bridge was to be opened in May.", "was", None),  # passive: `passive_infinitive`
    ("The officials seemed to go home early.", "seemed", None),  # no "be"
    ("The two leaders are due to meet in Cairo.", "are", None),  # the adjective's clause
    ("Two factors are to blame for the delay.", "are", None),  # "be to blame": an idiom of state, no modal
])
def test_infinitive_modal_infinitive(nlp, text, verb, expected):
    doc = nlp(text)
    got = modal_infinitive(next(t for t in doc if t.text == verb))
    assert (got.text if got is not None else None) == expected
