import pytest

from newsfigures.compare.acts import act_reading, noun_verb
from newsfigures.compare.similarity import THRESHOLD, similarity
from newsfigures.model import Figure, Measure


def measure(quantity: str, event: str, subject: str = "") -> Measure:
    """A count's measure as the extractor fills it."""
    return Measure(quantity=quantity, subject=subject, event=event, place="", scope="total", dimension="count")


def figure(m: Measure, metric: str, article: str) -> Figure:
    """A figure of 37 with a hand-made measure under its own corpus metric."""
    return Figure(article_id=article, source_file="", text="37", start=0, end=2, sentence="", value=37, low=37,
                  high=37, qualifier="exact", unit="", counted="", event="", as_of="", said_by="", metric=metric,
                  kind="cardinal", measure=m)


@pytest.mark.parametrize("persons, act, reason", [
    # "Police arrested 37 people in dawn raids" ~ "the raids led to 37 arrests" (crime)
    (measure("people", "other:arrest"), measure("arrest", "other:arrest", "raids"), "arrest people ≈ arrest"),
    # "Coastguard crews rescued 85 people" ~ "carried out 85 rescues" (disasters)
    (measure("people", "other:rescue"), measure("rescues", "other:rescue"), "rescue people ≈ rescues"),
    # "evacuated 3,000 residents" (the GUIDE's displaced) ~ "3,000 evacuations" read under the class (disasters)
    (measure("displaced", "displaced", "residents"), measure("evacuation", "displaced"),
     "evacuate displaced ≈ evacuation"),
    # "Rebels abducted 40 soldiers" ~ "40 abductions" (conflict)
    (measure("troops", "other:abduct"), measure("abductions", "other:abduct"), "abduct troops ≈ abductions"),
])
def test_acts_act_reading_a_verb_s_count_of_persons_is_its_act_noun(persons, act, reason):
    assert act_reading(persons, act).startswith(reason) and act_reading(act, persons).startswith(reason)


@pytest.mark.parametrize("persons, act", [
    # "two shootings" read under its own noun: an incident, which may have many victims (lee4 bg_116 / bg_201)
    (measure("people", "other:shoot", "children"), measure("shooting", "other:shooting")),
    # a GUIDE quantity says what it covers: "deaths" is its own line, not troops killed
    (measure("troops", "killed", "gunmen"), measure("deaths", "killed")),
    # another verb's act: detained people are not arrests
    (measure("people", "other:detain"), measure("arrests", "other:arrest")),
    # no count of persons: "seized 45 firearms" ~ "45 seizures"
    (measure("firearm", "other:seize"), measure("seizure", "other:seize")),
    # a noun that is no act
    (measure("people", "other:arrest"), measure("raid", "other:arrest")),
])
def test_acts_act_reading_keeps_other_counts_apart(persons, act):
    assert act_reading(persons, act) == "" and act_reading(act, persons) == ""


@pytest.mark.parametrize("quantity, verb", [("arrests", "arrest"), ("evacuations", "evacuate"),
                                            ("deportation", "deport"), ("deaths", ""), ("people", "")])
def test_acts_noun_verb_is_the_act_s_verb_outside_the_guide_s_quantities(quantity, verb):
    assert noun_verb(quantity) == verb


def test_acts_similarity_pairs_arrested_people_and_arrests():
    people = figure(measure("people", "other:arrest"), "people captured", "a")
    arrests = figure(measure("arrest", "other:arrest", "raids"), "arrests captured", "b")
    sim = similarity(people, arrests)
    assert sim.score >= THRESHOLD and "arrest people ≈ arrest (the act's noun)" in sim.reasons
    assert "quantity" not in sim.apart
