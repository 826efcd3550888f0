"""Stop 38's probe of the subject (whose quantity a figure is) on short invented wire ARTICLES of the eight domains
(conflict, disasters, business and markets, elections and politics, health, science and space, crime and courts,
sport): the owner named in the lede and pointed back to later ("the company", "the group", "its", "the agency",
"the party", or nothing: "Revenue rose 8%"), long sentences where two owners compete, and figures the GUIDE gives no
owner (precision rows, ""). Every figure's owner was written from the subject line of tests/gold/measures/GUIDE.md
and tests/gold/README.md before the code was run, and read again once against them. Where the README lists a pattern
as labelled two ways ("the police or the arrested"), or one owner is named two ways in the article ("Piotr Nowak" /
"the finance director", "Solaris" / "the spacecraft"), the row lists both with ";" as the gold does, and the
evaluation's `measure_rules.name_ok` takes either. Rows marked with a reason are readings the extractor does not
make (strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.eval.measure_rules import name_ok


# The causes of the rows left (stop 38's cause table in docs/findings/subject.md, "Subject in articles (stop 38)").
DESCRIBED = gap("a definite description, nickname or nationality noun standing for a name written 0-2 sentences "
                "before ('the military', 'the group', 'the 22-year-old Spaniard', 'the Italian', 'The Gunners', 'the "
                "drugmaker', 'The lender', 'the champions', 'The American', 'the Pole'): no first WordNet sense an "
                "organisation (a person's, none, a plural), the name untagged, or the person's nationality unknown")
DESCRIBED_GROUP = gap("a counted group a common noun describes ('200 government troops'): stop 36's row G")
EMPLOYS = gap("an organisation, named by a description, employs the counted persons: the README's 'a company's "
              "employees' given two ways, and the description stands for a name before")
PHRASE = gap("a figure in a noun or prepositional phrase with no owner of its own clause ('up from 41%', 'loan growth "
             "of 11%', 'at a cost of 9 billion soles', 'expected earnings of 91 cents', 'Shares of the drugmaker', "
             "'forecast a smaller rise of 25'): the owner is named in another clause or sentence")
CONJ_VERB = gap("a verb coordinated with the one whose subject owns the figure ('plans to seek ... and expects "
                "sales of $4 billion', 'doubled its share ... and will send 14', 'arrested 11 ... and recovered 23'): "
                "the subject is a description or a bare plural, which the climb does not take past the first verb")
SENT = gap("persons sent, deployed or hired by a description, a pronoun, or in 'a team of eight experts': _sender "
           "asks for a named subject of the sending verb whose direct object the count is")
GENERIC = gap("a generic counted noun taken as the owner where the GUIDE gives none ('212 patients had been "
              "admitted', 'three had died', 'a trial of 1,800 patients', 'The team of 23 researchers', 'A crowd of "
              "60,200', a tennis player's 59 'winners')")
THING = gap("a thing as the clause's subject or head given as owner ('a power plant that supplies ... 400,000 "
            "homes', 'the plan would add 30 billion', the quake's distance, 'a programme that cost the city $40 "
            "million'): the GUIDE's owners are bodies and persons")
MEASURED = gap("a measure a named thing has, the thing in another clause or a possessor ('a planet 97 light years "
               "from Earth', 'orbits its star every 11 days', 'the planet's surface temperature could reach 380')")
SUBJECTLESS = gap("a subjectless gerund, participle or infinitive whose doer is the person of the clause above "
                  "('jailed ... for stealing 14 million', 'ordered Piotr Nowak ... to repay', 'spending part of it on "
                  "gambling debts'): stop 37's infinitive reader, reverted on test, is the nearest reading; one article")
BARE = gap("a bare plural subject ('investigators had recovered'): stop 36 measured 1 right of 7 on dev")
SHARE = gap("a share of a generic group of persons with a relative clause ('About 12% of patients who received')")
TAGGER = gap("the tagger's labels: 'Banco Itaparica' a GPE (so 'the bank' finds no ORG), 'Civic Alliance' a PERSON "
             "beside a second subject, 'defence ministry' cut at its compound")
PRONOUN = gap("'It said its units had shot down 70': the pronoun stands for the sayer before; the owner of the last "
              "figure is taken")
FORM = gap("the possessor alone or the possessed body ('her government' -> 'Kovac'): the name's form")
CARRIED = gap("a market-wide level (inflation) given the country of the sentence before")
PARTITIVE = gap("the whole of a partitive ('87 of the 150 seats') given the part's owner")
RELATIVE = gap("a relative clause on a name ('Everton, who sold their captain for £45 million') in a sentence whose "
               "main subject is another owner")
COUNTED = gap("a counted group of persons a body carries, trains, hires or treats ('flew 41 million passengers', "
              "'train 5,000 nurses', 'hire 25 scientists', 'had treated 210 cholera patients') taken as the owner "
              "where the body that does it owns the figure")
KILLER = gap("'its troops had killed 120 fighters': the counted killed taken, where the label gives the killer (the "
             "first probe's '40 rebel fighters' row reads the killed; labelled before the run, left as labelled)")
COST_IT = gap("'storms would cost it about $650 million': the payer is a pronoun object, the owner of the sentence")
NEW_BODY = gap("'the company' that is a new unnamed body ('have founded a start-up ..., and the company plans') read "
               "as the company named before")
ORG_SENSE = gap("'The club has won 11 of its 18' after an untagged 'Real Sociedad': a description whose first WordNet "
                "sense is an organisation, read as the last name written as a subject, was measured and dropped (dev: "
                "'the coalition' -> BBC, 'the regime' -> the Valech Report, 'The full squad' -> MacGill)")
DISASTER = gap("a disaster as the clause's subject ('Typhoon Mawar could bring up to 500 millimetres of rain')")
OPPONENT = gap("'his opponent' stands for the person the sentence before names as beaten")


CONFLICT_1 = (
    "The Malian army said on Tuesday it had killed 40 rebel fighters in clashes near the border with Niger. "
    "The military lost six soldiers in the fighting, a spokesman said. "
    "The rebels, who number about 3,000 according to Western estimates, have held the area for a decade. "
    "In a statement the group said it had captured 15 trucks and seized a large stock of weapons during raids "
    "north of Gao, a town where at least 200 government troops have been stationed since the coup. "
    "More than 12,000 people have fled the district since the offensive began, the United Nations refugee agency "
    "said.")

CONFLICT_2 = (
    "Russian forces launched 84 drones and six missiles at Ukraine overnight, the Ukrainian air force said on "
    "Saturday. It said its units had shot down 70 of the drones and all of the missiles over the central and "
    "western regions. Moscow's defence ministry said it had destroyed 12 Ukrainian drones over the Belgorod region. "
    "The strikes damaged a power plant that supplies electricity to about 400,000 homes, and the national grid "
    "operator said it would need $30 million to restore full capacity in a region where temperatures have fallen "
    "to minus 15 degrees. Kyiv has asked its allies for 10 more air defence systems.")

DISASTERS_1 = (
    "A magnitude 6.8 earthquake struck central Peru late on Friday, killing at least 2,100 people and injuring "
    "more than 2,400, the interior ministry said. The quake was centred 70 km south-west of the city of Huancayo. "
    "The ministry said 1,404 of the injured were in a critical condition. The government said it would rebuild "
    "about 50,000 damaged homes at a cost of 9 billion soles and would ask Congress for an emergency budget, while "
    "aid agencies warned that many villages in the mountains had still not been reached. "
    "Chile has sent 56 rescuers and four sniffer dogs.")

DISASTERS_2 = (
    "Floods in eastern Bolivia have killed 83 people and forced more than 120,000 from their homes, authorities "
    "said on Monday. Santa Cruz's civil defence agency said 111 people were still missing. "
    "The agency has deployed 4,000 rescuers with boats and helicopters since the rains began. "
    "The government announced $740 million in emergency aid for the region, where rivers rose as high as 5.3 "
    "metres above flood level at the weekend and where 400,000 homes were left without clean water. "
    "The Red Cross said it had raised 2 million euros for the victims.")

BUSINESS_1 = (
    "Halvorsen Foods reported a 12% rise in quarterly profit on Thursday, helped by higher prices for its frozen "
    "meals. The company earned $412 million in the second quarter, up from $368 million a year earlier. "
    "Revenue rose 8% to $3.1 billion. The group, which employs about 22,000 people worldwide, said it would close "
    "two plants in Ohio and cut 900 jobs as it shifts production of its frozen pizzas to a new factory in Mexico. "
    "Its shares rose 4.5% in New York trading. Analysts had expected earnings of 91 cents a share.")

BUSINESS_2 = (
    "Brazil's central bank raised its benchmark Selic rate by 50 basis points to 11.25% on Wednesday. "
    "The bank said inflation, which reached 4.8% in October, remained above its target of 3%. "
    "Economists had forecast a smaller rise of 25 basis points. Meanwhile the country's largest private lender, "
    "Banco Itaparica, said its net income climbed 18% to 9.2 billion reais in the third quarter, as loan growth of "
    "11% offset higher provisions, and the bank announced a share buyback of up to 5 billion reais. "
    "The real strengthened 1.2% against the dollar.")

POLITICS_1 = (
    "The ruling Progress Party won 87 of the 150 seats in Sunday's parliamentary election, official results "
    "showed on Monday, giving Prime Minister Anna Kovac another term. The party took 46.2% of the vote, up from "
    "41% at the last election. The main opposition Civic Alliance, which had led in several polls, won 38 seats, "
    "while the nationalist Homeland bloc more than doubled its share to 9.8% and will send 14 deputies to the "
    "chamber. Turnout was 61%, the electoral commission said. Kovac told supporters her government would raise "
    "the minimum wage by 10% next year.")

POLITICS_2 = (
    "Finance Minister Lars Engel presented a 480 billion crown budget to parliament on Tuesday, promising 12 "
    "billion crowns for defence and tax cuts for 1.5 million pensioners. The ministry forecast the economy would "
    "grow 1.4% next year. The opposition Social Democrats said the plan would add 30 billion crowns to public "
    "debt, which already stands at 38% of gross domestic product, and called for a vote of no confidence that "
    "would need the support of at least 90 lawmakers. The coalition has 92 seats.")

HEALTH_1 = (
    "A measles outbreak in the Mexican state of Jalisco has infected 640 people, most of them unvaccinated "
    "children, health officials said on Wednesday. The state health ministry said 212 patients had been admitted "
    "to hospital and three had died. It has set up 45 vaccination points and plans to immunise 300,000 young "
    "children by the end of March, using doses sent by the federal government, the ministry said in a statement. "
    "The World Health Organization sent a team of eight experts.")

HEALTH_2 = (
    "Medora Pharma said on Monday its experimental Alzheimer's drug met its main goal in a late-stage trial of "
    "1,800 patients. The company plans to seek approval in the United States and Europe next year and expects "
    "peak annual sales of $4 billion. Shares of the drugmaker jumped 31% in Frankfurt. About 12% of patients who "
    "received the drug suffered brain swelling, a side effect that led 40 participants to leave the trial, "
    "researchers said at a conference in Boston on Sunday. The firm employs 9,500 people.")

SCIENCE_1 = (
    "The European Space Agency launched its Solaris probe on Thursday on a long journey to study the sun's poles. "
    "The spacecraft, which weighs 1.8 tonnes, will travel 4.2 billion kilometres and pass within 42 million km of "
    "the sun. The agency has spent 1.1 billion euros on the mission, which carries 10 instruments built by teams "
    "in 12 countries, and it expects the first images next year, once the probe has completed two flybys of Venus. "
    "Nasa contributed $180 million.")

SCIENCE_2 = (
    "Astronomers using the James Webb telescope have found water vapour in the atmosphere of a planet 97 light "
    "years from Earth, a study published on Wednesday showed. The planet, named Halla, is about 2.1 times the size "
    "of Earth and orbits its star every 11 days. The team of 23 researchers, led by scientists at the University "
    "of Montreal, said the planet's surface temperature could reach 380 degrees Celsius. The university said it "
    "had received a grant of C$2.5 million to continue the work, and the telescope, which cost about $10 billion "
    "to build, will observe the planet again for 40 hours next year.")

CRIME_1 = (
    "A former finance director of Baltvest Logistics was jailed for nine years on Friday for stealing 14 million "
    "zlotys from the company over a decade. The court in Gdansk also ordered Piotr Nowak, 52, to repay 6 million "
    "zlotys. Prosecutors said he had transferred the money through shell companies registered in Cyprus and "
    "Malta, spending part of it on a yacht and on gambling debts of about 800,000 zlotys, and that investigators "
    "had so far recovered 3.5 million zlotys. The company's shares fell 2% on the news.")

CRIME_2 = (
    "Police in Chicago said on Sunday that 19 people had been shot, four of them fatally, in a spate of weekend "
    "violence across the city's South and West sides. A 15-year-old boy was among the dead. Officers arrested 11 "
    "suspects and recovered 23 firearms, the department said in a statement, adding that it had deployed an "
    "extra 1,200 officers to neighbourhoods where shootings have risen 18% this year despite a summer youth "
    "programme that cost the city $40 million. The mayor said the city would hire 200 more detectives by "
    "December.")

SPORT_1 = (
    "Arsenal beat Everton on Saturday to move four points clear at the top of the Premier League. Bukayo Saka "
    "scored twice, taking his tally to 14 goals this season, and the England winger also set up the third. "
    "The Gunners have now won 9 of their last 10 league games, while Everton, who sold their captain for £45 "
    "million in the summer, remain 17th with 21 points from 24 matches, three above the relegation zone. "
    "A crowd of 60,200 watched the game.")

SPORT_2 = (
    "Carlos Alcaraz won the US Open on Sunday, beating Jannik Sinner in a long final. The 22-year-old Spaniard "
    "collected a winner's cheque of $3.6 million, while his opponent received $1.8 million. Sinner, who had won "
    "his previous 20 matches at major tournaments, saved three match points in the fourth set and hit 59 winners, "
    "but the Italian was undone by 63 unforced errors. Alcaraz has now beaten his rival nine times.")

# The second probe of this stop (descriptions standing for a name written 0-2 sentences before, and precision rows
# where a description must not take an earlier name: "The army" after the other side's name, "the company" that is a
# new unnamed one, "the government" of a country when only a ministry of another was named). Labelled from the GUIDE
# before the run, and read again once.
CONFLICT_3 = (
    "Sudan's Rapid Support Forces said on Monday they had taken control of El Fasher after weeks of fighting. "
    "The paramilitary group said it had captured 300 soldiers and seized 40 armoured vehicles in the city, claims "
    "that could not be independently verified. The army denied the claims and said its troops had killed 120 "
    "fighters in an air strike near Tawila, where aid agencies say 500,000 people have sought shelter.")

DISASTERS_3 = (
    "Japan's Meteorological Agency warned on Monday that Typhoon Mawar could bring up to 500 millimetres of rain to "
    "Okinawa. The agency raised its alert to the highest level. The utility Okiden said 48,000 homes had lost power, "
    "and the company has sent 300 repair workers to the islands.")

BUSINESS_3 = (
    "Nordair said on Tuesday it would buy 30 jets from Airbus, its largest order in a decade. The carrier flew 41 "
    "million passengers last year, 6% more than the year before, and plans to open 12 new routes from Oslo in the "
    "spring. Kestrel Re, a Bermuda-based reinsurer, said summer storms would cost it about $650 million. The "
    "insurer expects to raise its premiums by 9% at the January renewals.")

BUSINESS_4 = (
    "Volta Motors and Presto Batteries said on Thursday they would merge to create Europe's largest maker of "
    "electric vans. Volta shareholders will own 60% of the combined company. Separately, three former Volta "
    "engineers have founded a start-up in Austin, and the company plans to hire 150 staff by next year.")

POLITICS_3 = (
    "Germany's Health Ministry said on Friday it would spend 2 billion euros on hospital upgrades. The ministry has "
    "already received 1,200 applications from clinics. In neighbouring Austria, protesters marched in Vienna "
    "against pension cuts, and the government said it would hold talks with 14 unions next week.")

HEALTH_3 = (
    "Novaris reported a jump in sales of its weight-loss injections on Tuesday. The drugmaker now expects revenue "
    "of $52 billion this year. Britain's National Health Service said it would offer the injections to more "
    "patients, and the service plans to train 5,000 nurses to give them. A hospital in Kano said it had treated "
    "210 cholera patients in a week.")

SCIENCE_3 = (
    "Researchers at the University of Tartu said on Tuesday they had sequenced ancient genomes from Bronze Age "
    "graves in Estonia. The university will spend 4 million euros on a new laboratory for the work and hire 25 "
    "scientists. Oslo University Hospital also took part. The hospital analysed 800 samples from the graves.")

CRIME_3 = (
    "Prosecutors in Milan charged 12 people on Wednesday over a fraud at Banca Orsini. The lender has set aside "
    "35 million euros to compensate clients, a spokesman said.")

SPORT_3 = (
    "Real Sociedad beat Villarreal on Sunday to climb into the Champions League places. The club has won 11 of its "
    "18 home games this season. Striker Takefusa Kubo scored both goals, and the 24-year-old now has 13 in the "
    "league. Barcelona were held at Getafe, and the champions have now gone four games without a win.")

SPORT_4 = (
    "Coco Gauff beat Iga Swiatek to win the Madrid Open on Saturday. The American won 78% of her first-serve "
    "points and hit nine aces, while the Pole made 31 unforced errors.")


CONFLICT = [
    (CONFLICT_1, "40", "rebel fighters"),
    pytest.param(CONFLICT_1, "six", "Malian army", marks=DESCRIBED),
    pytest.param(CONFLICT_1, "15", "rebels", marks=DESCRIBED),
    pytest.param(CONFLICT_1, "200", "government troops", marks=DESCRIBED_GROUP),
    (CONFLICT_1, "12,000", ""),
    (CONFLICT_2, "84", "Russian forces"),
    (CONFLICT_2, "six", "Russian forces"),
    pytest.param(CONFLICT_2, "70", "Ukrainian air force", marks=PRONOUN),
    pytest.param(CONFLICT_2, "12", "defence ministry; Moscow", marks=TAGGER),
    pytest.param(CONFLICT_2, "400,000", "", marks=THING),
    (CONFLICT_2, "$30 million", "national grid operator"),
    (CONFLICT_2, "15 degrees", ""),
    (CONFLICT_2, "10", "Kyiv"),
    (CONFLICT_3, "300", "Rapid Support Forces"),
    (CONFLICT_3, "40", "Rapid Support Forces"),
    pytest.param(CONFLICT_3, "120", "army; Sudanese army", marks=KILLER),
    (CONFLICT_3, "500,000", ""),
]

DISASTERS = [
    (DISASTERS_1, "6.8", ""),
    (DISASTERS_1, "2,100", ""),
    (DISASTERS_1, "2,400", ""),
    pytest.param(DISASTERS_1, "70 km", "", marks=THING),
    (DISASTERS_1, "1,404", ""),
    (DISASTERS_1, "50,000", "government"),
    pytest.param(DISASTERS_1, "9 billion", "government", marks=PHRASE),
    (DISASTERS_1, "56", "Chile"),
    (DISASTERS_1, "four", "Chile"),
    (DISASTERS_2, "83", ""),
    (DISASTERS_2, "120,000", ""),
    (DISASTERS_2, "111", ""),
    pytest.param(DISASTERS_2, "4,000", "civil defence agency", marks=SENT),
    (DISASTERS_2, "$740 million", "government"),
    (DISASTERS_2, "5.3", ""),
    (DISASTERS_2, "400,000", ""),
    (DISASTERS_2, "2 million euros", "Red Cross"),
    pytest.param(DISASTERS_3, "500", "", marks=DISASTER),
    (DISASTERS_3, "48,000", ""),
    pytest.param(DISASTERS_3, "300", "Okiden", marks=SENT),
]

BUSINESS = [
    (BUSINESS_1, "12%", "Halvorsen Foods"),
    (BUSINESS_1, "$412 million", "Halvorsen Foods"),
    (BUSINESS_1, "$368 million", "Halvorsen Foods"),
    (BUSINESS_1, "8%", "Halvorsen Foods"),
    (BUSINESS_1, "$3.1 billion", "Halvorsen Foods"),
    (BUSINESS_1, "22,000", "Halvorsen Foods"),  # stop 61: "The group, which employs" (EMPLOYING_VERBS)
    (BUSINESS_1, "two", "Halvorsen Foods"),
    (BUSINESS_1, "900", "Halvorsen Foods"),
    (BUSINESS_1, "4.5%", "Halvorsen Foods"),
    pytest.param(BUSINESS_1, "91 cents", "Halvorsen Foods", marks=PHRASE),
    (BUSINESS_2, "50", "central bank; Brazil"),
    (BUSINESS_2, "11.25%", "central bank; Brazil"),
    pytest.param(BUSINESS_2, "4.8%", "", marks=CARRIED),
    (BUSINESS_2, "3%", "central bank; Brazil"),
    (BUSINESS_2, "25", "central bank; Brazil"),  # stop 41: read once "25 basis points" is a percent figure
    (BUSINESS_2, "18%", "Banco Itaparica"),
    (BUSINESS_2, "9.2 billion", "Banco Itaparica"),
    pytest.param(BUSINESS_2, "11%", "Banco Itaparica", marks=PHRASE),
    pytest.param(BUSINESS_2, "5 billion", "Banco Itaparica", marks=TAGGER),
    (BUSINESS_2, "1.2%", ""),
    (BUSINESS_3, "30", "Nordair"),
    pytest.param(BUSINESS_3, "41 million", "Nordair", marks=COUNTED),
    pytest.param(BUSINESS_3, "6%", "Nordair", marks=PHRASE),
    (BUSINESS_3, "12", "Nordair"),
    pytest.param(BUSINESS_3, "$650 million", "Kestrel Re", marks=COST_IT),
    pytest.param(BUSINESS_3, "9%", "Kestrel Re", marks=TAGGER),
    (BUSINESS_4, "60%", "Volta shareholders"),
    pytest.param(BUSINESS_4, "150", "company; start-up", marks=NEW_BODY),
]

POLITICS = [
    (POLITICS_1, "87", "Progress Party"),
    pytest.param(POLITICS_1, "150", "", marks=PARTITIVE),
    (POLITICS_1, "46.2%", "Progress Party"),
    pytest.param(POLITICS_1, "41%", "Progress Party", marks=PHRASE),
    pytest.param(POLITICS_1, "38", "Civic Alliance", marks=TAGGER),
    (POLITICS_1, "9.8%", "Homeland bloc"),
    pytest.param(POLITICS_1, "14", "Homeland bloc", marks=CONJ_VERB),
    (POLITICS_1, "61%", ""),  # stop 59: the word that names the quantity is whose nothing is
    pytest.param(POLITICS_1, "10%", "government", marks=FORM),
    (POLITICS_2, "480 billion", "Lars Engel; finance ministry"),
    (POLITICS_2, "12 billion", "Lars Engel; finance ministry"),
    (POLITICS_2, "1.5 million", "pensioners"),
    (POLITICS_2, "1.4%", ""),
    pytest.param(POLITICS_2, "30 billion", "", marks=THING),
    (POLITICS_2, "38%", ""),
    (POLITICS_2, "90", "lawmakers"),
    (POLITICS_2, "92", "coalition"),
    (POLITICS_3, "2 billion", "Health Ministry; Germany"),
    (POLITICS_3, "1,200", "Health Ministry; Germany"),
    pytest.param(POLITICS_3, "14", "government; Austria", marks=PHRASE),
]

HEALTH = [
    (HEALTH_1, "640", ""),
    pytest.param(HEALTH_1, "212", "", marks=GENERIC),
    pytest.param(HEALTH_1, "three", "", marks=GENERIC),
    (HEALTH_1, "45", "state health ministry"),
    (HEALTH_1, "300,000", "children; state health ministry"),
    pytest.param(HEALTH_1, "eight", "World Health Organization", marks=SENT),
    pytest.param(HEALTH_2, "1,800", "", marks=GENERIC),
    pytest.param(HEALTH_2, "$4 billion", "Medora Pharma", marks=CONJ_VERB),
    pytest.param(HEALTH_2, "31%", "Medora Pharma", marks=PHRASE),
    pytest.param(HEALTH_2, "12%", "patients", marks=SHARE),
    (HEALTH_2, "40", "participants"),
    pytest.param(HEALTH_2, "9,500", "Medora Pharma", marks=EMPLOYS),
    pytest.param(HEALTH_3, "$52 billion", "Novaris", marks=DESCRIBED),
    pytest.param(HEALTH_3, "5,000", "National Health Service", marks=COUNTED),
    pytest.param(HEALTH_3, "210", "hospital", marks=COUNTED),
]

SCIENCE = [
    (SCIENCE_1, "1.8 tonnes", "Solaris; spacecraft"),
    (SCIENCE_1, "4.2 billion", "Solaris; spacecraft"),
    (SCIENCE_1, "42 million", "Solaris; spacecraft"),
    (SCIENCE_1, "1.1 billion euros", "European Space Agency"),
    (SCIENCE_1, "10", "Solaris; mission"),
    (SCIENCE_1, "12", ""),
    (SCIENCE_1, "two", "Solaris; probe"),
    (SCIENCE_1, "$180 million", "Nasa"),
    pytest.param(SCIENCE_2, "97", "Halla; planet", marks=MEASURED),
    (SCIENCE_2, "2.1", "Halla; planet"),
    pytest.param(SCIENCE_2, "11", "Halla; planet", marks=MEASURED),
    pytest.param(SCIENCE_2, "23", "", marks=GENERIC),
    pytest.param(SCIENCE_2, "380", "Halla; planet", marks=MEASURED),
    (SCIENCE_2, "C$2.5 million", "University of Montreal"),
    (SCIENCE_2, "$10 billion", "James Webb telescope"),
    (SCIENCE_2, "40", "James Webb telescope"),
    (SCIENCE_3, "4 million", "University of Tartu"),
    pytest.param(SCIENCE_3, "25", "University of Tartu", marks=COUNTED),
    (SCIENCE_3, "800", "Oslo University Hospital"),
]

CRIME = [
    (CRIME_1, "nine", "Piotr Nowak; finance director"),
    pytest.param(CRIME_1, "14 million", "Piotr Nowak; finance director", marks=SUBJECTLESS),
    pytest.param(CRIME_1, "6 million", "Piotr Nowak", marks=SUBJECTLESS),
    pytest.param(CRIME_1, "800,000", "Piotr Nowak", marks=SUBJECTLESS),
    (CRIME_1, "3.5 million", "investigators"),  # stop 40: doers.py
    (CRIME_1, "2%", "Baltvest Logistics"),
    (CRIME_2, "19", ""),
    (CRIME_2, "four", ""),
    (CRIME_2, "15", "boy"),
    (CRIME_2, "11", "police; suspects"),
    pytest.param(CRIME_2, "23", "police", marks=CONJ_VERB),
    pytest.param(CRIME_2, "1,200", "police; department", marks=SENT),
    (CRIME_2, "18%", ""),
    pytest.param(CRIME_2, "$40 million", "Chicago; city", marks=THING),
    pytest.param(CRIME_2, "200", "Chicago; city", marks=SENT),
    pytest.param(CRIME_3, "12", "prosecutors; people", marks=BARE),
    pytest.param(CRIME_3, "35 million", "Banca Orsini", marks=DESCRIBED),
]

SPORT = [
    (SPORT_1, "four", "Arsenal"),
    (SPORT_1, "14", "Bukayo Saka"),
    pytest.param(SPORT_1, "9", "Arsenal", marks=DESCRIBED),
    pytest.param(SPORT_1, "10", "Arsenal", marks=DESCRIBED),
    pytest.param(SPORT_1, "£45 million", "Everton", marks=RELATIVE),
    (SPORT_1, "21", "Everton"),
    (SPORT_1, "24", "Everton"),
    (SPORT_1, "three", "Everton"),
    pytest.param(SPORT_1, "60,200", "", marks=GENERIC),
    pytest.param(SPORT_2, "$3.6 million", "Carlos Alcaraz", marks=DESCRIBED),
    pytest.param(SPORT_2, "$1.8 million", "Jannik Sinner", marks=OPPONENT),
    (SPORT_2, "20", "Jannik Sinner"),
    (SPORT_2, "three", "Jannik Sinner"),
    pytest.param(SPORT_2, "59", "Jannik Sinner", marks=GENERIC),
    pytest.param(SPORT_2, "63", "Jannik Sinner", marks=DESCRIBED),
    (SPORT_2, "nine", "Carlos Alcaraz"),
    pytest.param(SPORT_3, "11", "Real Sociedad", marks=ORG_SENSE),
    pytest.param(SPORT_3, "18", "Real Sociedad", marks=ORG_SENSE),
    (SPORT_3, "13", "Takefusa Kubo"),
    pytest.param(SPORT_3, "four", "Barcelona", marks=DESCRIBED),
    (SPORT_4, "78%", "Coco Gauff"),
    pytest.param(SPORT_4, "nine", "Coco Gauff", marks=DESCRIBED),
    pytest.param(SPORT_4, "31", "Iga Swiatek", marks=DESCRIBED),
]


def owner(measures, text: str, number: str) -> str:
    """The subject of the figure of `text` whose surface holds `number` (the shortest such surface)."""
    found = {k: m for k, m in measures(text).items() if number in k}
    assert found, list(measures(text))
    return min(found.items(), key=lambda kv: len(kv[0]))[1].subject


@pytest.mark.parametrize("text,number,expected", CONFLICT)
def test_subject_articles_conflict(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", DISASTERS)
def test_subject_articles_disasters(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", BUSINESS)
def test_subject_articles_business(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", POLITICS)
def test_subject_articles_politics(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", HEALTH)
def test_subject_articles_health(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SCIENCE)
def test_subject_articles_science(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", CRIME)
def test_subject_articles_crime(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SPORT)
def test_subject_articles_sport(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)
