"""Where a casualty-type figure is restricted to, on real sentences."""
from __future__ import annotations

import pytest

from newsfigures.extract.counted import duration_unit, resolve_counted
from newsfigures.extract.event import event_of
from newsfigures.extract.place import measure_place, place_of


def place(r, read_place=place_of) -> str:
    dur = duration_unit(r.doc, r.mention)
    noun, _phrase, lemma = resolve_counted(r.num, r.span, r.ctx, r.mention, dur)
    event_tok = event_of(r.num, noun, r.span, r.ctx, lemma, r.mention.kind, dur)[1]
    return read_place(noun, event_tok, r.num)


@pytest.mark.parametrize("text,surface,expected", [
    ("The death toll in Israel increases to more than 750 with over 2,000 injured.", "more than 750", "Israel"),
    ("More than 300 people were killed in Myanmar.", "More than 300", "Myanmar"),
    ("There were 1,500 deaths across the Gaza Strip.", "1,500", "Gaza Strip"),  # without "the"
    ("Indonesia has reported 28,000 dead.", "28,000", "Indonesia"),  # a country reporting its own toll
    ("India says 10,000 people are dead.", "10,000", ""),  # people are no toll of its own
    ("About 2,000 soldiers were killed, officials said.", "About 2,000", ""),
    # the place on the figure's own verb (Wikinews 2004 tsunami; a Gaza current-events item)
    ("A U.N. official said that the death toll might eventually approach 80,000 in Indonesia alone.", "approach 80,000",
     "Indonesia"),
    ("Around 37 Palestinians have been killed in Israeli attacks in the past 24 hours, increasing the Palestinian "
     "death toll in Gaza to 44,466.", "44,466", "Gaza"),
    # "near <place>" (Lee dev: nsw_bushfires bg_008, israel_palestinian bg_277)
    ("Two fires burning near Cessnock, west of Newcastle, are still within containment lines.", "Two", "Cessnock"),
    ("An Israeli military source said the soldiers shot four Palestinians near Jenin, when Palestinian gunmen opened "
     "fire on an army patrol and the troops returned fire.", "four", "Jenin"),
    # a place naming the things the figure happened on or in (Lee dev: holiday_road_toll bg_021 and bg_002,
    # israel_palestinian bg_277)
    ("Seven people have died on Queensland roads, five in Victoria, three in the Northern Territory, two each in "
     "Western Australia and South Australia.", "Seven", "Queensland"),
    ("20 people have died on New South Wales roads, with eight fatalities in both Queensland and Victoria.", "20",
     "New South Wales"),
    ("Israeli soldiers have shot dead five Palestinians in two West Bank towns.", "two", "West Bank"),
    # the verb whose object the counted noun is, when the event word is another ("shot dead": Lee dev bg_277)
    ("Israeli soldiers have shot dead five Palestinians in two West Bank towns.", "five", "West Bank"),
    # "on" a time is no place; a single site named after a place is not that place (a Gaza current-events item)
    ("As more than 100 blazes burn on New Year's Eve in New South Wales, fire crews have been called to new fire at "
     "Gunning, south of Goulburn.", "more than 100", ""),
    ("The Gaza Health Ministry says that Israeli airstrikes kill at least 436 Palestinians, including women and "
     "children, in northern Gaza's Al-Shati refugee camp as well as Khan Younis.", "at least 436", ""),
    # the place of the many things it happened in, by or from (gaza_war 2024-09-09, 2024-10-02, 2025-04-27;
    # turkey_syria_earthquake 2023-02-16); one incident's is the measure's only (measure_place, below)
    ("At least eight people are killed and dozens are wounded in Israeli strikes across the Gaza Strip, bringing the "
     "confirmed Palestinian death toll to over 41,000.", "dozens", "Gaza Strip"),
    ("The Gaza Health Ministry reports that at least 51 people, including seven women and twelve children, are "
     "killed in coordinated Israeli strikes in southern Gaza.", "at least 51", "Gaza"),
    ("At least 51 Palestinians are killed by Israeli airstrikes across the Gaza Strip in the past 24 hours, bringing "
     "the official death toll to 52,243 throughout the war.", "At least 51", "Gaza Strip"),
    ("The death toll from the earthquakes in Turkey increases to 43,850, as the World Health Organization declares "
     "northwestern Syria as the zone of greatest concern.", "43,850", "Turkey"),
    ("The death toll from the flooding in Central Texas, United States, increases to 104, including 28 children, "
     "with 41 other people still missing.", "104", ""),
    # a later coordinated verb or state says the place for all (gaza_war 2023-10-10, 2024-09-09; Lee dev
    # shuttle_endeavour bg_231)
    ("At least 18 people were killed, and 100 others were injured in the West Bank.", "At least 18", "West Bank"),
    ("At least eight people are killed and dozens are wounded in Israeli strikes across the Gaza Strip, bringing the "
     "confirmed Palestinian death toll to over 41,000.", "At least eight", "Gaza Strip"),
    ("It was the first US space shuttle launch since September 11 when hijacked airliners left around 3,500 people "
     "dead and missing in New York, Washington and Pennsylvania.", "around 3,500", "New York"),
    # ...but a later clause with a subject of its own tells other news (review, stop 18)
    ("Three soldiers died on Monday, and the president later spoke in London.", "Three", ""),
    ("Five people were killed in the attack and police later arrested two men in Paris.", "Five", ""),
    # the place of a clause above the figure's, or of what that clause is said of (Lee dev holiday_road_toll bg_043,
    # nsw_bushfires bg_033; Wikinews mst_brazil wn2004_056)
    ("In Victoria, where five people have died, a teenage boy suffered life threatening injuries when he was run "
     "down by a car at Baccus Marsh, west of Melbourne, early this morning.", "five", "Victoria"),
    ("One of the areas causing greatest concern today is the 30-kilometre long blaze in the lower Blue Mountains.",
     "30-kilometre", "Blue Mountains"),
    ("In 2003 there were 632 MST camps in Brazil, containing 116,382 families.", "116,382", "Brazil"),
    # ...not past the clause a reporting verb governs: the speaker's place (Lee dev bg_001, Wikinews wn2004_016)
    ("Police in Karachi say it is likely more raids will be launched against the two groups as well as other "
     "militant organisations accused of targetting India.", "two", ""),
    ("At the dinner Brazilian President Luiz Inácio Lula da Silva said South Korea is a strategic partner in Asia "
     "and he also said that business between Brazil and Korea in 2004 will be US$3 billion.", "US$3 billion", ""),
    # ...nor the place of whoever reports the figure as a noun (review, stop 20)
    ("Officials in Washington confirmed the deaths of 12 American soldiers.", "12", ""),
    ("Health authorities in Ottawa reported the deaths of 40 patients at nursing homes.", "40", ""),
    # ...nor past the noun a relative clause or participle holding the figure describes when it names who did it:
    # what they did next happened elsewhere (review, stop 21)
    ("The gunman, who killed 12 people at a school, was arrested in Paris on Monday.", "12", ""),
    ("Two suspects, accused of killing 18 villagers, were later detained in Kinshasa.", "18", ""),
    ("Hamas, which says it lost 300 fighters, held a rally in Gaza City.", "300", ""),
    ("The typhoon, which left 40 people dead in the Philippines, made landfall in Vietnam on Sunday.", "40",
     "Philippines"),
    # the name of a noun whose first WordNet sense is a place, whatever entity the parser made of it (Lee dev
    # nsw_bushfires bg_048, israel_palestinian bg_014): a compound, a possessive, "of <name>"
    ("Twelve houses have been lost in the Shoalhaven area south of Nowra.", "Twelve", "Shoalhaven"),
    ("The four Palestinians opened fire with rifles at the convoy near the settlement of Kfar Darom, on the southern "
     "edge of the Gaza Strip.", "four", "Gaza Strip"),
    ("At least 30 families were evacuated in the Kempsey district overnight.", "At least 30", "Kempsey"),
    # ...not a person's home, nor a built site ("camp" is no place noun)
    ("Two men were arrested in John Smith's home on Sunday.", "Two", ""),
    # the place of an event a clause holding the figure describes (stop 32; Lee dev bg_283): "a bombing in
    # Jerusalem which killed 10" is restricted to Jerusalem, as an actor's clause is not (above)
    ("That attack came just 12 hours after a triple bombing in Jerusalem which killed 10 young Israelis.", "10",
     "Jerusalem"),
    ("The blast in Kabul, which killed 12 people, was the third this month.", "12", "Kabul"),
    # a legal proceeding's place is its court's, not where the figure happened (Lee dev cor_006, bg_254)
    ("The documents, filed in a $US2 billion lawsuit in the US, name three banks.", "$US2 billion", ""),
    ("A $US5 million suit in Texas names the company.", "$US5 million", ""),
])
def test_place_of(read, text, surface, expected):
    assert place(read(text, surface)) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # one incident's place, the measure's only (GUIDE revision 2, P1; texas_floods 2025-07-04 and 2025-07-07, Lee
    # dev bg_001)
    ("The death toll from the flooding in Central Texas, United States, increases to 104, including 28 children, "
     "with 41 other people still missing.", "104", "Central Texas"),
    ("At least 12 people are killed during a landslide in western Nepal.", "At least 12", "Nepal"),
    ("Troops have shot dead six suspected rebels in a gunbattle in northern Aceh.", "six", "Aceh"),
    # a toll "of" the incident (turkey_syria 2023-02-13, 2023-02-24)
    ("The death toll of the cyclone in Mozambique and Malawi rises to 400.", "400", "Mozambique"),
    # the figure's own place first; a site named with "at" is not read (it splits one story's tolls, gaza_war)
    ("More than 300 people were killed in Myanmar.", "More than 300", "Myanmar"),
    ("At least 471 people are killed by an explosion at Al-Ahli Arab Hospital in Gaza City.", "At least 471", ""),
])
def test_place_measure_place_reads_one_incident(read, text, surface, expected):
    assert place(read(text, surface), measure_place) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # "into" (as bg_177's missiles fired into a Gaza town), "through", "off" (P5's "off Eden")
    ("Rebels fired 40 rockets into northern Israel on Tuesday.", "40", "Israel"),
    ("Some 5,000 protesters marched through central Budapest on Sunday.", "Some 5,000", "Budapest"),
    ("The trawler sank 50 nautical miles off Eden.", "50", "Eden"),
])
def test_place_into_through_off(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a country's ground, a generic unit, a direction; an "of" name the tagger makes a people or a person
    ("A magnitude 6.8 earthquake struck off the coast of Sumatra on Thursday.", "magnitude 6.8", "Sumatra"),
    ("A meteorite weighing 17 kilograms fell near the village of Vinales in western Cuba.", "17 kilograms",
     "Vinales"),
    ("The number of obesity cases in Scotland's north has doubled to 40,000.", "40,000", "Scotland"),
    ("At least 27 people were killed in air strikes on the northern city of Aleppo, a monitoring group said.",
     "At least 27", "Aleppo"),
    # no possessive "'s" left on a place name the tagger ran over it
    ("The outbreak has killed 34 people in the Democratic Republic of Congo's North Kivu province.", "34",
     "Democratic Republic of Congo"),
])
def test_place_named_after_ground(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a people's land ("Palestinian territory") and a team's city name no place
    ("Troops entered 400 metres into Palestinian territory.", "400 metres", ""),
    ("The Sydney Swans beat Geelong by 32 points on Saturday.", "32", ""),
    # review37b: a bare direction the tagger made a proper noun names no place ("north coast" of no named place)
    ("Storms knocked out power to 20,000 homes off the island's north coast.", "20,000", ""),
])
def test_place_named_after_not_read(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # review37b: a site whose name is a possessive keeps its "'s" (P4 writes the site's name); a country's keeps none
    ("Twelve patients were treated at St Mary's after the crash.", "Twelve", "St Mary's"),
    ("Fighting in the Democratic Republic of Congo's east killed 40 people.", "40", "Democratic Republic of Congo"),
])
def test_place_name_of_possessive(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # P2: several places listed for one figure are joined with "; " (stop 65; the measure's place only)
    ("Floods killed 40 people in Kerala and Karnataka on Monday.", "40", "Kerala; Karnataka"),
    ("Storms cut power to 30,000 homes in Ohio, Indiana and Michigan.", "30,000", "Ohio; Indiana; Michigan"),
    ("Bombers killed 19 people in Lahore and Multan at the weekend.", "19", "Lahore; Multan"),
    # a town and its country set off by a comma is no list; another count's place is its own
    ("Miners found gold over 14 square kilometres in Obuasi, Ghana.", "over 14 square kilometres", "Obuasi"),
    ("The quake killed 4,000 people in Turkey and 500 in Syria.", "4,000", "Turkey"),
    # review (stop 65): only the locative the place was read from lists; the region a town lies in is no item; places
    # that share numbers out list nothing; what it happened in lists too
    ("Talks between Israel and Syria stalled after fighting killed 15 soldiers in Israel. Police in Cairo said more.",
     "15", "Israel"),
    ("Flights from Lagos and Abuja were cancelled after riots killed 20 people in Lagos. Police in Accra said more.",
     "20", "Lagos"),
    ("Storms killed 8 people in Dallas, Texas and Tulsa. Police in Denver said more.", "8", "Dallas; Tulsa"),
    ("Floods killed 40 and 25 people in Kerala and Karnataka, respectively. Police in Delhi said more.", "40",
     "Kerala"),
    ("Storms killed 20 people each in Vietnam and Thailand. Police in Manila said more.", "20", "Vietnam"),
    ("Gunmen killed 25 people on Sunday in the attacks in Lahore and Multan. Police in Delhi said more.", "25",
     "Lahore; Multan"),
])
def test_place_measure_lists_places(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


def test_place_figure_place_keeps_the_first_of_a_list(read):
    """`Figure.place` keys metrics: the list is the measure's only, as it split one story's pairs at stop 24."""
    assert place(read("Floods killed 40 people in Kerala and Karnataka on Monday.", "40")) == "Kerala"
