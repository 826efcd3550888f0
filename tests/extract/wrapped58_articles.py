r"""Blind probe of stop 58 (hard-wrapped items): ten invented news items in ten domains and styles (an e-mailed
airline traffic release, a city council newsletter, a farm-commodity wire, a central-bank statement, a health-agency
bulletin, a mining drilling report, a port notice to mariners, a university research release, a sports federation
bulletin, a weather service summary), each a headline, a blank line and 2-3 paragraphs of plain text hard-wrapped at a
fixed width of 59-67 characters inside sentences, as old wire archives and plain-text releases are. The breaks fall
inside attributions ("the Norwegian low-cost\ncarrier said", "City\nManager Dana Ortiz", "the\nagency said",
"National Weather\nService said"), before a pronoun attribution ("total,\nit said"), between a figure and its
unit ("$2.3\nmillion", "4.35\npercent", "88\npercent", "A$6.4\nmillion", "two\nyears", "1.12 mln\ntonnes",
"498,100\ntonnes": the surface is then the number token alone) and after a short first line of a paragraph
("The company said it would drill\n18 more holes", "Temperatures\nare forecast").
Some sentences carry no attribution; some figures sit in headlines (never attributed there).

LABELS lists every figure of an item as (surface, said_by[, unique snippet containing the surface when the surface
occurs twice]). said_by was written blind from tests/gold/measures/GUIDE.md rule A1 alone (an attribution covers its
own sentence and the sentences of the quote it closes or continues; a later sentence is "" unless it names a source
again; the source as the nearest mention names it, a pronoun written as the name it stands for), before any code of
newsfigures was run or read; the items were then re-read once against A1 as a second pass. An independent
second pass (no code read or run) then checked every label against A1 and the text and changed none of them."""
from __future__ import annotations

ARTICLES: dict[str, str] = {
    "airline_1": (
        "Northwind Air March traffic up 8.3 pct\n"
        "\n"
        "OSLO -- Northwind Air carried 2.4 million passengers in March,\n"
        "up 8.3 percent from a year earlier, the Norwegian low-cost\n"
        "carrier said on Thursday. The load factor, the share of seats\n"
        "filled, rose 1.6 percentage points to 86.2 percent.\n"
        "\n"
        "Northwind said it had opened 11 new routes during the month and\n"
        "expected to take delivery of another six Airbus jets before the\n"
        "summer season. Capacity, measured in available seat kilometres,\n"
        "grew by 12 percent, it said.\n"
        "\n"
        "For more information please contact the Northwind press office."
    ),
    "council_1": (
        "RIVERTON COUNCIL REPORT: $48.6 million budget adopted\n"
        "\n"
        "Council members on Tuesday adopted a $48.6 million operating\n"
        "budget for the coming fiscal year, an increase of 3.1 percent\n"
        "over the current year. The plan keeps the property tax rate\n"
        "flat and adds nine positions in the parks department, City\n"
        "Manager Dana Ortiz told members before the vote.\n"
        "\n"
        "Work on the Elm Street bridge\n"
        "will close the span for about 10 weeks starting in May, Public\n"
        "Works Director Sam Reyes said. The repairs will cost $2.3\n"
        "million, most of it covered by a state grant.\n"
        "\n"
        "About 1,200 residents answered the city's online survey on a\n"
        "new east-side library, and 64 percent favoured building it\n"
        "next to the community center, the library committee reported."
    ),
    "grain_1": (
        "U.S. WHEAT EXPORT INSPECTIONS RISE TO 612,400 TONNES\n"
        "\n"
        "WASHINGTON - Inspections of U.S. wheat for export totalled\n"
        "612,400 tonnes in the week ended Thursday, up from 498,100\n"
        "tonnes the previous week, the U.S. Agriculture Department\n"
        "said in its weekly report. Corn inspections fell to 1.12 mln\n"
        "tonnes from 1.31 mln.\n"
        "\n"
        "Sorghum inspections totalled 41,200 tonnes. Cumulative wheat\n"
        "inspections for the marketing year stand at 14.8 mln tonnes,\n"
        "6 pct below the same point a year ago, the department said."
    ),
    "centralbank_1": (
        "Reserve Bank of Meridia holds cash rate at 4.35 pct\n"
        "\n"
        "The Reserve Bank of Meridia left its cash rate unchanged at 4.35\n"
        "percent on Tuesday. Headline inflation slowed to 3.4 percent in\n"
        "the year to June from 3.8 percent, the bank said in a statement.\n"
        "\n"
        "\"Inflation is still well above our 2.5 percent target,\" Governor\n"
        "Helen Marsh told reporters. \"The board remains vigilant.\"\n"
        "Unemployment rose to 4.1 percent in May and wage growth eased to\n"
        "3.6 percent, the statistics bureau reported last week.\n"
        "\n"
        "The bank said it now expects\n"
        "underlying inflation to fall to 2.9 percent by the end of next\n"
        "year, later than it had forecast in May."
    ),
    "health_1": (
        "MEASLES CASES CLIMB TO 214 IN NORTHERN PROVINCES\n"
        "\n"
        "There were 37 new measles cases in the northern provinces in\n"
        "the past week, bringing the total since January to 214, the\n"
        "Provincial Health Agency said on Friday. Eleven patients have\n"
        "been admitted to hospital, three of them to intensive care, the\n"
        "agency said.\n"
        "\n"
        "Dr. Amara Quist, the agency's chief medical officer, said\n"
        "vaccination clinics had given 5,600 doses since the outbreak\n"
        "began. Coverage among children entering school stands at 88\n"
        "percent, short of the 95 percent needed to halt spread, she\n"
        "said."
    ),
    "mining_1": (
        "Kestrel Gold reports 14.2-metre gold hit at Barrow Creek\n"
        "\n"
        "PERTH -- Kestrel Gold Ltd said on Monday that drilling at\n"
        "its Barrow Creek project had intersected 14.2 metres\n"
        "grading 6.8 grams per tonne gold from 212 metres down hole.\n"
        "Shares in Kestrel rose 9 percent in early trade.\n"
        "\n"
        "The company said it would drill\n"
        "18 more holes before the end of the quarter and had A$6.4\n"
        "million in cash to fund the program."
    ),
    "port_1": (
        "PORT OF HALDEN -- NOTICE TO MARINERS: INNER CHANNEL WORKS\n"
        "\n"
        "Dredging of the inner channel will begin on Monday and is\n"
        "expected to last about six weeks, the Halden Port Authority\n"
        "said on Friday. During the works the maximum permitted draught\n"
        "for vessels entering the port will be cut to 11.5 metres from\n"
        "13.2 metres.\n"
        "\n"
        "Vessels longer than 180 metres must take two pilots while the\n"
        "works continue, the authority said. Container throughput at\n"
        "the port reached 412,000 TEU last year, up 5 percent.\n"
        "\n"
        "Harbour master Ingrid Solberg said the dredging would remove\n"
        "roughly 900,000 cubic metres of silt, which will be deposited\n"
        "at an approved offshore site."
    ),
    "university_1": (
        "Study links 20-minute daily walk to lower dementia risk\n"
        "\n"
        "TARROW -- Adults who walked for at least 20 minutes a day were\n"
        "28 percent less likely to develop dementia during follow-up than\n"
        "those who walked less, researchers at the University of Tarrow\n"
        "reported on Wednesday.\n"
        "\n"
        "The team followed 9,450 older adults for an average of 11 years.\n"
        "During that time 587 of them were diagnosed with dementia, said\n"
        "lead author Dr. Mei Lin Tan. \"The benefit appeared even among\n"
        "people who only started walking later in life,\" she said in a\n"
        "statement.\n"
        "\n"
        "The study was funded by a 1.2 million euro grant from the\n"
        "national research council."
    ),
    "sports_1": (
        "FEDERATION BULLETIN -- Registrations reach record 48,300\n"
        "\n"
        "The National Rowing Federation said on Monday that 48,300 athletes\n"
        "had registered for the coming season, an increase of 7 percent on\n"
        "last season. Youth registrations accounted for 19,800 of the total,\n"
        "it said.\n"
        "\n"
        "The federation fined the Lakeside club 2,500 francs for fielding an\n"
        "ineligible rower at the spring regatta and suspended its coach for\n"
        "three months.\n"
        "\n"
        "Federation president Marco Brandt said the growth was driven by\n"
        "school programs. \"We expect to have 50,000 members within two\n"
        "years,\" he said."
    ),
    "weather_1": (
        "Storm dumps up to 14 inches of snow on northern counties\n"
        "\n"
        "Snowfall totals of up to 14 inches were reported in the\n"
        "northern counties by Sunday morning, the National Weather\n"
        "Service said. Wind gusts reached 58 mph at Harlow airport.\n"
        "About 23,000 homes lost power at the height of the storm,\n"
        "according to Cascade Power and Light.\n"
        "\n"
        "Temperatures\n"
        "are forecast to drop to minus 12 degrees overnight, the service\n"
        "said, and a further 3 inches of snow could fall by Tuesday. The\n"
        "storm was blamed for 41 traffic accidents on Saturday, state\n"
        "police said on Monday."
    ),
}

LABELS: dict[str, list[tuple]] = {
    "airline_1": [
        ("8.3 pct", ""),
        ("2.4 million", "the Norwegian low-cost carrier"),
        ("8.3 percent", "the Norwegian low-cost carrier"),
        ("1.6 percentage points", ""),
        ("86.2 percent", ""),
        ("11", "Northwind"),
        ("six", "Northwind"),
        ("12 percent", "Northwind"),
    ],
    "council_1": [
        ("$48.6 million", "", "REPORT: $48.6 million"),
        ("$48.6 million", "", "a $48.6 million operating"),
        ("3.1 percent", ""),
        ("nine", "City Manager Dana Ortiz"),
        ("about 10 weeks", "Public Works Director Sam Reyes"),
        ("$2.3", ""),
        ("About 1,200", "the library committee"),
        ("64 percent", "the library committee"),
    ],
    "grain_1": [
        ("612,400 TONNES", "", "RISE TO 612,400 TONNES"),
        ("612,400 tonnes", "the U.S. Agriculture Department", "612,400 tonnes in the week"),
        ("498,100", "the U.S. Agriculture Department"),
        ("1.12 mln", ""),
        ("1.31 mln", ""),
        ("41,200 tonnes", ""),
        ("14.8 mln tonnes", "the department"),
        ("6 pct", "the department"),
    ],
    "centralbank_1": [
        ("4.35 pct", ""),
        ("4.35", "", "unchanged at 4.35"),
        ("3.4 percent", "the bank"),
        ("3.8 percent", "the bank"),
        ("2.5 percent", "Governor Helen Marsh"),
        ("4.1 percent", "the statistics bureau"),
        ("3.6 percent", "the statistics bureau"),
        ("2.9 percent", "the bank"),
    ],
    "health_1": [
        ("214", "", "CLIMB TO 214"),
        ("37", "the Provincial Health Agency"),
        ("214", "the Provincial Health Agency", "since January to 214"),
        ("Eleven", "the agency"),
        ("three", "the agency"),
        ("5,600", "Dr. Amara Quist"),
        ("88", "Dr. Amara Quist"),
        ("95 percent", "Dr. Amara Quist"),
    ],
    "mining_1": [
        ("14.2-metre", ""),
        ("14.2 metres", "Kestrel Gold Ltd"),
        ("6.8 grams per tonne", "Kestrel Gold Ltd"),
        ("212 metres", "Kestrel Gold Ltd"),
        ("9 percent", ""),
        ("18", "the company"),
        ("A$6.4", "the company"),
    ],
    "port_1": [
        ("about six weeks", "the Halden Port Authority"),
        ("11.5 metres", ""),
        ("13.2 metres", ""),
        ("180 metres", "the authority"),
        ("two", "the authority"),
        ("412,000 TEU", ""),
        ("5 percent", ""),
        ("roughly 900,000 cubic metres", "Harbour master Ingrid Solberg"),
    ],
    "university_1": [
        ("20-minute", ""),
        ("at least 20 minutes", "researchers at the University of Tarrow"),
        ("28 percent", "researchers at the University of Tarrow"),
        ("9,450", ""),
        ("11 years", ""),
        ("587", "lead author Dr. Mei Lin Tan"),
        ("1.2 million euro", ""),
    ],
    "sports_1": [
        ("48,300", "", "record 48,300"),
        ("48,300", "the National Rowing Federation", "that 48,300"),
        ("7 percent", "the National Rowing Federation"),
        ("19,800", "the National Rowing Federation"),
        ("2,500 francs", ""),
        ("three months", ""),
        ("50,000", "Federation president Marco Brandt"),
        ("two", "Federation president Marco Brandt"),
    ],
    "weather_1": [
        ("up to 14 inches", "", "dumps up to 14 inches"),
        ("up to 14 inches", "the National Weather Service", "totals of up to 14 inches"),
        ("58 mph", ""),
        ("About 23,000", "Cascade Power and Light"),
        ("minus 12 degrees", "the service"),
        ("3 inches", "the service"),
        ("41", "state police"),
    ],
}
