"""Places that nest, learned from a story's own text (compare.nesting), and what they change: the similarity of two
places, a count in the smaller place read against the larger place's tolls (compare.within), batches merged."""
from __future__ import annotations

import pytest

from newsfigures.compare.nesting import NO_NESTING, Nesting, learn, place_key, said_in
from newsfigures.model import Figure, Measure

STORY = frozenset({"jabalia", "gaza", "khan younis", "rafah", "perth", "western australia", "aceh", "indonesia",
                   "queensland", "victoria", "tasmania", "sydney", "shoalhaven", "nowra", "new zealand",
                   "al-ahli arab hospital", "gaza city"})


@pytest.mark.parametrize("sentence, said", [
    ("At least 90 people were killed in Jabalia in northern Gaza, the ministry said.",
     ("jabalia", "gaza", "Jabalia in northern Gaza")),
    ("Israeli strikes on the Jabalia refugee camp in the Gaza Strip killed 90 people.",
     ("jabalia", "gaza", "Jabalia refugee camp in the Gaza Strip")),
    ("Tanks pushed into Khan Younis in southern Gaza on Tuesday.", ("khan younis", "gaza", "Khan Younis in southern Gaza")),
    ("Jabalia, a densely populated refugee camp in northern Gaza, was hit again.",
     ("jabalia", "gaza", "Jabalia, a densely populated refugee camp in northern Gaza")),
    ("In Jabalia, Gaza, rescuers searched the rubble.", ("jabalia", "gaza", "Jabalia, Gaza")),
    ("The bowler, born in Perth, Western Australia, took five wickets.",
     ("perth", "western australia", "Perth, Western Australia")),
    ("About 80,000 died in Aceh province, Indonesia.", ("aceh", "indonesia", "Aceh province, Indonesia")),
    ("An explosion at Al-Ahli Arab Hospital in Gaza City kills at least 471 people.",
     ("al-ahli arab hospital", "gaza city", "Al-Ahli Arab Hospital in Gaza City")),
])
def test_nesting_a_sentence_puts_one_place_within_another(sentence, said):
    assert said_in(sentence, STORY) == [said]


@pytest.mark.parametrize("sentence", [
    "Fires are burning in Queensland, Victoria and Tasmania.",  # a list names places side by side
    "Fires are burning in Queensland, Victoria, Tasmania.",
    "Strikes hit Jabalia, Gaza, Rafah and Khan Younis overnight.",
    "Two homes burned at Nowra, south of Sydney in the Shoalhaven.",  # Sydney is where a direction is taken from
    "Police in Gaza said 12 were killed.",  # "Police" is no place of the story
    "Twelve people were killed in Jabalia and Rafah.",
    "In Jabalia, Gaza's civil defence said 12 were killed.",  # Gaza's civil defence is the subject
    "In Jabalia, Rafah officials said 12 were killed.",
    # a side of a match is no place within the venue (review25): a state or a city is a team in its sport
    "Queensland beat Victoria in Perth by 40 runs.",
    "Victoria were defeated by Queensland in Sydney on Sunday.",
    "The final between Sydney and Victoria in Perth drew 40,000.",
    "Perth v Sydney in Queensland was washed out.",
])
def test_nesting_no_containment_where_none_is_said(sentence):
    assert said_in(sentence, STORY) == []


@pytest.mark.parametrize("place, key", [
    ("the Gaza Strip", "gaza"), ("northern Gaza", "gaza"), ("Aceh province", "aceh"),
    ("the Northern Territory", "northern territory"), ("Gaza City", "gaza city"),
])
def test_nesting_place_key_compares_places_by_their_proper_name(place, key):
    assert place_key(place) == key


def _figure(article: str, sentence: str, value: float, place: str = "", as_of: str = "") -> Figure:
    text = f"{value:,.0f}"
    start = sentence.index(text)
    return Figure(article_id=article, source_file=f"{article}.txt", text=text, start=start, end=start + len(text),
                  sentence=sentence, value=value, low=value, high=value, qualifier="", unit="", counted="people",
                  event="killed", as_of=as_of, said_by="", metric="", place=place, counted_lemma="people",
                  sentence_start=0, measure=Measure(quantity="deaths", event="killed", place=place))


def test_nesting_learned_from_the_corpus_for_its_own_places_only():
    figs = [_figure("a", "The death toll in Gaza rose to 20,000.", 20000, "Gaza"),
            _figure("b", "Strikes killed 90 in Jabalia.", 90, "Jabalia")]
    texts = ["Strikes killed 90 in Jabalia. Jabalia, in northern Gaza, has been hit before. "
             "Officials in Rafah, Egypt, were told."]  # Rafah is no place of these figures
    nest = learn(figs, texts=texts)
    assert nest.said("Jabalia", "the Gaza Strip") == "Jabalia, in northern Gaza"
    assert nest.nested("Gaza", "Jabalia") and not nest.said("Gaza", "Jabalia")
    assert not nest.nested("Rafah", "Egypt")


def test_nesting_a_country_lies_within_no_place_of_its_story():
    # "New Zealand in Perth" is a side playing there
    figs = [_figure("a", "New Zealand in Perth made 534.", 534, "New Zealand"),
            _figure("b", "Rain in Perth fell for 3 hours.", 3, "Perth")]
    assert learn(figs).within == ()


def test_nesting_places_said_each_within_the_other_are_neither():
    figs = [_figure("a", "Fighting in Alpha in northern Beta killed 12.", 12, "Alpha"),
            _figure("b", "Fighting in Beta in northern Alpha killed 14.", 14, "Beta")]
    assert learn(figs).within == ()


def test_nesting_closed_transitively():
    figs = [_figure("a", "Shelling hit Alpha in northern Beta, killing 12.", 12, "Alpha"),
            _figure("b", "Beta, a district in Gamma, counted 14 dead.", 14, "Beta"),
            _figure("c", "In Gamma, 300 were killed.", 300, "Gamma")]
    nest = learn(figs)
    assert nest.said("Alpha", "Gamma") == "Alpha in northern Beta; Beta, a district in Gamma"


def test_nesting_a_place_listed_with_its_country():
    figs = [_figure("a", "In Aceh, 80,000 died.", 80000, "Aceh, Indonesia"),
            _figure("b", "Indonesia counted 94,000 dead.", 94000, "Indonesia")]
    assert learn(figs).said("Aceh", "Indonesia") == "Aceh, Indonesia"


def test_nesting_a_narrower_place_is_no_disagreement_in_similarity():
    from newsfigures.compare.similarity import THRESHOLD, similarity
    a = _figure("a", "Strikes killed 90 in Jabalia.", 90, "Jabalia")
    b = _figure("b", "Strikes killed 92 in Gaza.", 92, "Gaza")
    nest = Nesting((("jabalia", "gaza", "Jabalia in northern Gaza"),))
    apart, within = similarity(a, b), similarity(a, b, nest)
    assert apart.score < THRESHOLD <= within.score
    assert "one place within the other: Jabalia in northern Gaza" in within.reasons
    assert similarity(a, b, NO_NESTING) == apart


def _story(*extra: Figure) -> list[Figure]:
    """A war's running tolls in Gaza, reported by three outlets, and its incidents there."""
    return [_figure("t1", "The death toll in Gaza rose to 20,000, the ministry said.", 20000, "Gaza", "2024-01-01"),
            _figure("t2", "The death toll in Gaza passed 30,000.", 30000, "Gaza", "2024-03-01"),
            _figure("t3", "The death toll in Gaza rose to 40,000.", 40000, "Gaza", "2024-08-01"),
            _figure("i1", "At least 30 people were killed in overnight strikes in Gaza.", 30, "Gaza", "2024-09-01"),
            _figure("i2", "At least 51 people were killed in the past 24 hours in Gaza.", 51, "Gaza", "2024-10-01"),
            *extra]


def test_within_an_incident_in_a_smaller_place_is_one_of_the_larger_places_batches():
    from newsfigures.compare.metrics import assign_metrics
    jabalia = _figure("j", "Israeli airstrikes kill at least 90 people in Jabalia.", 90, "Jabalia", "2024-11-01")
    texts = ["Israeli airstrikes kill at least 90 people in Jabalia. Jabalia, a refugee camp in northern Gaza, "
             "has been hit before."]
    keys = {f.article_id: f.metric for f in assign_metrics(_story(jabalia), texts)}
    assert keys["j"] == keys["i1"] == keys["i2"] and keys["j"].endswith("(batch)"), keys
    apart = {f.article_id: f.metric for f in assign_metrics(_story(jabalia))}  # nothing says where Jabalia is
    assert apart["j"] != apart["i1"], apart


def test_within_two_places_side_by_side_keep_their_own_counts():
    # two towns of one story, each with its own incident: neither lies within the other, so the story's batch key
    # takes neither
    from newsfigures.compare.metrics import assign_metrics
    figs = _story(_figure("j", "Airstrikes kill at least 90 people in Jabalia.", 90, "Jabalia", "2024-11-01"),
                  _figure("k", "Airstrikes kill at least 60 people in Khan Younis.", 60, "Khan Younis", "2024-11-02"))
    texts = ["Jabalia, a refugee camp in northern Gaza, was hit.", "Khan Younis, a city in southern Gaza, was hit."]
    keys = {f.article_id: f.metric for f in assign_metrics(figs, texts)}
    assert keys["j"] != keys["k"], keys
    assert keys["i1"] == keys["i2"], keys


def test_within_a_running_total_of_the_smaller_place_stays_its_own():
    # the toll of Aceh is not Indonesia's: two running totals whose places nest are two metrics
    from newsfigures.compare.metrics import assign_metrics
    figs = [_figure("a", "The toll in Indonesia rose to 94,000.", 94000, "Indonesia", "2005-01-03"),
            _figure("b", "The toll in Aceh rose to 80,000.", 80000, "Aceh", "2005-01-04")]
    texts = ["The toll in Aceh rose to 80,000 in Aceh province, Indonesia."]
    keys = {f.article_id: f.metric for f in assign_metrics(figs, texts)}
    assert keys["a"] != keys["b"], keys


def test_nesting_compare_says_which_place_lies_within_which():
    from dataclasses import replace

    from newsfigures.compare.analysis import Analysis, compare
    from newsfigures.model import Article
    a = replace(_figure("a", "Airstrikes killed 90 people in Jabalia.", 90, "Jabalia", "2024-11-01"),
                metric="people killed in Gaza (batch)")
    b = replace(_figure("b", "Airstrikes killed 92 people in Gaza.", 92, "Gaza", "2024-11-01"),
                metric="people killed in Gaza (batch)")
    arts = (Article("a", "Airstrikes killed 90 people in Jabalia, in northern Gaza.", ""),
            Article("b", "Airstrikes killed 92 people in Gaza.", ""))
    analysis = Analysis(arts, (a, b), nesting=learn((a, b), texts=(t.text for t in arts)))
    assert analysis.nesting.said("Jabalia", "Gaza") == "Jabalia, in northern Gaza"
    (pair,) = [p for p in compare(analysis, "a", "b") if p.a and p.b]
    assert "one place within the other: Jabalia, in northern Gaza" in pair.reasons
