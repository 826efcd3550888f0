import dataclasses

import pytest

from newsfigures.compare.similarity import (FALLBACK_SCORE, THRESHOLD, Similarity, concept, dimension, pair_similarity,
                                            similarity)
from newsfigures.model import Figure, Measure

DEATHS = dict(quantity="deaths", subject="", event="killed", place="Indonesia", scope="total", dimension="count")
ACME = dict(quantity="share_price", subject="Acme", event="rose", place="", scope="change", dimension="percent")


def measured(text="100", value=100.0, unit="", kind="cardinal", metric="m", article="a", **measure):
    """A figure with a hand-made measure, as the extractor would fill it."""
    return Figure(article_id=article, source_file="", text=text, start=0, end=len(text), sentence=text, value=value,
                  low=value, high=value, qualifier="exact", unit=unit, counted="", event="", as_of="", said_by="",
                  metric=metric, kind=kind, measure=Measure(**measure))


def test_similarity_toll_and_deaths_are_one_quantity():
    toll = measured(metric="toll", **{**DEATHS, "quantity": "toll"})
    deaths = measured(metric="deaths · Indonesia", article="b", **DEATHS)
    sim = similarity(toll, deaths)
    assert THRESHOLD <= sim.score < similarity(deaths, deaths).score == 1.0
    assert "toll ≈ deaths" in sim.reasons and "same event" in sim.reasons and "same place" in sim.reasons


def test_similarity_acme_shares_rose_and_acme_stock_jumped_pair_on_their_measure():
    # "Acme shares rose 8%" and "Acme stock jumped 8 percent": different words, different metric labels, one measure.
    a = measured("8%", 8, "percent", "percent", metric="Acme shares rose", **ACME)
    b = measured("8 percent", 8, "percent", "percent", metric="Acme stock jumped", article="b", **ACME)
    sim = similarity(a, b)
    assert sim.score == 1.0
    assert set(sim.reasons) >= {"same quantity (share_price)", "same subject", "same event", "same unit (percent)"}
    fell = similarity(a, dataclasses.replace(b, measure=Measure(**{**ACME, "event": "fell"})))
    assert fell.score < THRESHOLD and "different event: rose vs fell" in fell.reasons


def test_similarity_dollars_and_euros_never_pair():
    aid = dict(quantity="aid", subject="Japan", event="pledged", scope="total")
    usd = measured("$5 million", 5e6, "USD", "money", dimension="currency:USD", **aid)
    eur = measured("€5 million", 5e6, "EUR", "money", article="b", dimension="currency:EUR", **aid)
    assert similarity(usd, eur).score == 0 and similarity(usd, eur).reasons == ("dimension differs: currency:USD vs currency:EUR",)
    # Without a dimension in the measure, the figures' kind and unit say the same.
    bare = [dataclasses.replace(f, measure=dataclasses.replace(f.measure, dimension="")) for f in (usd, eur)]
    assert similarity(*bare).score == 0 and dimension(bare[0]) == "currency:USD"


def test_similarity_a_count_is_not_money():
    count = measured("5,000", 5000, quantity="aid", event="pledged", dimension="count")
    money = measured("$5,000", 5000, "USD", "money", article="b", quantity="aid", event="pledged", dimension="currency:USD")
    sim = similarity(count, money)
    assert sim.score == 0 and sim.reasons == ("dimension differs: count vs currency:USD",)


def test_similarity_units_of_one_dimension_are_converted_others_stay_apart():
    miles = measured("5 miles", 5, "mile", "measure", quantity="distance", event="measured", dimension="length")
    km = measured("8 km", 8, "km", "measure", article="b", quantity="distance", event="measured", dimension="length")
    sim = similarity(miles, km)
    assert sim.score == 1.0 and "units converted: mile vs km" in sim.reasons
    weekend = measured("2 weekends", 2, "weekend", "measure", quantity="duration", event="measured", dimension="duration")
    days = measured("4 days", 4, "day", "measure", article="b", quantity="duration", event="measured", dimension="duration")
    assert similarity(weekend, days) == Similarity(0.0, ("different unit: weekend vs day",))


@pytest.mark.parametrize("x,y,pairs", [
    ("gasoline", "distillate fuel", False),  # two series of one weekly stocks report
    ("gasoline", "Gasoline", True),  # one spelling in two cases
    ("crude oil", "refinery crude oil", True),  # the one named within the other: narrower, no other goods
    ("gasoline", "", True),  # unread on one side: the other fields decide
])
def test_similarity_stocks_of_two_goods_never_pair(x, y, pairs):
    stock = dict(quantity="stock", event="fell", scope="change", dimension="volume")
    a = measured("1.2 mln barrels", 1.2e6, "barrel", "measure", goods=x, **stock)
    b = measured("1.2 mln barrels", 1.2e6, "barrel", "measure", article="b", goods=y, **stock)
    sim = similarity(a, b)
    assert (sim.score >= THRESHOLD) == pairs, sim
    assert pairs or sim.reasons == (f"different goods: {x} vs {y}",)


def test_similarity_a_fraction_and_a_per_cent_are_one_share():
    """Stop 63: "less than a quarter" and "23%" measure one share on two scales; percentage points stay apart."""
    share = dict(quantity="share", subject="appeal", event="measured", scope="share")
    percent = measured("23%", 23, "percent", "percent", dimension="percent", **share)
    fraction = measured("a quarter", 0.25, "", "fraction", article="b", dimension="fraction", **share)
    assert similarity(percent, fraction).score == 1.0 == similarity(fraction, percent).score
    points = measured("2 points", 2, "percentage_point", "percent", article="b", dimension="percentage_point", **share)
    assert similarity(fraction, points).score == 0


@pytest.mark.parametrize("fraction, scale", [
    (measured("a quarter", 0.25, "", "fraction"), 100.0),
    (measured("1-1/2", 1.5, "", "fraction"), None),  # over one whole: no share (the review's)
    (measured("half an hour", 0.5, "hour", "fraction"), None),  # a fraction of a unit
])
def test_similarity_share_scale_only_for_a_part_of_one(fraction, scale):
    from newsfigures.compare.intervals import share_scale
    percent = measured("23%", 23, "percent", "percent")
    assert share_scale(percent, fraction) == scale
    assert share_scale(fraction, percent) == (None if scale is None else 1 / scale)


def test_similarity_different_places_do_not_pair_but_a_strip_is_its_place():
    gaza = measured(**{**DEATHS, "place": "Gaza"})
    israel = measured(article="b", **{**DEATHS, "place": "Israel"})
    sim = similarity(gaza, israel)
    assert sim.score < THRESHOLD and "different place: Gaza vs Israel" in sim.reasons
    strip = similarity(gaza, measured(article="b", **{**DEATHS, "place": "the Gaza Strip"}))
    assert strip.score == 1.0 and "same place" in strip.reasons


@pytest.mark.parametrize("a, b, reason", [
    ("northern Gaza", "Gaza", "one place within the other: northern Gaza vs Gaza"),  # a part of its place
    ("Gaza City", "the Gaza Strip", "one place within the other: Gaza City vs the Gaza Strip"),
    ("South Australia", "Australia", "different place: South Australia vs Australia"),  # a state is another place
    ("South Sudan", "Sudan", "different place: South Sudan vs Sudan"),
    ("New South Wales", "Wales", "different place: New South Wales vs Wales"),
])
def test_similarity_a_place_within_another_is_narrower_unless_it_is_another_place(a, b, reason):
    sim = similarity(measured(**{**DEATHS, "place": a}), measured(article="b", **{**DEATHS, "place": b}))
    assert reason in sim.reasons
    assert (sim.score >= THRESHOLD) is reason.startswith("one place within")


@pytest.mark.parametrize("field, other", [
    ("quantity", "injured"), ("subject", "Palestinians"), ("event", "injured"), ("place", "Sri Lanka"),
    ("scope", "incremental"),
])
def test_similarity_any_one_disagreement_is_below_the_threshold(field, other):
    a = measured(**{**DEATHS, "subject": "Indonesians"})
    b = measured(article="b", **{**DEATHS, "subject": "Indonesians", field: other})
    sim = similarity(a, b)
    assert sim.score < THRESHOLD and any(r.startswith("different") for r in sim.reasons)


@pytest.mark.parametrize("field", ["subject", "event", "place", "scope", "quantity"])
def test_similarity_a_field_missing_on_one_side_still_pairs(field):
    a = measured(**{**ACME, "place": "New York"})
    b = measured(article="b", **{**ACME, "place": "New York", field: ""})
    sim = similarity(a, b)
    assert THRESHOLD <= sim.score < 1.0 and any("one side only" in r for r in sim.reasons)


def test_similarity_subject_named_longer_is_the_same_subject():
    a = measured("8%", 8, "percent", "percent", **ACME)
    b = measured("8%", 8, "percent", "percent", article="b", **{**ACME, "subject": "Acme Corp.'s"})
    assert similarity(a, b).score == 1.0


def test_similarity_people_killed_are_deaths():
    people = measured(**{**DEATHS, "quantity": "people"})
    sim = similarity(people, measured(article="b", **DEATHS))
    assert sim.score >= THRESHOLD and "people killed ≈ deaths" in sim.reasons
    unnamed = similarity(measured(**{**DEATHS, "quantity": ""}), measured(article="b", **DEATHS))
    assert unnamed.score >= THRESHOLD and "killed ≈ deaths" in unnamed.reasons


def test_similarity_a_scope_close_to_the_other_costs_less_than_a_different_one():
    change = measured("8%", 8, "percent", "percent", **ACME)
    rate = measured("8%", 8, "percent", "percent", article="b", **{**ACME, "scope": "rate"})
    share = measured("8%", 8, "percent", "percent", article="b", **{**ACME, "scope": "share"})
    assert similarity(change, share).score < THRESHOLD <= similarity(change, rate).score < 1.0


def test_similarity_falls_back_to_the_metric_key_while_measures_are_empty():
    a, b = measured(metric="soldiers killed"), measured(metric="soldiers killed", article="b", value=200)
    assert similarity(a, b).score == FALLBACK_SCORE >= THRESHOLD and similarity(a, b).reasons == ("same metric",)
    other = dataclasses.replace(b, metric="soldiers sent")
    assert similarity(a, other).score == 0 and similarity(a, other).reasons == ()
    # One side read, the other not: nothing structured to compare, the metric key still decides.
    assert similarity(measured(metric="soldiers killed", **DEATHS), b).reasons == ("same metric",)


def test_similarity_a_part_of_a_population_is_not_the_whole():
    whole = measured("40,000", 40000, **DEATHS)
    part = measured("16,000", 16000, article="b", **{**DEATHS, "subject": "children"})
    sim = similarity(whole, part)
    assert sim.score < THRESHOLD and "a part is not the whole: all vs children" in sim.reasons
    assert similarity(part, dataclasses.replace(part, article_id="c")).score == 1.0


AGE = dict(quantity="age", event="measured", scope="total", dimension="duration")


@pytest.mark.parametrize("subjects, values_agree, pairs", [
    (("", ""), False, False),                     # "a 38-year-old man" ~ "a 45-year-old man": two men
    (("", ""), True, True),                       # the same age: may be the same man
    (("man", "man"), False, False),               # as the extractor reads them now: a common noun names no one
    (("boys", "boys"), False, False),             # nsw_bushfires_2001 "three 15-year-old boys"
    (("Pinochet", "Augusto Pinochet"), False, True),  # one person named on both sides, a year older
    (("Scott", "Alissa"), False, False),
])
def test_similarity_ages_of_two_individuals_never_pair(subjects, values_agree, pairs):
    from newsfigures.compare.similarity import pair_basis
    a = measured("38", 38, "year", "measure", subject=subjects[0], **AGE)
    b = measured("45", 45, "year", "measure", article="b", subject=subjects[1], **AGE)
    assert (pair_basis(a, b, similarity(a, b), values_agree) is not None) == pairs


@pytest.mark.parametrize("subject, name", [
    ("man", ""), ("Augusto Pinochet", "augusto pinochet"), ("retired general Pinochet", "pinochet"), ("", ""),
])
def test_similarity_individual_name_is_the_capitalised_words(subject, name):
    from newsfigures.compare.similarity import individual_name
    assert individual_name(subject) == name


@pytest.mark.parametrize("quantity", ["staff", "staffers"])
def test_similarity_a_company_s_staff_are_people_counted(quantity):
    """The extractor counts employees and workers as people; staff are too (interlaken_canyoning_trial bg_168)."""
    staff = measured(**{**DEATHS, "quantity": quantity, "event": "convicted", "place": ""})
    people = measured(article="b", **{**DEATHS, "quantity": "people", "event": "convicted", "place": ""})
    assert similarity(staff, people).score >= THRESHOLD


@pytest.mark.parametrize("a, b, same", [
    ("North Korea", "North Korean troops", True),  # a country and its people's troops: one party
    ("North Korean troops", "North Korean soldiers", True),  # the seeds: one party, two nouns for its troops
    ("Palestinian militants", "Palestinian gunmen", True),  # israel_palestinian_2001 bg_014: one party
    ("United States", "American troops", True),  # WordNet's people of a country of two words
    ("military engineers", "combat engineers", True),  # the seeds: two descriptions of one group
    ("Palestinians", "Israelis", False),  # two parties
    ("Niger", "Nigerians", False),  # WordNet gives the Nigerians to Nigeria
    ("earlier estimates", "war", False),  # two descriptions of no one group
    ("children", "North Korean soldiers", False),  # a part of a population is not the whole
    ("firefighters in South Australia", "firefighters in Australia", False),  # a state is not its country
    ("South Sudan", "Sudan", False),
    ("Korean soldiers", "North Korean soldiers", True),  # a people's name is no place's (the seeds)
])
def test_similarity_subjects_worded_apart_name_one_party(a, b, same):
    x = measured(**{**DEATHS, "subject": a})
    y = measured(article="b", **{**DEATHS, "subject": b})
    sim = similarity(x, y)
    assert (sim.score == 1.0 and sim.differing == 0) is same
    assert (sim.score < THRESHOLD) is not same


@pytest.mark.parametrize("a, b", [
    ("home side", "Australia"),  # cricket_aus_sa_2001 bg_132 ~ bg_139: "the home side declaring ... a lead of 374"
    ("tourists", "Proteas"),  # cricket_aus_sa_2001 bg_118 ~ bg_132: "the tourists were dismissed ... for 128"
    ("gunmen", "Palestinians"),  # israel_palestinian_2001 bg_014 ~ bg_277
    ("tour company", "Swiss"),  # "Six Swiss tour company staff": the description and the name are one owner
])
def test_similarity_a_description_beside_a_name_leaves_the_subject_unknown(a, b):
    # A description that stands for a party the clause does not name (compare.parties.party: "") neither confirms nor
    # contradicts a name on the other side: it costs what a subject on one side only costs, no disagreement.
    x = measured(**{**DEATHS, "subject": a})
    y = measured(article="b", **{**DEATHS, "subject": b})
    one_side = similarity(x, measured(article="b", **{**DEATHS, "subject": ""}))
    for sim in (similarity(x, y), similarity(y, x)):
        assert sim.score == one_side.score >= THRESHOLD and sim.differing == 0
        assert f"subject on one side only: {b} (the other says {a})" in sim.reasons


@pytest.mark.parametrize("a, b", [("children", "Palestinians"), ("children", "gunmen"), ("soldiers", "civilians"),
                                  # a name with its own description noun says which group it is: "rebels" are not
                                  # "Afghan soldiers", "civilians" not "Israeli soldiers"
                                  ("rebels", "Afghan soldiers"), ("civilians", "Israeli soldiers")])
def test_similarity_a_part_or_another_description_still_disagrees(a, b):
    # A part of a population is no owner left unnamed, and two descriptions with two nouns are two groups.
    sim = similarity(measured(**{**DEATHS, "subject": a}), measured(article="b", **{**DEATHS, "subject": b}))
    assert sim.score < THRESHOLD and sim.differing == 1


def test_similarity_seed_reports_of_north_korean_troops_are_one_party(seeds):
    # "2,000 North Korean troops killed" (PAP) and "2,000 North Korean soldiers ... killed" (the second seed): the
    # troops of one country, whichever noun counts them.
    killed = [f for f in seeds.figures if f.measure.quantity == "deaths" and f.value == 2000
              and "North Korean" in f.measure.subject]
    pairs = [(x, y) for x in killed for y in killed if x.measure.subject != y.measure.subject]
    assert pairs
    for x, y in pairs:
        sim = similarity(x, y)
        assert sim.score == 1.0 and any(r.startswith(("one party", "same subject")) for r in sim.reasons), sim


INNINGS = dict(quantity="run", subject="England", place="Lord's", scope="total", dimension="count")


@pytest.mark.parametrize("counted,pairs", [("innings", True), ("target", True), ("run", True), ("wicket", False)])
def test_similarity_a_score_s_verb_says_when_not_what(counted, pairs):
    # "England will resume at 3 for 112" / "England finished at 6 for 255": one innings, two moments (E2 verbs); a
    # batsman's or a side's runs likewise ("dismissed for 374" / "scored 374"); wickets taken or lost are two things
    a = dataclasses.replace(measured("112", 112, event="other:resume", **INNINGS), counted_lemma=counted)
    b = dataclasses.replace(measured("255", 255, article="b", event="other:finish", **INNINGS), counted_lemma=counted)
    assert (similarity(a, b).score >= THRESHOLD) == pairs


HOSTAGES = dict(quantity="people", subject="Hamas", place="Gaza", scope="total", dimension="count")


@pytest.mark.parametrize("said_by,other,pairs", [
    ("Hamas", "other:take", True),  # "Hamas says it holds 130 captives" ~ "130 people were taken": a stated level
    ("", "other:take", False),  # an unattributed level beside an event stays a different event
    ("Hamas", "said", True),  # beside a bare statement, as before
])
def test_similarity_a_stated_level_neither_confirms_nor_contradicts_an_event(said_by, other, pairs):
    level = dataclasses.replace(measured("130", 130, event="measured", **HOSTAGES), said_by=said_by)
    event = measured("130", 130, article="b", event=other, **HOSTAGES)
    assert (similarity(level, event).score >= THRESHOLD) == pairs


SUSPECTS = dict(quantity="people", subject="suspects", place="Valencia", scope="total", dimension="count")


@pytest.mark.parametrize("x, y, pairs", [
    ("other:arrest", "other:detain", True),   # "18 people arrested" ~ "23 suspects detained": one act, two verbs
    ("other:detain", "other:arrest", True),
    ("other:arrest", "other:charge", False),  # stages of a case stay apart: arrested, charged, jailed, released
    ("other:detain", "other:release", False),
    ("other:arrest", "other:jail", False),
])
def test_similarity_two_verbs_of_one_act(x, y, pairs):
    a, b = measured("18", 18, event=x, **SUSPECTS), measured("23", 23, article="b", event=y, **SUSPECTS)
    sim = similarity(a, b)
    assert (sim.score >= THRESHOLD) == pairs
    assert (f"one act: {x} / {y}" in sim.reasons) == pairs


SUM = dict(subject="Halvard", event="", place="", scope="total", dimension="currency:USD")


@pytest.mark.parametrize("x,y,reason", [
    # a bare sum ("money": no word says what it is) beside a kind of money: the kind read on one side only
    ("money", "profit", "a sum on one side, its kind on the other: money vs profit"),
    ("cost", "money", "a sum on one side, its kind on the other: cost vs money"),
    # two kinds stay two (the GUIDE's lines: "price" is no "cost"), and a sum is no count or share price
    ("profit", "cost", "different quantity: profit vs cost"),
    ("money", "share_price", "different quantity: money vs share_price"),
])
def test_similarity_a_bare_sum_beside_a_kind_of_money_is_the_kind_unread(x, y, reason):
    a = measured("$1.1 billion", 1.1e9, unit="USD", kind="money", quantity=x, **SUM)
    b = measured("$1.1 billion", 1.1e9, unit="USD", kind="money", article="b", quantity=y, **SUM)
    assert reason in similarity(a, b).reasons


def test_similarity_a_kind_of_the_other_s_thing_is_a_synonym():
    # "more than 100 blazes burn" ~ "More than 100 fires are still burning": WordNet files a blaze under fire
    fires = dict(quantity="fire", subject="", event="other:burn", place="", scope="total", dimension="count")
    blazes = measured(**{**fires, "quantity": "blaze"})
    sim = similarity(blazes, measured(article="b", **fires))
    assert sim.score >= THRESHOLD and sim.differing == 0 and "blaze ≈ fire (one kind)" in sim.reasons


def test_similarity_the_guide_s_own_quantities_stay_apart_whatever_wordnet_says():
    # WordNet files a price under cost; GUIDE Q3 tells the two apart, and its lines decide between its concepts
    money = dict(subject="", event="cost", place="", scope="total", dimension="currency:USD")
    price = measured("$3,000", 3000, "USD", "money", quantity="price", **money)
    cost = measured("$3,000", 3000, "USD", "money", article="b", quantity="cost", **money)
    assert "different quantity: price vs cost" in similarity(price, cost).reasons


@pytest.mark.parametrize("a, b", [("people", "militants"), ("Hamas militants", "people"), ("soldiers", "people")])
def test_similarity_a_subject_one_kind_of_the_other_is_not_a_disagreement(a, b):
    # "75 people were arrested" ~ "75 militants were arrested": the people are the militants, said less precisely
    x = measured(**{**DEATHS, "subject": a})
    y = measured(article="b", **{**DEATHS, "subject": b})
    one_side = similarity(x, measured(article="b", **{**DEATHS, "subject": ""}))
    sim = similarity(x, y)
    assert sim.score == one_side.score >= THRESHOLD and sim.differing == 0
    assert f"one a kind of the other: {a} / {b}" in sim.reasons


def test_similarity_two_parties_stay_two_whatever_their_nouns():
    sim = similarity(measured(**{**DEATHS, "subject": "Israeli people"}),
                     measured(article="b", **{**DEATHS, "subject": "Palestinian militants"}))
    assert sim.score < THRESHOLD and sim.differing == 1


KILLED = dict(quantity="deaths", subject="", event="killed", place="", dimension="count")


@pytest.mark.parametrize("batch_text,batch,total_text,total,settled", [
    ("killed 23 people", 23, "the death toll has risen to 31", 31, True),  # one toll, verb then noun
    ("The outbreak has killed 61", 61, "Deaths from the disease rose to 64", 64, True),
    ("killed 45", 45, "the toll rose to 90", 90, False),  # at most PART_RATIO: may be one incident of the total
    ("killed at least 90 in one camp", 90, "the death toll passed 20,000", 20000, False),  # a part of the total
    ("killed seven", 7, "a toll of nine", 9, False),  # counts under ten tell nothing: two incidents as likely
    ("killed two", 2, "a toll of three", 3, False),
])
def test_similarity_pair_similarity_settles_one_toll_told_as_batch_then_total(batch_text, batch, total_text, total,
                                                                              settled):
    a = measured(batch_text, batch, metric="people killed", scope="incremental", **KILLED)
    b = measured(total_text, total, metric="people killed", article="b", scope="total", **KILLED)
    sim = pair_similarity(a, b)
    assert (sim.score >= THRESHOLD) is settled
    assert any(r.startswith("batch or total as the metric says") for r in sim.reasons) is settled


def test_similarity_pair_similarity_leaves_scopes_of_two_metrics_as_read():
    a = measured("killed 23", 23, metric="people killed", scope="incremental", **KILLED)
    b = measured("toll of 31", 31, metric="people killed in Kelo", article="b", scope="total", **KILLED)
    assert pair_similarity(a, b).score < THRESHOLD


@pytest.mark.parametrize("quantity,dim,expected", [
    ("stock", "percent", "share_price"),  # "Acme stock jumped 8 percent"
    ("stock", "currency:USD", "share_price"),
    ("stock", "volume", "stock"),  # "distillate stocks fell 3.4 mln barrels" (Reuters EIA items)
    ("stock", "mass", "stock"),  # "wheat stocks of 2.1 mln tonnes"
])
def test_similarity_concept_of_stocks_by_dimension(quantity, dim, expected):
    m = Measure(quantity=quantity, subject="", event="", place="", scope="total", dimension=dim)
    assert concept(m) == expected


BARE_SUM = dict(quantity="money", subject="", event="measured", scope="total", dimension="currency:GBP")


@pytest.mark.parametrize("x,y,apart", [
    # two sums of no kind read, each a different thing's: their own nouns differ and share no word
    (("shortage", "shortage"), ("transaction", "exchequer transactions"), True),
    (("deficit", "a trade deficit"), ("reserve", "foreign reserves"), True),
    # one thing named two ways, a noun on one side only, or a kind WordNet files them under: not apart
    (("interest", "Interest"), ("payment", "Interest payments"), False),
    (("shortage", "shortage"), ("money", "money"), False),
    (("shortage", "shortage"), ("shortage", "the shortage"), False),
])
def test_similarity_two_sums_on_different_nouns_weigh_less(x, y, apart):
    a = dataclasses.replace(measured("800 mln stg", 8e8, "GBP", "money", **BARE_SUM), counted_lemma=x[0], counted=x[1])
    b = dataclasses.replace(measured("732 mln stg", 7.32e8, "GBP", "money", article="b", **BARE_SUM),
                            counted_lemma=y[0], counted=y[1])
    sim = similarity(a, b)
    assert any(r.startswith("two sums on different nouns") for r in sim.reasons) is apart
    assert sim.score == (0.6 if apart else 1.0) and "quantity" not in sim.apart


def test_similarity_two_sums_on_different_nouns_pair_only_when_the_rest_agrees():
    # a stated level beside another event already weighs the pair down: two nouns as well part them
    shortage = dataclasses.replace(measured("800 mln stg", 8e8, "GBP", "money", **BARE_SUM), counted_lemma="shortage",
                                   counted="shortage", said_by="the Bank of England")
    drained = dataclasses.replace(measured("732 mln stg", 7.32e8, "GBP", "money", article="b",
                                           **{**BARE_SUM, "event": "other:drain"}),
                                  counted_lemma="transaction", counted="exchequer transactions")
    assert similarity(shortage, drained).score < THRESHOLD
    loot = dataclasses.replace(measured("$2 million", 2e6, "USD", "money", **{**BARE_SUM, "dimension": "currency:USD"}),
                               counted_lemma="loot", counted="loot")
    cash = dataclasses.replace(loot, article_id="b", counted_lemma="cash", counted="cash")
    assert similarity(loot, cash).score >= THRESHOLD
