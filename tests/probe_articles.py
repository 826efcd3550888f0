"""Stop 38's probe articles for said_by and scope: short invented wire articles over the issue's eight domains (two
per domain), each with a long sentence of two or more figures and a figure whose reading depends on an earlier
sentence (a speaker named before a quotation, "he added", "the statement said", "according to X" opening a
paragraph, a share of a whole named before). Written for the probe, not copied or paraphrased from the corpora or the
gold; labelled in tests/extract/test_source_articles.py and tests/extract/test_scope_articles.py. Also the sentence
the place cluster tables (tests/extract/test_place_clusters*.py) add to each row, naming another place."""
from __future__ import annotations

# a second sentence naming another place, per domain: the article then names two places, and no scene is read
ELSEWHERE = {
    "conflict": "Separately, clashes were reported in Mosul.",
    "disasters": "Heavy rain was also reported in Manila.",
    "crime": "A separate inquiry is under way in Chicago.",
    "politics": "Campaigning continued in Abuja.",
    "health": "A separate outbreak was reported in Lusaka.",
    "sport": "The league's next round is in Madrid.",
    "science": "A second launch is planned from Kourou.",
    "business": "The company's shares are listed in London.",
}

CONFLICT_A = (
    "Drone strikes killed seven people overnight in the southern region of Verenka, the regional governor said"
    " on Tuesday. The region has come under almost nightly attack since the spring. Governor Olena Marchuk "
    "visited the damaged hospital in the regional capital on Tuesday morning. \"We have buried 140 civilians "
    "since the start of the year. More than 3,000 homes have been damaged, and 40 schools can no longer open.\""
    " The air force said it had shot down 41 of the 58 drones launched overnight, while the general staff said"
    " troops had repelled 17 assaults along the front in the past 24 hours and that the enemy had lost about "
    "1,200 soldiers in the past week."
)

CONFLICT_B = (
    "The United Nations said on Friday that the fighting in the northern province had forced 85,000 people "
    "from their homes since March. According to the UN refugee agency, about 60 per cent of those who fled are"
    " children. Many are sheltering in schools and mosques. Aid convoys have reached only 12 of the 30 camps. "
    "A further 2,000 peacekeepers will deploy to the province next month, the agency said in a statement, "
    "adding that food prices in the provincial capital had doubled and that fuel now costs $4 a litre. Rebel "
    "commanders said they had captured 9 villages this week."
)

DISASTERS_A = (
    "A magnitude 6.8 earthquake struck the mountainous west of the country on Sunday, killing at least 212 "
    "people, the national disaster agency said. The agency's spokesman, Daniel Okafor, said rescuers had "
    "pulled 37 survivors from collapsed buildings overnight. He added that 1,450 people had been injured. The "
    "quake destroyed about 4,000 homes. In the worst-hit town, Kerem, roughly half of the 18,000 residents "
    "were sleeping outdoors, local officials told reporters, as aftershocks of up to magnitude 5.1 continued "
    "to shake the region."
)

DISASTERS_B = (
    "Floods have killed 54 people across the south of the country since heavy rains began two weeks ago, "
    "officials said on Thursday, with 11 of the deaths recorded in the past 24 hours alone. The meteorological"
    " office said in a statement that 310 millimetres of rain had fallen on the coastal city of Port Amara in "
    "three days. The statement said a further 150 millimetres was expected by Saturday. Some 120,000 people "
    "remain without drinking water. The Red Cross said it had sent 40 tonnes of supplies and was spending "
    "about $250,000 a day on emergency shelter."
)

BUSINESS_A = (
    "Northwind Airlines reported a quarterly loss of $310 million on Wednesday as fuel costs rose. Revenue "
    "fell 6 per cent to $4.2 billion, the carrier said in a statement. The statement said the airline would "
    "cut 1,800 jobs, about 9 per cent of its workforce, by the end of next year. Chief executive Maria Lund "
    "told analysts on a call that bookings for the summer were up 4 per cent on last year. She added that the "
    "airline was spending $2 million a day on fuel. Its shares fell 11 per cent in New York."
)

BUSINESS_B = (
    "The central bank raised its benchmark interest rate by half a percentage point to 5.75 per cent on "
    "Thursday, its fourth increase this year. Inflation stood at 8.2 per cent in October, up from 7.9 per cent"
    " in September, figures from the statistics office showed. Economists surveyed by the newspaper expect "
    "inflation to fall to 4 per cent by the end of next year. The currency gained 1.3 per cent against the "
    "dollar. Exports, which make up about 40 per cent of the economy, have slowed for three months."
)

POLITICS_A = (
    "The ruling party won 61 per cent of the vote in Sunday's parliamentary election, the election commission "
    "said on Monday. The commission said turnout was 47 per cent, down from 58 per cent at the last election "
    "five years ago. According to the commission, the ruling party will hold 142 of the 200 seats. The main "
    "opposition party took 38 seats. Its leader, Tomas Varga, told supporters he would challenge the results "
    "in 12 districts. \"We counted more than 300 complaints of ballot stuffing,\" he said."
)

POLITICS_B = (
    "Lawmakers approved a budget of $412 billion for next year in a late-night vote on Tuesday, the finance "
    "ministry said. The bill passed by 214 votes to 198. Defence spending rose 7 per cent this year, and the "
    "budget sets aside $9 billion for a new rail line, which the transport minister said would need a further "
    "$2 billion to finish by 2030. The opposition said the plan would add $35 billion to the national debt. A "
    "poll published on Monday found 44 per cent of voters backed the budget."
)

HEALTH_A = (
    "Health officials reported 320 new cholera cases in the capital on Monday, bringing the total since the "
    "outbreak began in August to 4,800. The health ministry said 62 people had died. In a statement, the World"
    " Health Organization said it was sending 500,000 doses of oral vaccine. The doses would arrive within two"
    " weeks, the statement said. About 70 per cent of the cases are in the city's two largest slums, where "
    "fewer than one in five homes has running water."
)

HEALTH_B = (
    "A study published on Wednesday found that adults who walked 7,000 steps a day had a 47 per cent lower "
    "risk of early death than those who walked 2,500 steps a day. The researchers followed 12,000 people for "
    "10 years. The report found that the benefit levelled off above 10,000 steps a day. Separately, the "
    "country's health ministry said 1.2 million people were on hospital waiting lists, up 80,000 from a year "
    "earlier."
)

SCIENCE_A = (
    "The space agency launched its new weather satellite on Saturday from the coastal launch site, the agency "
    "said. The 2,300-kilogram satellite will orbit 36,000 kilometres above the equator. The mission cost $900 "
    "million, about a third of it paid by partner countries, the agency said in a statement, adding that the "
    "satellite would send back images every 10 minutes. The project's lead scientist, Hana Mori, said the "
    "satellite's instruments had been tested for 18 months. \"It carries 14 instruments. Two of them are new.\""
)

SCIENCE_B = (
    "Global sea ice covered 14.1 million square kilometres in September, the lowest for the month on record, "
    "according to a report by the National Snow and Ice Data Center. That is 1.9 million square kilometres "
    "below the average for 1991 to 2020. The ice has shrunk by about 13 per cent a decade since satellite "
    "records began. Scientists warned that summer ice could vanish by 2050. Air temperatures over the Arctic "
    "were 3 degrees Celsius above normal in the past month, the report said."
)

CRIME_A = (
    "A court in the capital on Thursday sentenced a former bank manager to 12 years in prison for embezzling "
    "$6.5 million from customers' accounts. Prosecutors said the man had taken money from 230 accounts between"
    " 2015 and 2023. The judge ordered him to repay $4 million. \"He betrayed the trust of more than 200 "
    "families,\" prosecutor Lena Haas told reporters outside the court. She said investigators had recovered "
    "only about 30 per cent of the money."
)

CRIME_B = (
    "Police arrested 43 people in raids across three cities on Tuesday and seized 1.4 tonnes of cocaine with a"
    " street value of about $90 million, the interior ministry said. It was the largest seizure this year. "
    "According to the ministry, the network had shipped at least 20 tonnes into the country since 2021. A "
    "further 15 suspects are being sought. Police said seven officers had been injured in the raids, two of "
    "them seriously."
)

SPORT_A = (
    "Kenya's Ruth Chebet won the women's 10,000 metres in 29 minutes 51 seconds on Saturday, the fastest time "
    "in the world this year. She finished four seconds ahead of her compatriot. \"I trained for 16 weeks at "
    "altitude for this race,\" Chebet said. The championship has drawn 48,000 spectators, about 90 per cent of "
    "the stadium's capacity, organisers said. Kenya now has 11 medals, five of them gold."
)

SPORT_B = (
    "The club signed the midfielder on a four-year contract for a fee of 45 million euros, the club said on "
    "Monday. The 24-year-old scored 17 goals last season. According to the club's accounts, the wage bill rose"
    " 12 per cent to 180 million euros last year. The player will earn about 200,000 euros a week, a person "
    "familiar with the deal said. The club has spent 310 million euros on transfers in the past two seasons."
)
