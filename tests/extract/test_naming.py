"""How the text names an owner: a counted group's phrase, the people a demonym names."""
from __future__ import annotations

import pytest

from newsfigures.extract.naming import demonym_plural, entity_text, group_phrase, hyphened_word


@pytest.mark.parametrize("adjective,people", [
    ("Palestinian", "Palestinians"), ("Israeli", "Israelis"), ("American", "Americans"), ("Chinese", "Chinese"),
])
def test_naming_demonym_plural(adjective, people):
    assert demonym_plural(adjective) == people


@pytest.mark.parametrize("text,noun,group", [
    # a word of a name is kept even when it is a word dropped from groups ("new") (a cricket test)
    ("Ponting then came out to replace Hayden, and quickly took a fancy to the New Zealand bowlers.", "bowlers",
     "New Zealand bowlers"),
    ("Jamil Murad had visited Yasser Arafat in April 2004, along with nine other Brazilian deputies.", "deputies",
     "Brazilian deputies"),
    # a word written with hyphens is one word, however the tokenizer splits it (stop 49: "the runner-up receives
    # £1.4 million" read owner "up"); a hyphened modifier is kept whole
    ("The runner-up receives £1.4 million.", "up", "runner-up"),
    ("Two passers-by were injured when the wall fell.", "passers", "passers-by"),
    ("Police turned away 12 first-time voters.", "voters", "first-time voters"),
    ("Twenty anti-government protesters were killed.", "protesters", "anti-government protesters"),
    ("A mother-in-law and two sons were rescued.", "mother", "mother-in-law"),
])
def test_naming_group_phrase(nlp, text, noun, group):
    doc = nlp(text)
    assert group_phrase(next(t for t in doc if t.text == noun)) == group


@pytest.mark.parametrize("text,word,span", [
    ("The runner-up won.", "runner", "runner-up"),
    ("The runner-up won.", "up", "runner-up"),
    ("His mother-in-law spoke.", "in", "mother-in-law"),
    ("The vote - a close one - passed.", "vote", "vote"),   # a dash between spaces joins no word
    ("Scores rose 3-1 on Monday.", "3", "3"),             # numbers are no hyphened word
])
def test_naming_hyphened_word_spans_the_whole_word(nlp, text, word, span):
    doc = nlp(text)
    first, last = hyphened_word(next(t for t in doc if t.text == word))
    assert doc[first:last + 1].text == span


NAMED = "The opposition Renamo party said Armando Guebuza won 63.7% of the vote, the Red Cross in Maputo said."


@pytest.mark.parametrize("word,expected", [
    ("Renamo", "Renamo"), ("Armando", "Armando Guebuza"), ("Guebuza", "Armando Guebuza"), ("Cross", "Red Cross"),
    ("Maputo", "Maputo"), ("vote", "vote"),
])
def test_naming_entity_text_is_the_whole_entity(nlp, word, expected):
    """A token's whole entity, found through the Doc's entity index (extract/sentcache.entity_of)."""
    doc = nlp(NAMED)
    assert entity_text(next(t for t in doc if t.text == word)) == expected
