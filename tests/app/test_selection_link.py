"""A selection of a batch directory in the page's link: its parameters, read back with every value checked."""
from __future__ import annotations

import pytest

from newsfigures.app import selection_link
from newsfigures.app.selection_link import checked, from_link, link_params, note, phrases_of, phrases_text
from newsfigures.store_parquet import ParquetStore, Selection, SelectionError

from batchdir import seeds_batch


@pytest.fixture
def found(seeds, tmp_path):
    return ParquetStore(seeds_batch(seeds, tmp_path))


def _getter(params: dict[str, str | list[str]]):
    return lambda name: [params[name]] if isinstance(params.get(name), str) else params.get(name, [])


@pytest.mark.parametrize("chosen", [
    Selection(), Selection(("death toll",)), Selection(outlets=("Reuters", "PAP")), Selection(since="2024-01-01"),
    Selection(("death toll", "rises"), ("Reuters",), "2024-01-01", "2024-12-31"),
    Selection(("2,000", "Smith, John", 'say "hi"')),  # a phrase may hold a comma or a quote
])
def test_selection_link_round_trip(found, chosen):
    params = link_params(chosen)
    assert set(params) == set(selection_link.PARAMS)
    assert from_link(_getter(params), found) == chosen
    assert found.count(from_link(_getter(params), found)) == found.count(chosen)


def test_selection_link_reads_outlets_in_any_case_once_and_ignores_blank_values(found):
    got = from_link(_getter({"sel_outlet": ["reuters", "REUTERS", " "], "sel_phrase": [" death toll ", ""]}), found)
    assert got == Selection(("death toll",), ("Reuters",)) and found.count(got) == 1


@pytest.mark.parametrize("params, message", [
    ({"sel_until": "31.12.2024"}, "until must be a date written YYYY-MM-DD"),
    ({"sel_until": ["2024-01-01", "2024-01-02"]}, "the link gives sel_until 2 times"),
    ({"sel_phrase": [str(n) for n in range(selection_link.MAX_PHRASES + 1)]},
     "a selection holds at most 10 phrases, this one 11"),
    ({"sel_phrase": "y" * (selection_link.MAX_CHARS + 1)}, "one of the phrases is 201 characters long"),
    ({"sel_outlet": "o" * (selection_link.MAX_CHARS + 1)}, "one of the outlets is 201 characters long"),
    ({"sel_outlet": "AP"}, "the batch directory holds no article of the outlet 'AP'"),
])
def test_selection_link_refuses_a_bad_or_oversize_value(found, params, message):
    with pytest.raises(SelectionError, match="^" + message.replace("(", r"\(")):
        from_link(_getter(params), found)


@pytest.mark.parametrize("typed, phrases", [
    ('"2,000", death toll', ("2,000", "death toll")),
    ("Smith, John", ("Smith", "John")),  # unquoted, a comma separates
    (' "Smith, John" ,  rises ', ("Smith, John", "rises")),
    ('"she said ""no"", twice"', ('she said "no", twice',)),
    (" a , , b,", ("a", "b")),
    ("", ()),
    ('""', ()),
])
def test_selection_link_form_phrases_may_be_quoted_to_hold_commas(typed, phrases):
    assert phrases_of(typed) == phrases
    assert phrases_of(phrases_text(phrases)) == phrases  # what the form shows reads back the same


@pytest.mark.parametrize("typed, shown", [('"2,000', '"2,000'), ('death "toll" rises', 'death "toll" rises'),
                                          ('rises, "2,000" dead, toll', '"2,000" dead, toll')])
def test_selection_link_form_quote_that_encloses_no_whole_phrase_is_named(typed, shown):
    with pytest.raises(SelectionError) as e:
        phrases_of(typed)
    assert str(e.value) == f"cannot read {shown!r}: a double quote must enclose a whole phrase, as in \"2,000\", death toll"


@pytest.mark.parametrize("typed", ['"2,000", death toll', '"Smith, John", rises, "say ""hi"""'])
def test_selection_link_form_and_link_accept_the_same_phrases(found, typed):
    chosen = checked(Selection(phrases_of(typed)))
    assert from_link(_getter(link_params(chosen)), found) == chosen  # each phrase its own parameter, commas and all
    assert phrases_text(from_link(_getter(link_params(chosen)), found).phrases) == phrases_text(chosen.phrases)


def test_selection_link_without_a_batch_directory_reads_nothing_but_refuses_a_selection():
    assert from_link(_getter({}), None) == Selection()
    with pytest.raises(SelectionError, match="this app reads its bundled corpus"):
        from_link(_getter({"sel_since": "2024-01-01"}), None)


def test_selection_link_limits_apply_to_any_selection():
    most = Selection(tuple(f"w{n}" for n in range(10)), tuple(f"o{n}" for n in range(50)))
    assert checked(most) is most
    with pytest.raises(SelectionError, match="at most 50 outlets, this one 51"):
        checked(Selection(outlets=tuple(f"o{n}" for n in range(51))))


def test_selection_link_note_counts_what_matches_and_what_is_analysed(found):
    assert note(found, Selection(), 10) == "3 of 3 stored articles match (every article)."
    assert note(found, Selection(), 2).endswith("The pages analyse the first 2: narrow the selection to see the others.")
    assert note(found, Selection(outlets=("Reuters",)), 10) == "1 of 3 stored articles match (outlet Reuters)."
    assert note(None, Selection(), 10) == ""
