"""Stop 37's probe of the place readers on ordinary wire-service news of the eight domains the issue names
(conflict, disasters, business and markets, elections and politics, health, science and space, crime and courts,
sport): invented sentences in wire wording, each expected place written from tests/gold/measures/GUIDE.md (P1-P5) and
tests/gold/README.md before the code was run and read against the guide a second time, no test document. Rows where
the GUIDE gives no place, or a place word is not the figure's (an origin, a company's home, "Wall Street", a team's
city, a nationality adjective), expect "". Rows marked with a reason are readings the extractor does not make
(strict xfail: a fix turns them into a pass that must be moved up). The second round of stop 37 added, labelled the
same way, wire datelines ("KABUL (Reuters) - ...") with figures that must not take them (a company's, a market's, a
nation's, another place's) and named sites after "at" with workplaces that must not be places."""
from __future__ import annotations

import pytest

from conftest import gap


# stop 37, second round (docs/findings/place.md): the causes of the dateline and named-site rows left unread
UNTIED_DATELINE = gap(
    "a dateline the opening does not tie the news to ('the city', 'the capital'): not read, since on this "
    "probe such a dateline was a bureau's city as often as the news's (docs/findings/place.md, stop 37, second "
    "round)")
CITY_PART_NAMED = gap(
    "the opening names a part of the city ('the city's South Side', tagged a place): the scene is that "
    "name, and the dateline's city named beside it breaks the whole-article condition")
SITE_AS_ORGANISATION = gap(
    "a named site the tagger makes an organisation: after 'at' an organisation is a workplace ('at "
    "Qantas'), and a sport venue cannot be told from a club ('scored 30 goals at Barcelona'); the rows "
    "with a site noun are one domain's (health)")
SITE_NO_ENTITY = gap(
    "a named site the tagger makes no entity ('at the Louvre')")
SITE_AS_EVENT = gap(
    "a named site the tagger makes an event ('the Olympic Stadium'): no place label")


CONFLICT = [
    ("At least 27 people were killed in air strikes on the northern city of Aleppo, a monitoring group said.",
     "At least 27", "Aleppo"),
    ("Fighting in Sudan's Darfur region has killed more than 300 civilians this month.", "more than 300", "Darfur"),
    ("Israeli air strikes killed 19 Palestinians overnight, health officials said.", "19", ""),
    ("KABUL (Reuters) - A suicide bomber killed 14 people at a wedding party in the east of the city on Friday, "
     "police said.", "14", "Kabul"),
    ("Ukrainian forces have retaken 12 villages near Kharkiv, the defence ministry said.", "12", "Kharkiv"),
    ("Some 1,500 peacekeepers are deployed across South Sudan.", "Some 1,500", "South Sudan"),
    ("Rebels fired 40 rockets into northern Israel on Tuesday.", "40", "Israel"),
    ("The Moscow-based group said 3,000 fighters had joined its ranks.", "3,000", ""),
    ("Two soldiers were killed when their patrol hit a landmine in Helmand province.", "Two", "Helmand"),
    pytest.param("Troops killed 11 militants in clashes throughout the Swat valley, the army said.",
                 "11", "Swat",
                 marks=gap("'valley' is no place noun by WordNet's first sense nor a generic unit, and the "
                           "tagger makes Swat an organisation")),
    pytest.param("The Pentagon will send 2,000 more troops to Poland.",
                 "2,000", "Poland",
                 marks=gap("a destination ('send ... to Poland'): 'to' is not read as a locative (it is "
                           "every change's 'rose to')")),
    ("The United Nations said 4,500 people had fled the fighting in Mogadishu in the past week.", "4,500",
     "Mogadishu"),
    ("A Gaza-based rights group said 60 homes were destroyed.", "60", ""),
    ("The US-led coalition carried out 17 air strikes in Iraq on Saturday.", "17", "Iraq"),
    ("British troops killed six insurgents in southern Afghanistan.", "six", "Afghanistan"),
    ("The blast killed eight people outside a mosque in Peshawar's old city.", "eight", "Peshawar"),
    pytest.param("The Ethiopian government said 50,000 people had been displaced by fighting in the Tigray region.",
                 "50,000", "Tigray",
                 marks=gap("the place is on a gerund under 'by' ('displaced by fighting in the Tigray "
                           "region'), which no reader walks")),
    # stop 37, second round: wire datelines (P1) and named sites (P4)
    pytest.param("MOGADISHU (Reuters) - Al Shabaab militants stormed a hotel on Saturday, killing at least "
                 "21 people, police said. Another 40 people were wounded in the siege.",
                 "at least 21", "Mogadishu",
                 marks=UNTIED_DATELINE),
    pytest.param("MOGADISHU (Reuters) - Al Shabaab militants stormed a hotel on Saturday, killing at least "
                 "21 people, police said. Another 40 people were wounded in the siege.",
                 "40", "Mogadishu",
                 marks=UNTIED_DATELINE),
    pytest.param("KHARTOUM, April 20 (Reuters) - Shelling killed 35 civilians on Sunday, a doctors' union "
                 "said.",
                 "35", "Khartoum",
                 marks=UNTIED_DATELINE),
    ("KYIV (Reuters) - Russian drones killed four people overnight, officials said. In the "
     "Kharkiv region, a further 11 people were wounded.",
     "four", ""),
    ("KYIV (Reuters) - Russian drones killed four people overnight, officials said. In the "
     "Kharkiv region, a further 11 people were wounded.",
     "11", "Kharkiv"),
    ("JERUSALEM (Reuters) - Israel's military said on Monday that 320 soldiers had been killed "
     "since the start of the ground operation.",
     "320", ""),
    ("Gunmen killed 12 worshippers at the Al-Noor Mosque on Friday.",
     "12", "Al-Noor Mosque"),
]

DISASTERS = [
    ("A magnitude 6.8 earthquake struck off the coast of Sumatra on Thursday.", "magnitude 6.8", "Sumatra"),
    ("Floods across Bangladesh have killed at least 52 people since Monday.", "at least 52", "Bangladesh"),
    ("The bushfire has destroyed 120 homes near the town of Cobargo.", "120", "Cobargo"),
    ("TOKYO (AP) - A powerful typhoon killed at least nine people in western Japan on Sunday.",
     "at least nine", "Japan"),
    ("Heavy snow left 30,000 homes without power throughout Ontario.", "30,000", "Ontario"),
    ("The cyclone killed 23 people in Mozambique and 11 in neighbouring Malawi.", "23", "Mozambique"),
    ("The cyclone killed 23 people in Mozambique and 11 in neighbouring Malawi.", "11", "Malawi"),
    ("Landslides triggered by monsoon rains buried 40 houses in Kerala's Wayanad district.", "40", "Wayanad"),
    ("Some 200 firefighters from Victoria are battling the blazes in New South Wales.", "Some 200", "New "
     "South Wales"),
    pytest.param("Authorities in Houston, Texas, said 14 people had died in the flooding.",
                 "14", "Houston",
                 marks=gap("a speaker's place ('Authorities in Houston ... said'): left off on purpose "
                           "(place._clauses_above)")),
    ("A wildfire near Los Angeles has burned more than 20,000 acres.", "more than 20,000 acres", "Los Angeles"),
    ("The tornado damaged 300 buildings in the small town of Mayfield, Kentucky.", "300", "Mayfield"),
    pytest.param("Volcanic ash forced the cancellation of 800 flights at Indonesian airports.",
                 "800", "Indonesia",
                 marks=gap("a nationality's ground after 'at' ('at Indonesian airports'): implied_place "
                           "reads no 'at'")),
    ("The Red Cross said it had raised $5 million for victims of the flood.", "$5 million", ""),
    ("A storm dumped 60 centimetres of snow across upstate New York.", "60 centimetres", "New York"),
    ("The hurricane made landfall near Tampa with winds of 200 km/h.", "200 km/h", "Tampa"),
    # stop 42: the opening's "Kenyan government" gives the article its polity (extract/polity.lede_polity)
    ("The Kenyan government said 120 people had died in floods in the country's west.", "120", "Kenya"),
    # stop 37, second round: wire datelines (P1) and named sites (P4)
    ("MANILA (Reuters) - A ferry capsized off a central island on Monday, killing 21 passengers, "
     "the coast guard said.",
     "21", ""),
    ("ATHENS (Reuters) - A wildfire on the city's northern fringes destroyed 80 homes on "
     "Tuesday, the fire service said.",
     "80", "Athens"),
    ("DHAKA, July 9 (Reuters) - Monsoon floods have killed 52 people in Bangladesh since June, "
     "the disaster ministry said.",
     "52", "Bangladesh"),
    ("GENEVA (Reuters) - The number of people displaced by disasters worldwide rose to 26 "
     "million last year, a monitoring centre said on Tuesday.",
     "26 million", ""),
    ("Fire killed 72 people at Grenfell Tower in June 2017.",
     "72", "Grenfell Tower"),
]

BUSINESS = [
    ("NEW YORK (Reuters) - Shares of the carmaker rose 3.2 per cent on Wall Street on Tuesday.", "3.2 per cent", ""),
    ("The London-based bank reported a pre-tax profit of £2.1 billion.", "£2.1 billion", ""),
    ("The company will cut 1,200 jobs at its plant in Ohio.", "1,200", "Ohio"),
    ("Unemployment in Spain fell to 11.8 per cent in March.", "11.8 per cent", "Spain"),
    ("The German carmaker sold 2.3 million vehicles last year.", "2.3 million", ""),
    ("House prices in Melbourne rose 4.5 per cent over the year.", "4.5 per cent", "Melbourne"),
    ("The Japanese automaker will invest $1.3 billion in a new plant in Kentucky.", "$1.3 billion", "Kentucky"),
    ("Inflation across Britain rose to 4.1 per cent in January.", "4.1 per cent", "Britain"),
    ("The Sydney-based miner said iron ore shipments rose 8 per cent.", "8 per cent", ""),
    ("The Federal Reserve raised interest rates by 0.25 percentage points.", "0.25 percentage points", ""),
    ("The retailer will open 40 new stores throughout Canada next year.", "40", "Canada"),
    ("FRANKFURT (Reuters) - The German lender said net profit fell 30 per cent.", "30 per cent", ""),
    # stop 37, second round: wire datelines (P1) and named sites (P4)
    ("NEW YORK (Reuters) - Wall Street's main indexes fell more than 2% on Monday, and Acme "
     "shares slid 8%.",
     "8%", ""),
    ("LONDON (Reuters) - Acme Bank reported a pretax profit of 4.2 billion pounds for the first "
     "half on Wednesday.",
     "4.2 billion pounds", ""),
    ("FRANKFURT (Reuters) - The carmaker said on Thursday it would cut 3,000 jobs by 2027.",
     "3,000", ""),
    ("TOKYO (Reuters) - The economy grew an annualised 1.2% in the first quarter, government "
     "data showed on Monday.",
     "1.2%", ""),
    ("Staff at Coles will receive a 4 per cent pay rise.",
     "4 per cent", ""),
    ("Profits at HSBC rose 12 per cent in the first half.",
     "12 per cent", ""),
    ("Workers at Ford have voted 70 per cent in favour of strike action.",
     "70 per cent", ""),
    ("She earned $5 million at Goldman Sachs last year.",
     "$5 million", ""),
    ("Sales at Walmart rose 3.1 per cent in the quarter.",
     "3.1 per cent", ""),
    ("The airline will cut 1,200 jobs at Qantas over two years.",
     "1,200", ""),
]

POLITICS = [
    ("Voters in Ohio rejected the measure by 57 per cent to 43 per cent.", "57 per cent", "Ohio"),
    ("The ruling party won 210 of the 300 seats in the Greek parliament.", "210", "Greece"),
    pytest.param("Turnout in the capital, Nairobi, was 62 per cent.",
                 "62 per cent", "Nairobi",
                 marks=gap("the tagger reads 'Turnout' as a verb and a person; the capital's name is an apposition")),
    ("In Pennsylvania, the Democrat led by 80,000 votes with 95 per cent of ballots counted.",
     "80,000", "Pennsylvania"),
    ("The Brussels-based commission proposed a 5 billion euro fund.", "5 billion euro", ""),
    ("The senator from Texas introduced a bill to cut spending by $30 billion.", "$30 billion", ""),
    ("More than 2 million people voted early across Georgia.", "More than 2 million", "Georgia"),
    ("The president's approval rating fell to 38 per cent, a Gallup poll showed.", "38 per cent", ""),
    ("Some 5,000 protesters marched through central Budapest on Sunday.", "Some 5,000", "Budapest"),
    # stop 42: the polity round read an opening's government as placing its story (its probe labels "The Irish
    # government will raise health spending by 8 per cent" Ireland, GUIDE P1's polity); this row was labelled by P1's
    # "a figure of an organisation takes a place only when the text restricts it": two blind labels of one
    # construction disagree, left for a GUIDE line
    pytest.param("The French government announced it would hire 10,000 more police officers.", "10,000", "",
                 marks=gap("an opening's government places its story (extract/polity.lede_polity, stop 42) where this "
                           "label reads a government's plan as an organisation's figure: the GUIDE says both")),
    pytest.param("Canberra will spend $500 million on drought relief for farmers in Queensland.",
                 "$500 million", "Queensland",
                 marks=gap("two hops on ('on drought relief for farmers in Queensland')")),
    # stop 37, second round: wire datelines (P1) and named sites (P4)
    ("NAIROBI, Kenya (AP) - Police fired tear gas at protesters on Tuesday, and at least eight "
     "people were killed in clashes in the city's slums, a rights group said.",
     "at least eight", "Nairobi"),
    ("WASHINGTON (Reuters) - The Senate approved a $95 billion aid package on Tuesday.",
     "$95 billion", ""),
    ("LONDON (Reuters) - The unemployment rate rose to 4.4% in the three months to April, "
     "official figures showed.",
     "4.4%", ""),
    ("CARACAS (Reuters) - Security forces detained 120 protesters in the capital on Sunday, a "
     "rights group said.",
     "120", "Caracas"),
    ("About 5,000 supporters rallied at Madison Square Garden on Sunday.",
     "About 5,000", "Madison Square Garden"),
]

HEALTH = [
    pytest.param("The outbreak has killed 34 people in the Democratic Republic of Congo's North Kivu province.",
                 "34", "North Kivu",
                 marks=gap("nested: the parser hangs the province under 'of Congo's', and the outer country "
                           "is read")),
    pytest.param("Hospitals across England recorded 12,000 admissions for flu last week.",
                 "12,000", "England",
                 marks=gap("the place is on the subject ('Hospitals across England recorded'), whose verb "
                           "is not the figure's event")),
    ("Measles cases in Texas have climbed to 159.", "159", "Texas"),
    ("The Geneva-based World Health Organization said 2.1 million doses had been shipped.", "2.1 million", ""),
    ("Cholera has infected more than 8,000 people throughout Yemen this year.", "more than 8,000", "Yemen"),
    pytest.param("Two patients died at Royal Prince Alfred Hospital in Sydney.",
                 "Two", "Royal Prince Alfred Hospital",
                 marks=gap("a named site the tagger makes an organisation: after 'at' an organisation is a "
                           "workplace, so its town is read")),
    pytest.param("Officials in Lagos state confirmed 17 new cases of Lassa fever.",
                 "17", "Lagos",
                 marks=gap("a speaker's place ('Officials in Lagos state confirmed'): left off on purpose "
                           "(place._clauses_above)")),
    ("The Swiss drugmaker said sales of its cancer drug rose 14 per cent.", "14 per cent", ""),
    ("The number of obesity cases in Scotland's north has doubled to 40,000.", "40,000", "Scotland"),
    ("A clinic near Kampala treated 300 patients in a single day.", "300", "Kampala"),
    ("The vaccine was 91 per cent effective in trials.", "91 per cent", ""),
    ("The outbreak began in Wuhan, where 41 people were first infected.", "41", "Wuhan"),
    # stop 37, second round: wire datelines (P1) and named sites (P4)
    ("LAGOS (Reuters) - A cholera outbreak has killed 63 people in the city since January, the "
     "state health commissioner said.",
     "63", "Lagos"),
    ("GENEVA (Reuters) - The World Health Organization said on Friday that 1,200 people had died "
     "of cholera in Yemen this year.",
     "1,200", "Yemen"),
    ("LONDON (Reuters) - Acme Pharma said on Monday its new drug cut the risk of heart attack by "
     "20%.",
     "20%", ""),
    ("Three people died at St Mary's Hospital after the crash.",
     "Three", "St Mary's Hospital"),
    pytest.param("The outbreak has infected 45 patients at Westmead Hospital.",
                 "45", "Westmead Hospital",
                 marks=SITE_AS_ORGANISATION),
]

SCIENCE = [
    pytest.param("The rocket lifted off from Cape Canaveral, Florida, carrying 23 satellites.",
                 "23", "Cape Canaveral",
                 marks=gap("the place is an origin on the main verb ('lifted off from'), the figure in a "
                           "participle after it")),
    ("The probe travelled 6.4 billion kilometres to reach Jupiter.", "6.4 billion kilometres", ""),
    pytest.param("Scientists found 42 new species of frog in the rainforests of Madagascar.",
                 "42", "Madagascar",
                 marks=gap("'rainforests' is no place noun by WordNet's first sense ('in the rainforests of "
                           "Madagascar')")),
    ("A meteorite weighing 17 kilograms fell near the village of Vinales in western Cuba.", "17 kilograms",
     "Vinales"),
    ("The Houston-based company said its lander had collected 120 images.", "120", ""),
    ("Temperatures in Antarctica's interior fell to minus 89 degrees.", "minus 89 degrees", "Antarctica"),
    ("Researchers at the University of Oxford tested the drug on 1,200 volunteers.", "1,200", ""),
    ("Sea ice off the coast of Greenland shrank by 12 per cent.", "12 per cent", "Greenland"),
    ("The European Space Agency will spend 1.5 billion euros on the mission.", "1.5 billion euros", ""),
    # stop 37, second round: wire datelines (P1) and named sites (P4)
    pytest.param("CAPE CANAVERAL, Fla. (Reuters) - A rocket carrying 23 satellites exploded shortly after "
                 "liftoff on Thursday.",
                 "23", "Cape Canaveral",
                 marks=UNTIED_DATELINE),
    ("PARIS (Reuters) - Global temperatures were 1.5 degrees Celsius above pre-industrial levels "
     "last year, the European climate service said.",
     "1.5 degrees Celsius", ""),
    ("Engineers fired the engine for 500 seconds at the Stennis Space Center.",
     "500 seconds", "Stennis Space Center"),
    ("Researchers at Stanford University found that 30 per cent of patients relapsed.",
     "30 per cent", ""),
]

CRIME = [
    pytest.param("Police in Manchester arrested 23 people after a night of rioting.",
                 "23", "Manchester",
                 marks=gap("the place is on the verb's subject, an actor ('Police in Manchester arrested'): "
                           "measured, dropped (docs/findings/place.md, stop 37)")),
    ("A court in Karachi sentenced four men to 10 years in prison.", "four", "Karachi"),
    ("A court in Karachi sentenced four men to 10 years in prison.", "10 years", "Karachi"),
    ("Customs officers seized 300 kilograms of cocaine at the port of Rotterdam.", "300 kilograms", "Rotterdam"),
    ("The Chicago-born gunman shot dead five people in a shopping centre in Dallas.", "five", "Dallas"),
    ("Shootings across Chicago killed 12 people over the weekend.", "12", "Chicago"),
    ("A jury in Los Angeles awarded the woman $4 million in damages.", "$4 million", "Los Angeles"),
    ("LAGOS (Reuters) - Gunmen kidnapped 25 students from a school on the city's outskirts on Monday.", "25",
     "Lagos"),
    ("The former minister was jailed for seven years for taking bribes worth $2 million.", "$2 million", ""),
    ("Burglaries in Queensland rose 9 per cent last year.", "9 per cent", "Queensland"),
    ("The fraudster, who fled to Spain, stole $3 million from investors in Perth.", "$3 million", "Perth"),
    ("Police said three people were killed in a shooting in Durban, South Africa.", "three", "Durban"),
    # stop 37, second round: wire datelines (P1) and named sites (P4)
    pytest.param("CHICAGO (AP) - Gunmen opened fire at a block party on the city's South Side late Saturday, "
                 "wounding 13 people, police said.",
                 "13", "Chicago",
                 marks=CITY_PART_NAMED),
    pytest.param("MEXICO CITY (Reuters) - Police arrested 14 suspected gang members in a raid on Sunday, "
                 "prosecutors said.",
                 "14", "Mexico City",
                 marks=UNTIED_DATELINE),
    ("JOHANNESBURG (Reuters) - Robbers stole 10 million rand from a cash van on Tuesday, police "
     "said. In Cape Town, two guards were shot.",
     "10 million rand", ""),
    ("Customs officers seized 3 kilograms of cocaine at Heathrow Airport on Tuesday.",
     "3 kilograms", "Heathrow Airport"),
    pytest.param("Thieves stole three paintings at the Louvre on Sunday morning.",
                 "three", "Louvre",
                 marks=SITE_NO_ENTITY),
]

SPORT = [
    ("MELBOURNE (Reuters) - Australia beat India by 295 runs in the first Test in Perth.", "295", "Perth"),
    ("The Manchester United striker scored 25 goals last season.", "25", ""),
    pytest.param("A crowd of 90,000 watched the final at Wembley.",
                 "90,000", "Wembley",
                 marks=gap("a named site the tagger makes an organisation: after 'at' an organisation is a "
                           "workplace")),
    ("The Kenyan runner won the marathon in 2 hours 3 minutes.", "2 hours", ""),
    pytest.param("The Sydney Swans beat Geelong by 32 points at the SCG.",
                 "32", "SCG",
                 marks=gap("a named site the tagger makes an organisation: after 'at' an organisation is a "
                           "workplace")),
    pytest.param("The Olympics in Paris drew 9.5 million spectators.",
                 "9.5 million", "Paris",
                 marks=gap("the place is on a proper-noun subject ('The Olympics in Paris drew'), which no "
                           "reader takes")),
    ("Brazil's striker has scored 77 goals for his country.", "77", ""),
    ("She set a world record of 3 minutes 50 seconds at the meeting in Monaco.", "50 seconds", "Monaco"),
    ("The Chicago Bulls won 72 games that season.", "72", ""),
    pytest.param("Around 45,000 fans packed the stadium in Cardiff.",
                 "Around 45,000", "Cardiff",
                 marks=gap("the place is on the verb's object ('packed the stadium in Cardiff'), which the "
                           "hop does not read; Cardiff untagged")),
    ("The Australian swimmer won three gold medals at the world championships in Budapest.", "three", "Budapest"),
    ("The New York Yankees signed the pitcher to a $324 million contract.", "$324 million", ""),
    # stop 37, second round: wire datelines (P1) and named sites (P4)
    pytest.param("MELBOURNE (Reuters) - A crowd of 92,000 watched the grand final on Saturday.",
                 "92,000", "Melbourne",
                 marks=UNTIED_DATELINE),
    ("LONDON (Reuters) - The club said on Monday it had sold 45,000 season tickets.",
     "45,000", ""),
    pytest.param("More than 60,000 fans watched the match at Old Trafford on Sunday.",
                 "More than 60,000", "Old Trafford",
                 marks=SITE_AS_ORGANISATION),
    pytest.param("India scored 350 runs on the first day at Lord's.",
                 "350", "Lord's",
                 marks=SITE_NO_ENTITY),
    pytest.param("Usain Bolt ran the 100 metres in 9.58 seconds at the Olympic Stadium in Berlin.",
                 "9.58 seconds", "Olympic Stadium",
                 marks=SITE_AS_EVENT),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_place_domains_conflict(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_place_domains_disasters(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_place_domains_business(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_place_domains_politics(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_place_domains_health(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_place_domains_science(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_place_domains_crime(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_place_domains_sport(measures, text, surface, expected):
    assert measures(text)[surface].place == expected
