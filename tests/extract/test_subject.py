"""Whose quantity a figure is, on real sentences of several stories."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.extract.subject import subject_of
from newsfigures.model import Article


def subjects(nlp, text: str) -> dict[str, str]:
    """The subject of each figure of `text`, by the figure's surface."""
    art = Article(id="t", text=text, raw_text=text, published="2025-09-02", source_file="t.txt")
    return {f.text: f.measure.subject for f in extract_figures(art, nlp)}


@pytest.mark.parametrize("text,surface,expected", [
    ("At least 55 Palestinians are killed in overnight Israeli raids.", "At least 55", "Palestinians"),
    ("At least 1,300 people in Israel have been killed and 2,800 others have been injured.", "2,800", ""),
    ("The Gaza Health Ministry says the Palestinian death toll in Gaza increased to 44,466.", "44,466",
     "Palestinians"),
    ("Asian earthquake toll nears 60,000", "nears 60,000", ""),  # the demonym is the earthquake's
    ("The Gaza Health Ministry reports that at least 51 people, including seven women and twelve children, are "
     "killed.", "seven", "women"),
    ("The main problem that caused the death of seven crew members is the reason for the expenditure.", "seven",
     "crew members"),
    ("NASA plans to spend $612 million repairing the space shuttle system.", "$612 million", "NASA"),
    ("The IDC recently reported a prediction that the worldwide market revenue will exceed $35 billion by 2008.",
     "exceed $35 billion", ""),  # who reports a figure is its source, not its owner
    ("In 2003 there were 632 MST camps in Brazil.", "632", "MST"),
    # an age is the person's it stands beside (three one-off stories: a protest, a farm attack, a biting case)
    ("Indymedia web site quotes Elizabeth Nadeau, a 27-year-old student, as saying it.", "27-year-old", "Elizabeth Nadeau"),
    ("Mr. Nunes, 51 years old, was an employee of the Noroeste Farm in Cabixi.", "51 years old", "Nunes"),
    ("The man &mdash; Mount Lee Lacy, age 21 &mdash; told officers that biting was an effective form of "
     "punishment.", "21", "Mount Lee Lacy"),
    # coreference: a pronoun subject or possessor, a bare "the company", stand for the owner named before
    ("Alfred Gusenbauer received 88.93% of the vote. In 2002, he was reelected with 99.6%.", "99.6%",
     "Alfred Gusenbauer"),
    ("The man, Mount Lee Lacy, told officers that biting worked. He has not yet posted his $25,000 bail.",
     "$25,000", "Mount Lee Lacy"),
    ("Nevertheless, the opposition Renamo party has announced that it will not take its 90 seats in the "
     "parliament.", "90", "Renamo"),
    ("Any such deal could strengthen Time Warner's plans. As of mid-December, the company said it was adding "
     "about 10 thousand new customers per week.", "about 10 thousand", "Time Warner"),
    ("Damien Martyn was dismissed for 7, only to be replaced by Darren Lehmann, who is not out on 28.", "28",
     "Darren Lehmann"),
    # an appositive names a common-noun subject
    ("The party's candidate, Armando Guebuza, was elected with 63.7% of the vote.", "63.7%", "Armando Guebuza"),
    # a list that leaves the verb out: the name before "for"/"with"
    ("Ron Artest has been suspended for the rest of the season, Stephen Jackson for 30 games, and Ben Wallace "
     "for 6.", "30", "Stephen Jackson"),
    ("Trailing are South Korea with 13% and China with 8% of the world's spam.", "8%", "China"),
    ("Kmart Holding Corp. agreed to buy Sears for $11 billion.", "$11 billion", "Kmart Holding Corp."),
    # the counted noun is the clause's own subject: no owner from the clause above it
    ("He will pay tribute to Canadians who helped when more than 200 flights were diverted to Canadian "
     "airports.", "more than 200", ""),
    # ... but a coordinated clause shares the subject of the clause it joins
    ("Pyongyang plans to dispatch 6,000 troops to Russia, and 200 artillery shells have already arrived, "
     "the NIS said.", "200", "Pyongyang"),
    # ... while a count of persons is the group counted, as everywhere (a person noun by WordNet: engineers)
    ("Pyongyang plans to dispatch 6,000 troops to Russia, and 1,000 military engineers have already arrived, "
     "the NIS said.", "1,000", "military engineers"),
    # a specific common-noun subject of the figure's own verb owns it (a bribery case, a blasphemy law, a submarine
    # incursion, an earthquake, a truth commission), through "it" too
    ("According to officers the lawyers had offered R$200,000 (US$71,658.9) to police officers.", "R$200,000",
     "lawyers"),
    ("Although the Dutch criminal code already makes blasphemy illegal, the law has only been enforced three "
     "times since the 1930s.", "three", "law"),
    ("The submarine was quickly spotted by Japan's Self-Defence Forces and was tracked by helicopter as it "
     "wandered in Japanese waters for two hours before moving north-west.", "two hours", "submarine"),
    ("A second earthquake of magnitude 7.5 occurs in Kahramanmaraş, Turkey, nine hours after the first "
     "earthquake.", "nine hours", "earthquake"),
    ("In 3,059 cases, the detainees were kept in CNI facilities.", "3,059", "detainees"),
    # ... with the common nouns coordinated to it, as names are (lee bg_044, an Israeli raid)
    ("Two Palestinians were injured in the exchange, as the tanks and two jeeps entered 400 metres into Palestinian "
     "territory to besiege the house.", "400 metres", "tanks and jeeps"),
    # names coordinated with the owner own it together (a recount, telephone monopolies); a pronoun that stands for
    # one of them names that one
    ("Because this was even closer, Gregoire and other Democrats raised approximately $800,000 to hold a "
     "statewide manual recount.", "approximately $800,000", "Gregoire and other Democrats"),
    ("Gregoire and other Democrats raised money for a recount. She won this by only 129 votes.", "129",
     "Gregoire"),
    ("For voice customers Time Warner is competing with regional telephone monopolies Verizon, SBC and BellSouth, "
     "which among them control the two largest mobile networks in the United States.", "two",
     "Verizon, SBC and BellSouth"),
    # a number and its measure noun modifying a noun measure that thing (a space shuttle tank, a lobbying memo, a
    # parliament), not an event ("a 300 vote difference")
    ("The transportation of a new 15-story external fuel tank from the Michoud Assembly Facility near New "
     "Orleans today to The Kennedy Space Centre.", "15", "external fuel tank"),
    ("I'd distribute a one page memo saying the per plane cost of the lease will not be greater than x.", "one",
     "memo"),
    ("The opposition now holds a 36 to 14 majority in the 52-member parliament.", "52", "parliament"),
    # ... but not a kind ("places"), evidence ("showed"), an absolute "with" phrase or a phrase deeper inside
    ("Many places may not receive aid for up to two weeks.", "up to two weeks", ""),
    ("A multi-party recount effort completed on December 28 showed a 300 vote difference between the initial and "
     "final tallies.", "300", ""),
    ("The brawl began with 45.9 seconds left in the game.", "45.9 seconds", ""),
    ("The disaster that affected coasts of a dozen Asian and African nations has killed many.", "a dozen", ""),
    ("A 7.7 magnitude earthquake strikes Sagaing, Myanmar, with significant damages reported.", "7.7 magnitude", ""),
    # what a possession verb's object counts is its holder's (a war's captives, a movement's camps), through a
    # "they" that stands for whose report its clause is
    ("Hamas says they hold 130 Israeli captives.", "130", "Hamas"),
    ("In 2003 there were 632 MST camps in Brazil, containing 116,382 families.", "116,382", "MST"),
    # a counted group keeps its name modifier whole (a school's graduates)
    ("SOAW lists 11 former Latin American dictators as graduates of the School of the Americas.", "11",
     "former Latin American dictators"),
    # a group of persons with the owner the text names on it is written owner first (bg_161, bg_178), but the
    # members of an organisation are the organisation's own, written as its name (lee bg_277, bg_014, bg_283); a
    # group the named subject of its verb gains or keeps is that subject's (bg_180, wn2004_084)
    ("Meanwhile, Palestinian police have arrested three senior leaders of the hardline Hamas group in a crackdown.",
     "three", "Hamas"),
    ("Alei Sinai was attacked on October 2 when two gunmen from the radical Islamic group Hamas infiltrated the "
     "settlement.", "two", "Hamas"),
    ("The Palestinian Authority has launched a crackdown on Islamic militants arresting more than 70 members of the "
     "Islamic Jihad and Hamas groups.", "more than 70", "Islamic Jihad and Hamas"),
    ("Families have welcomed today's guilty verdicts against six employees from the Adventure World canyoning tour "
     "company.", "six", "Adventure World employees"),
    # ... a group counted with its possessor is the possessor's, as "Sears' revenue" is Sears' (lee bg_178;
    # wn2004_014 through "their"), a part of that group stays the group
    ("Two of the woman's three children have been quarantined with their mother.", "three", "woman"),
    ("Two of the woman's three children have been quarantined with their mother.", "Two", "woman's children"),
    ("NOS reported that Donner's own party, the Christian Democratic Appeal (CDA), supported his proposal. However, "
     "their two coalition partners announced they would not back the ban.", "two", "Christian Democratic Appeal"),
    # ... and a share of a group of persons a name possesses is that group, as a counted part of it is (lee bg_172,
    # bg_178), not when the possessor names no one (wn2004_083)
    ("Up to 12 per cent of Australia's children are also now obese.", "Up to 12 per cent", "Australia's children"),
    ("China has 11% of the world's Internet users.", "11%", "China"),
    # ... "their" standing for a plural common noun names no owner (lee bg_203)
    ("Unions are fighting a proposed wage freeze and to secure a better career structure for their 2,500 "
     "employees.", "2,500", "employees"),
    ("The deal means Nauru will take up to 1,200 asylum seekers under Australia's Pacific solution.", "up to 1,200", "Nauru"),
    ("Time Warner plans to expand its entry into the telephony market. The company said it expects to have 200 "
     "thousand voice customers when it closes its 2004 books Friday.", "200 thousand", "Time Warner"),
    # ... not who acts on the group (police arrest), nor a common noun after "of"
    ("Police arrested three teenagers yesterday.", "three", "teenagers"),
    ("Six members of parliament resigned on Friday.", "Six", "members"),
    ("The security source said more than 75 militants from Hamas and the smaller Islamic Jihad were rounded up.",
     "more than 75", "militants"),
    # a place as compound of the counted noun says where, not whose (Israeli-Palestinian, gaza_war)
    ("Israeli soldiers have shot dead five Palestinians in two West Bank towns.", "two", ""),
    ("A study published in The Lancet claims that around 3% of the Gaza Strip population has died from traumatic "
     "injury due to the conflict with Israel.", "around 3%", ""),
    # an item of a verbless list is the name's it starts with (a sentencing report: lee bg_168)
    ("General manager Felix Oehler received five months and a fine of 5,000 francs, base manager Bernhard Gafner "
     "four months and 4,000 francs.", "four months", "Bernhard Gafner"),
    ("General manager Felix Oehler received five months and a fine of 5,000 francs, base manager Bernhard Gafner "
     "four months and 4,000 francs.", "5,000 francs", "Felix Oehler"),
    # a "they" outside a report stands for the last definite plural subject (lee bg_180, bg_281)
    ("The asylum seekers have various things to do. Television is available, they can see 21 different channels "
     "on TV.", "21", "asylum seekers"),
    # a measurement is of the noun whose "of" phrase it is (bushfires, turkey_syria_earthquake), not of the noun
    # it modifies, which belongs to the story
    ("Yesterday, winds of up to 80 kilometres an hour fanned blazes in a dozen areas.", "up to 80 kilometres an hour",
     "winds"),
    ("A second earthquake of magnitude 7.5 occurs in Kahramanmaraş, Turkey.", "magnitude 7.5", "earthquake"),
    ("At least 1,300 people are killed in Turkey and Syria as a magnitude 7.8 earthquake strikes Gaziantep Province.",
     "magnitude 7.8", ""),
    # a generic noun for persons with a word that describes them is that group (the Israeli-Palestinian thread: lee
    # bg_044; the Lima fireworks fire: bg_011); bare, or with words that say nothing of who, it is none
    ("Israeli military sources said two armed men had been shot.", "two", "armed men"),
    ("Hospitals have urged the public to donate medicine for the hundreds of burns victims.", "hundreds",
     "burns victims"),
    ("Police said two men had been shot.", "two", ""),
    ("Police said 41 other people were injured.", "41", ""),
    # a sum's nationality names its owner, the country, on the noun holding the sum or the subject of its own verb
    # (Japan's aid: wn2004_021; the Pacific solution: lee bg_163); a count of persons keeps it in its group (lee
    # bg_283, a bus bombing)
    ("Total Japanese expenditures on ODA have reached $221bn distributed to 185 nations.", "$221bn", "Japan"),
    ("The secret Australian budget for the boat people pacific solution is set at $400 to $500 million.",
     "$400 to $500 million", "Australia"),
    ("A lone suicide bomber boarded a bus and detonated a device that killed 15 Israeli passengers.", "15",
     "Israeli passengers"),
    # ... and so does an amount of goods: a country's exports and output (Reuters items outside the gold: Zambia's
    # copper, France's cereal exports, Switzerland's capital exports; the gold writes Peru's and Zaire's so)
    ("Zambian copper production rose 3.2 pct to 113,275 tonnes in the fourth quarter.", "113,275 tonnes", "Zambia"),
    ("French cereal exports through the port of Rouen fell 6.4 pct to 725,023 tonnes during February.",
     "725,023 tonnes", "France"),
    ("Swiss capital exports rose to 4.64 billion francs in January, the Swiss National Bank said.",
     "4.64 billion francs", "Switzerland"),
    ("Thai coffee exports rose to 22,068 tonnes in 1986 from 20,430 a year earlier, the Customs Department said.",
     "22,068 tonnes", "Thailand"),  # a nationality WordNet's first senses miss (data/demonyms_added.txt)
    ("Residual fuel stocks fell 2.2 mln barrels to 37.9 mln barrels.", "37.9 mln barrels", ""),  # no nationality
    # ... and persons who spend it are not their country (review, stop 18), but the group as named, the buyer
    # (GUIDE: "Kmart to buy Sears for $11bn" -> Kmart)
    ("The Australian dollar rose to 55 US cents. Japanese investors bought $3 billion of bonds.", "$3 billion",
     "Japanese investors"),
    # a "they" opening the sentence after a verdict stands for the ones found guilty, who own the terms and fines
    # it is given (the Interlaken trial: lee bg_161; East Timor's militia trial: bg_169) ...
    ("A Swiss court has found the six of the eight employees guilty of culpable manslaughter after the tragedy "
     "which killed 21 people, 14 of them Australians. They have been given suspended jail sentences of up to "
     "five-months and fined between $5,000 and $7,000.", "between $5,000 and $7,000", "employees"),
    ("A Swiss court has found the six of the eight employees guilty of culpable manslaughter. They have been given "
     "suspended jail sentences of up to five-months.", "up to five-months", "employees"),
    ("A United Nations panel of judges in East Timor has found 10 militia gang members guilty of crimes against "
     "humanity. They were given jail terms up to 33 years for their part in a massacre.", "up to 33 years",
     "militia gang members"),
    # ... not a time around their clause, nor after an arrest, nor in a report
    ("A United Nations panel of judges in East Timor has found 10 militia gang members guilty of crimes against "
     "humanity. They were arrested after the vote two years ago.", "two years", ""),
    ("Police arrested 10 militia gang members on Monday. They were given jail terms up to 33 years.", "up to 33 years", ""),
    ("A court found 10 militia gang members guilty. Prosecutors said they were given jail terms up to 33 years.",
     "up to 33 years", ""),
    # ... nor after a verdict of not guilty, nor for one person found guilty (review, stop 18)
    ("A jury found the coach not guilty of fraud. They were paid $40,000 in damages.", "$40,000", ""),
    ("A jury found the coach guilty of fraud. They were paid $40,000 in damages.", "$40,000", ""),
    # an age in an indefinite noun phrase is the age of the one it brings in (road toll, bushfires, Christmas Island)
    ("The nation's road toll has risen to 37, after another death on New South Wales roads. A 38-year-old man, who "
     "was injured in a crash on the mid-north coast last week, has died in hospital.", "38-year-old", "man"),
    ("A short time later police arrested three 15-year-old boys from Shellharbour.", "15-year-old", "boys"),
    ("A short time later police arrested three 15-year-old boys from Shellharbour.", "three", "boys"),
    ("A 31-year-old Middle Eastern woman was diagnosed with typhoid.", "31-year-old", "Middle Eastern woman"),
    ("Two of the woman's three children, a boy aged 13 and a 10-year-old girl, have been quarantined with their "
     "mother.", "10-year-old", "girl"),
    # a person who foresees a figure is its source, not its owner (lee bg_251; the business probe articles'
    # "Analysts had expected earnings of 91 cents a share"); a company foreseeing its own figure owns it
    ("SG Australia chief economist Glenn Maguire says he expects a quarterly figure of just under 1 per cent.",
     "just under 1 per cent", ""),
    ("Analysts had expected earnings of 91 cents a share.", "91 cents", ""),
    ("The company expects revenue of 5 million dollars.", "5 million dollars", "company"),
])
def test_subject_of_figures(nlp, text, surface, expected):
    got = subjects(nlp, text)
    assert surface in got, list(got)
    assert got[surface] == expected


@pytest.mark.parametrize("text,unit,quantity,expected", [
    ("Yesterday, winds of up to 80 kilometres an hour fanned blazes in a dozen areas.", "kilometres", "speed", "winds"),
    # a noun that only names the measurement is no thing measured
    ("The blaze was seen at a distance of 30 kilometres.", "kilometres", "distance", ""),
    # a gap distance is the thing's it locates, named as written (lee bg_001, wn2004_056)
    ("The shootout took place at Dora village some 50 kilometers south of the Kashmiri summer capital Srinagar.",
     "50", "distance", "Dora village"),
    ("Mr. Nunes, 51 years old, was an employee of the Noroeste Farm in Cabixi, 820 km (510 miles) away from the "
     "regional capital.", "820", "distance", "Noroeste Farm"),
])
def test_subject_measurement_of_the_thing_it_measures(nlp, text, unit, quantity, expected):
    doc = nlp(text)
    assert subject_of(next(t for t in doc if t.text == unit), None, quantity, "") == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a bare number said to be a named group is that group's (lee bg_161, the Interlaken trial; wn2004_037, the SOA)
    ("A Swiss court has found the six of the eight employees guilty after the tragedy which killed 21 people, 14 of "
     "them Australians.", "14", "Australians"),
    ("Of the 27 soldiers cited for that killing by a 1993 UN Truth Commission, 19 were SOA graduates.", "19", "SOA"),
    # ... not when the predicate names no one
    ("Of the 27 soldiers cited for that killing by a 1993 UN Truth Commission, 19 were graduates.", "19", ""),
])
def test_subject_group_a_number_is_said_to_be(nlp, text, surface, expected):
    got = subjects(nlp, text)
    assert surface in got, list(got)
    assert got[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a bare count of a thing repeats an earlier mention that named its owner (wn2004_026, Chinese submarine; lee
    # bg_177, Israeli-Palestinian thread)
    ("The submarine in question is believed to be a Type 09-1 Han Class attack submarine. It is a nuclear-powered "
     "submarine designed in the 1950s. Only two of five submarines are thought to be operational.", "five",
     "Han Class"),
    ("Israeli helicopters have again attacked Palestinian targets in the Gaza Strip. It is the latest in a series of "
     "attacks. Two helicopters returned to the skies above Gaza's north.", "Two", "Israel"),
    # ... not when no earlier mention names one, nor an appositive's amount, nor a unit (lee bg_168)
    ("Helicopters have again attacked targets in the Gaza Strip. Two helicopters returned to the skies.", "Two", ""),
    ("They were each given a fine of 7,500 Swiss francs (about $A8,800). All six will pay about 27,000 francs each.",
     "about 27,000 francs", ""),
])
def test_subject_owner_named_on_an_earlier_mention(nlp, text, surface, expected):
    got = subjects(nlp, text)
    assert surface in got, list(got)
    assert got[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a subjectless gerund in a preposition's object: its doer is the subject of the verb above (lee2 bg_190, the
    # rainforest logging; bg_275, cricket_aus_nz_2001)
    ("Brett Dempsey, 31, of Ravenshoe pleaded guilty to destroying 23 rainforest trees in a World Heritage Area.",
     "23", "Brett Dempsey"),
    ("Australia will resume at 2 for 69 after being set 440 to win.", "440", "Australia"),
    # ... not when that verb has an object, which is the doer then
    ("Greenpeace accused Brett Dempsey of destroying 23 rainforest trees.", "23", ""),
])
def test_subject_doer_of_a_gerund_is_the_clause_subject(nlp, text, surface, expected):
    got = subjects(nlp, text)
    assert surface in got, list(got)
    assert got[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a side's score owned by the people it is named by is the country's (cricket_aus_sa_2001 bg_139; lee2 bg_191)
    ("The Australians will resume their second innings at 0 for 3, an overall lead of 68.", "3", "Australia"),
    ("The South Africans scored 5 for 390 in their second innings in the match against Western Australia.", "390",
     "South Africa"),
    # ... a batsman's runs stay his
    ("Damien Martyn was dismissed for 7, only to be replaced by Darren Lehmann, who is not out on 28.", "28",
     "Darren Lehmann"),
])
def test_subject_side_named_by_its_people_is_its_country(nlp, text, surface, expected):
    got = subjects(nlp, text)
    assert surface in got, list(got)
    assert got[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # members counted with their organisation's name are the organisation's (lee3 cor_003, as bg_277's "senior
    # leaders of the hardline Hamas group"); other groups keep the name, a nationality stays in the group
    ("Officials say the militia is sheltering up to 200 Hezbollah members in villages along the border.",
     "up to 200", "Hezbollah"),
    ("About 16,000 Ansett workers lost their jobs.", "About 16,000", "Ansett workers"),
    ("Two Palestinian gunmen also killed a soldier.", "Two", "Palestinian gunmen"),
    # stop 63: armed persons named with their organisation are its own too, whatever their noun (a survey of
    # outside figures: Lee bg_133 "Up to 500 Al Qaeda fighters are believed to have scattered")
    ("Up to 500 Al Qaeda fighters are believed to have scattered into the hills.", "Up to 500", "Al Qaeda"),
    ("About 300 Taliban fighters surrendered to the alliance on Sunday.", "About 300", "Taliban"),
    ("The army said it had captured 40 Islamic State fighters near the border.", "40", "Islamic State"),
    ("Police said 12 Hamas militants were arrested overnight.", "12", "Hamas"),
    # a nationality on them keeps them the country's force, as written
    ("Around 100 British Royal Marine commandos are expected in Kabul.", "Around 100",
     "British Royal Marine commandos"),
    ("About 300 Palestinian militants surrendered on Sunday.", "About 300", "Palestinian militants"),
    ("About 3,000 US troops arrived on Monday.", "About 3,000", "US"),
    # ... as do a place or a nationality compounded on them and a state force's name (the review's)
    ("Around 300 Gaza gunmen attacked the post.", "Around 300", "Gaza gunmen"),
    ("About 400 Chechen rebels attacked the town.", "About 400", "Chechen rebels"),
    ("Some 1,000 Iraqi Army soldiers arrived in the city.", "Some 1,000", ""),
])
def test_subject_members_named_with_their_organisation(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a bare definite kind noun as possessor is the organisation last named (lee4 bg_128, the Qantas dispute;
    # wn2004_084's "the company said it" reads the same way for a subject)
    ("Kmart reported lower sales on Tuesday. The company's 1,500 stores will stay open over Christmas.", "1,500",
     "Kmart"),
    ("Qantas has rejected the unions' claim. Mr Dixon says 92 per cent of the airline's workforce have accepted a "
     "wage freeze.", "92 per cent", "Qantas"),
    ("The national executive of the Labor Party met last night to reassert control over the party's seven "
     "senators.", "seven", "Labor Party"),
    # "the country's" stands for a country only, never the city named last
    ("Heavy fighting was reported in Kabul on Monday. Aid agencies say a quarter of the country's 20 million people "
     "need food.", "a quarter", ""),
])
def test_subject_possessor_a_kind_noun_stands_for(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the figure's own phrase coordinated into the subject: the names beside it are no owner of it (lee4 bg_128)
    ("Qantas and two maintenance unions met in the Industrial Relations Commission on Monday.", "two", ""),
    # a nationality on a troop noun stays in the group as written, never the adjective alone (lee4 bg_145)
    ("Palestinian militants ambushed two Israeli soldiers near the border fence.", "two", "Israeli soldiers"),
    # a counted noun with a possessor of its own is not the thing an earlier mention names (lee4 bg_267) ...
    ("Israeli helicopters attacked targets in Gaza overnight, including the Palestinian leader's three helicopters "
     "in Gaza City.", "three", ""),
    # ... while a bare repeat of it is (lee bg_177)
    ("Israeli helicopters attacked targets in Gaza overnight. Two helicopters returned later.", "Two", "Israel"),
])
def test_subject_never_an_owner_of_another_phrase(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a plural subject a nationality describes names one group, owner of what its verb does (its direct object):
    # lee bg_232/bg_241 (a swimming meet), lee4 bg_208 (mideast_dec_2001), lee4 bg_059 (a cricket Test squad)
    ("Australian divers have won seven of the 10 events at the Brisbane meet.", "seven", "Australian divers"),
    ("Israeli tanks and troops have launched three raids near the southern city of Rafah.", "three",
     "Israeli tanks and troops"),
    ("English cricket selectors have made two changes to the side for the Sydney Test.", "two",
     "English cricket selectors"),
    # not a place or a whole around what it does (lee bg_277), nor a bare plural, which speaks of a kind
    ("Israeli soldiers have shot dead two gunmen in three West Bank villages.", "three", ""),
    ("Divers have won seven medals at the Brisbane meet.", "seven", ""),
])
def test_subject_national_group_does_its_object(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,number,owner", [
    ("Up to 3,000 jobs at Qantas are at risk.", "Up to 3,000", "Qantas"),
    ("Profits at Toyota rose 12 per cent last year.", "12 per cent", "Toyota"),
    ("About 400 staff at Westpac walked off the job.", "About 400", "Westpac"),
])
def test_subject_organisation_a_count_is_at_owns_it(nlp, text, number, owner):
    """The issue's "at X": the organisation a counted noun is at owns what it counts."""
    assert subjects(nlp, text)[number] == owner


@pytest.mark.parametrize("text,number", [
    ("Some 200 people were killed in Kenya.", "Some 200"),  # a place there says where (GUIDE P1)
    ("Unemployment in Spain rose to 12 per cent.", "12 per cent"),
])
def test_subject_place_a_count_is_in_owns_nothing(nlp, text, number):
    assert subjects(nlp, text)[number] == ""


@pytest.mark.parametrize("text,number,owner", [
    # a counted noun that is a verb's object is the doer's (GUIDE: "Kmart to buy Sears" -> the buyer), not the
    # organisation it is "in"
    ("Toyota bought a 25 per cent stake in Suzuki Motor.", "25 per cent", "Toyota"),
    ("Microsoft made a $2 billion investment in Intel.", "$2 billion", "Microsoft"),
    ("Labor won 30 seats in the Senate.", "30", "Labor"),
])
def test_subject_object_in_an_organisation_is_the_doers(nlp, text, number, owner):
    assert subjects(nlp, text)[number] == owner


@pytest.mark.parametrize("text,surface,expected", [
    # a number the parser hangs on a modifier of a plural head counts the head (extract/counted.py), which is then
    # no thing the number and modifier describe ("a one page memo", "the 52-member parliament" above still are)
    ("Monitors visited the four counting centres in the north.", "four", ""),
    ("Officials closed the three counting rooms.", "three", ""),
    # nor is the head a multiple describes, which it counts (Reuters train_0687 as hard-wrapped)
    ("three-for-two stock split in May 1986.", "three-for-two", ""),
])
def test_subject_a_counted_plural_head_is_not_described(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the toll is the subject of the verb above the figure's counted noun: its "of" group owns the count
    ("The Gaza Health Ministry reports that the official death toll of Palestinians killed in the war since "
     "October 2023 has reached 55,000 people, with over 127,000 people wounded.", "55,000", "Palestinians"),
    ("The death toll of Syrians killed in the fighting has risen to 1,200 people.", "1,200", "Syrians"),
    # a demonym on the toll that is not only casualty words stays the event's, not the group's
    ("The Asian earthquake death toll has reached 60,000 people.", "60,000", ""),
    # stop 34: persons named by a common plural noun in the toll's "of" (or "among") group own it as a demonym does
    ("The death toll of civilians rose to 40 on Monday.", "40", "civilians"),
    ("The death toll among civilians has climbed to 1,200.", "1,200", "civilians"),
    ("The death toll of foreign tourists climbed to 12 after the bus crash.", "12", "foreign tourists"),
    ("The toll of children killed in the fighting reached 300.", "300", "children"),
    # an event in the "of" group is no owner
    ("The death toll of the attack rose to 40.", "40", ""),
])
def test_subject_toll_of_a_group_owns_the_persons_its_verb_reaches(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a description with an adjective stands for the body of its kind last named (lee bg_244, the Reserve Bank)
    ("The Reserve Bank has cut official interest rates again, still concerned about the slowing global economy. The "
     "central bank has delivered a further cut of 0.25 of a per cent.", "0.25 of a per cent", "Reserve Bank"),
    # "at the plant": the company a subject of an earlier sentence names, not a body of another kind named nearer
    # (lee2 bg_137, the Yallourn strike)
    ("The company, Yallourn Energy, believes Victoria's power supply is under threat. Sixty-five maintenance workers "
     "downed tools two weeks ago over job security. Terry Lee from the Australian Workers Union fears up to 200 jobs "
     "at the plant are at risk.", "up to 200", "Yallourn Energy"),
    ("But Yallourn Energy mine manager, Lindsay Ward, says all power generation at the plant has been halted. Mr Ward "
     "admits about 35 jobs at the plant will go when the company modernises.", "about 35", "Yallourn Energy"),
    # "the party" stands for a party named by its members in the plural (lee3 cor_000) ...
    ("The national executive of the strife-torn Democrats last night appointed little-known West Australian senator "
     "Brian Greig as interim leader. In a move to reassert control over the party's seven senators, the national "
     "executive last night rejected Aden Ridgeway's bid.", "seven", "Democrats"),
])
def test_subject_description_stands_for_the_body_of_its_kind(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # review of stop 34: an adjective that sets the body against the one named, or picks one of several, stands
    # for no named body
    ("Acme sued Beta Corp in March. The other company lost 12 per cent of its value.", "12 per cent", "company"),
    ("Acme agreed to buy Beta Corp. The rival company's shares rose 8 per cent.", "8 per cent", ""),
    ("Acme agreed to buy Beta Corp. The smaller company employs 3,000 people.", "3,000", ""),
    # a describing adjective still stands for the body named
    ("The Red Cross sent aid on Monday. The international agency flew 40 tonnes of supplies.", "40 tonnes",
     "Red Cross"),
])
def test_subject_a_contrasting_description_stands_for_no_named_body(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface", [
    ("The number of confirmed cases has risen to 1,240, the health ministry said.", "1,240"),  # health
    ("The number of burglaries fell to 3,100 last year.", "3,100"),  # crime
    ("The amount was later raised to $45 million.", "$45 million"),  # business
    ("The average climbed to 31 points a game.", "31"),  # sport
])
def test_subject_an_amount_noun_is_no_owner(nlp, text, surface):
    """A subject that only carries a quantity ("the number", "the amount", "the average") is no company, country,
    group or person (GUIDE subject line): no owner, rather than the word "number"."""
    assert subjects(nlp, text)[surface] == ""


@pytest.mark.parametrize("text,surface,expected", [
    # a later conjunct of a counted object is the verb's object as the first is (stop 38's article probe, conflict)
    ("Russian forces launched 84 drones and six missiles at Ukraine overnight.", "six", "Russian forces"),
    ("Israeli tanks and troops have destroyed 12 homes and two mosques in the town.", "two", "Israeli tanks and troops"),
])
def test_subject_later_conjunct_shares_the_clause(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # persons sent or deployed are the sender's, as "Canada sent" owns its troops (GUIDE's `sent`: the one that does
    # it; stop 38's article probe, disasters)
    ("Chile has sent 56 rescuers and four sniffer dogs to the quake zone.", "56", "Chile"),
    ("Japan dispatched 30 medical workers to the flooded province.", "30", "Japan"),
    # ... a bare plural sender names no one: the counted group stays
    ("Charities have sent 200 volunteers to the region.", "200", "volunteers"),
])
def test_subject_persons_sent_are_the_senders(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a company's workforce is the company's, whatever noun counts the persons (stops 37, 38, 41 and 59 probes,
    # business, tech and labour; the Reuters archive's "RMJ employed some 300 people")
    ("Haldenwerk employs some 34,000 people worldwide.", "some 34,000", "Haldenwerk"),
    ("Lacy said that RMJ employed some 300 people in New York.", "some 300", "RMJ"),
    ("Siemens, which employs 300,000 people worldwide, said it would cut 5,000 jobs.", "300,000", "Siemens"),
    # ... an unnamed employer names no one, and a generic group under another acquiring verb stays the group's
    ("The plant employs about 4,000 people.", "about 4,000", ""),
    ("Gunmen took 20 people hostage in the market.", "20", ""),
])
def test_subject_workforce_is_the_employers(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the bundled seeds: a statement's word ("estimates of about 600") and a happening the parse hangs 600 on ("war")
    # name no group (stop 45's wider guard, a group only for a noun that can name persons, cost a held-out subject)
    ("About 2,000 North Korean soldiers have been killed, the spy agency said. South Korea's National Intelligence "
     "Service disclosed the new toll, up from earlier estimates of about 600, during a meeting.", "about 600",
     "North Korean soldiers"),
    ("The agency said in April that the number of war dead was at least 600.", "at least 600", ""),
    ("Officials said the fire killed 12 forestry workers overnight.", "12", "forestry workers"),
    ("The storm killed 40 crew overnight.", "40", "crew"),
])
def test_subject_count_of_persons_names_its_group_not_an_amount_or_event(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the word that names the quantity is whose nothing is: a turnout, a company's revenue said with no company
    # (stop 42, 44 and 59 probes: elections, politics, business; Reuters tables' "Revs 54.9 mln")
    ("Turnout was 58.7 percent, the lowest since independence, the electoral commission said.", "58.7 percent", ""),
    ("Turnout fell to 44 per cent from 51 per cent at the last election.", "44 per cent", ""),
    ("Revenue slipped 4.5% to 3.1 billion euros.", "4.5%", ""),
    ("Sales rose 12 percent to 40 million dollars in the quarter.", "12 percent", ""),
    # persons counted are their own group, and an owner named beside the quantity stays
    ("At least 1,055 Palestinians have been killed since Saturday.", "At least 1,055", "Palestinians"),
    ("Acme's revenue rose 8 percent to 2 billion dollars.", "8 percent", "Acme"),
])
def test_subject_never_the_quantity_it_owns(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a wire dateline is no part of the sentence after it: its city, its date or its agency owns nothing (the parser
    # makes the city or the agency a subject, the tagger runs the date into the name after it)
    ("Drones hit Ukraine\nKYIV, March 3 (Reuters) - Russia launched 70 drones at Ukraine overnight, the air force "
     "said.", "70", "Russia"),
    ("Drones hit Ukraine\nKYIV, March 3 - Russia launched 70 drones and two ballistic missiles at Ukraine overnight.",
     "two", "Russia"),
    ("Rebels seize towns\nGOMA, Congo, Jan 27 (AP) — Rebels captured two more towns on Monday, officials said.",
     "two", "Rebels"),
])
def test_subject_never_a_dateline_word(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a common-noun subject with an indefinite article is one of its country's kind, not the country (stop 67:
    # trading houses, firms and banks in commodity, markets and business news)
    ("A Dutch house sold four cargoes at an outright price of 190 dlrs a tonne.", "190 dlrs", "Dutch house"),
    ("A Japanese firm bought 5 mln dlrs of the bonds.", "5 mln dlrs", "Japanese firm"),
    ("A British company paid $5 million for the site.", "$5 million", "British company"),
    # with "the", a nationality's noun of a body or a sum of the state stays the country's
    ("The secret Australian budget is set at $400 million.", "$400 million", "Australia"),
    # a body of the state acts for its country, with "a" too (stop 67's review)
    ("A Chinese delegation pledged 50 mln dlrs in aid.", "50 mln dlrs", "China"),
    ("A Japanese government agency granted 300 mln dlrs.", "300 mln dlrs", "Japan"),
])
def test_subject_one_of_a_countrys_kind(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    # "it" stands for a coordination of names as one name: a singular thing's pronoun cannot stand for two
    ("Smith and Nephew said it sold 40 mln stg of bonds.", "40 mln stg", "Smith and Nephew"),
    # two parties, one a country or a body named with "the", are no one name (stop 67's review)
    ("Argentina and the IMF agreed a deal under which it will borrow 20 billion dlrs.", "20 billion dlrs",
     "Argentina"),
    # "he" stands for one of the names, never for both
    ("Smith and Jones met on Monday and he said he had paid $5 million for the house.", "$5 million", "Smith"),
])
def test_subject_it_stands_for_one_coordinated_name(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected
