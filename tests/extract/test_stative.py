"""A count a verb of state carries (extract/stative.py; GUIDE revision 2 E1, revision 3 E4 and E6), on sentences in
the style of the dev items that show each reading: a verb of state with an event word nearby (bg_167 "includes the 19
hijackers who commandeered", bg_000 "about 60 fire units ... are optimistic", bg_232/bg_241 "contested by having three
races", bg_137 "fears up to 200 jobs ... are at risk"), E6's "involve" (wn2004_095, bg_135, bg_202), and the clauses
that do say what happened (wn2004_045 "were political prisoners detained", bg_008 "two fires burning")."""
from __future__ import annotations

import pytest

from newsfigures.extract.stative import happened_clause, possessive_have, state_carrier, verb_lemma


@pytest.mark.parametrize("text,surface,expected", [
    ("The indictment names the 12 officials who approved the payments.", "12", None),  # an act, not a state
    ("The charge sheet includes the 12 officials who approved the payments.", "12", "include"),
    ("There are about 40 nurses who work in the ward.", "about 40", "be"),
    ("About 30 trucks are involved in the relief effort.", "About 30", "involve"),
    ("Nine people are to appear in court on Monday.", "Nine", None),  # "be to": the infinitive says it
])
def test_stative_state_carrier(read, text, surface, expected):
    verb = state_carrier(read(text, surface).num)
    assert (verb.lemma_ if verb is not None else None) == expected


@pytest.mark.parametrize("text,noun,expected", [
    ("The union says there are 300 workers who were laid off last week.", "workers", "lay"),  # passive (E4)
    ("Officials say there were 20 people who died in the blaze.", "people", "die"),  # a listed event, no object
    ("Three fires burning near the town are still out of control.", "fires", "burn"),  # a participle, no object
    ("The list includes two men who sent money to the group.", "men", None),  # what they did to something
    ("There are about 40 nurses who work in the ward.", "nurses", None),  # what they do, not what happened
])
def test_stative_happened_clause(nlp, text, noun, expected):
    doc = nlp(text)
    clause = happened_clause(next(t for t in doc if t.text == noun))
    assert (clause.lemma_ if clause is not None else None) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # E1: the verb of state carries the count, whatever event word stands near it
    ("The charge sheet includes the 12 officials who approved the payments, as well as three men who sent money "
     "to the group.", "12", "measured"),
    ("The charge sheet includes the 12 officials who approved the payments, as well as three men who sent money "
     "to the group.", "three", "measured"),
    ("Winds have eased and about 50 fire crews in the valley are confident of holding the line.", "about 50",
     "measured"),
    ("The union fears up to 300 jobs at the mill are at risk.", "up to 300", "measured"),
    # E6: "involve" is a verb of state, "affect" an action ("cover" only as "include", which its lemma does not tell)
    ("About 30 trucks are involved in the relief effort.", "About 30", "measured"),
    ("The strike involving 4,000 nurses has now entered its third week.", "4,000", "measured"),
    ("The storms affected 20,000 households.", "20,000", "other:affect"),
    # E4: the relative clause says what happened to them
    ("The union says there are 300 workers who were laid off last week.", "300", "other:lay"),
    ("About 900 respondents were activists detained by the army between 1999 and 2001.", "About 900",
     "other:detain"),
    # a listed class named by the counted phrase itself stays
    ("We have a 6 per cent pay increase on the table.", "6 per cent", "rose"),
])
def test_stative_event_of_a_count_a_state_verb_carries(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", [
    ('"We\'ve got 300 volunteers on the fire lines tonight," the commissioner said.', "300", True),
    ("The union says it has got 2,000 members at the two plants.", "2,000", True),
    ("They have always got on well in the four matches they have played.", "four", False),  # "got on": no object
    ("Police got 20 calls in an hour.", "20", False),  # no "have": an act of getting
])
def test_stative_possessive_have(read, text, surface, expected):
    verb = next(t for t in read(text, surface).doc if t.lemma_ == "get")
    assert possessive_have(verb) is expected


@pytest.mark.parametrize("text,surface", [
    ('"We\'ve got 300 volunteers on the fire lines tonight," the commissioner said.', "300"),
    ('"We\'ve got a million hours of unpaid work being done a year in this sector," the union said.', "a million hours"),
])
def test_stative_have_got_is_measured(measures, text, surface):
    assert measures(text)[surface].event == "measured"  # E1: "have got" is "have", a verb of state


@pytest.mark.parametrize("text,surface,expected", [
    ("The union says it has got 2,000 members at the two plants.", "2,000", "have"),
    ("Police got 20 calls in an hour.", "20", "get"),
])
def test_stative_verb_lemma(read, text, surface, expected):
    verb = next(t for t in read(text, surface).doc if t.lemma_ == "get")
    assert verb_lemma(verb) == expected
