"""How the text names an owner: a counted group's phrase, the people a demonym names."""
from __future__ import annotations

import pytest

from newsfigures.extract.naming import demonym_plural, entity_text, group_phrase


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
])
def test_naming_group_phrase(nlp, text, noun, group):
    doc = nlp(text)
    assert group_phrase(next(t for t in doc if t.text == noun)) == group


NAMED = "The opposition Renamo party said Armando Guebuza won 63.7% of the vote, the Red Cross in Maputo said."


@pytest.mark.parametrize("word,expected", [
    ("Renamo", "Renamo"), ("Armando", "Armando Guebuza"), ("Guebuza", "Armando Guebuza"), ("Cross", "Red Cross"),
    ("Maputo", "Maputo"), ("vote", "vote"),
])
def test_naming_entity_text_is_the_whole_entity(nlp, word, expected):
    """A token's whole entity, found through the Doc's entity index (extract/sentcache.entity_of)."""
    doc = nlp(NAMED)
    assert entity_text(next(t for t in doc if t.text == word)) == expected
