"""Hand annotations of the gold figure set (see README.md for the guide). Run to rebuild the JSONL files.

F(doc, surface, value, qualifier, unit, counted, event, place, metric, as_of=<published>, said_by="", at=<anchor>)
N(doc, surface, why, at=<anchor>)
`at` is a verbatim anchor string (unique in the file) that contains the surface, used when the surface repeats.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _build import D, F, N, uncovered, write  # noqa: E402

KILL = ["kill", "die"]
INJ = ["injure", "wound"]
DEAD = ["people", "dead", "death", "toll", "victim", "fatality"]
YEAR = "year, not a figure"
DATE = "date, not a figure"
ORD = "ordinal, not a figure"
NAME = "number inside a name or designation"
WINDOW = "reference period of another figure, not a reported quantity"

# ---------------------------------------------------------------- Indian Ocean tsunami thread (Wikinews)
D("wn:080")
N("wn:080", "27", DATE, at="December 27, 2004")
N("wn:080", "2004", YEAR, at="December 27, 2004")
N("wn:080", "25", DATE, at="January 25, 2005")
N("wn:080", "2005", YEAR, at="January 25, 2005")

T = "indian_ocean_tsunami"
F("wn:081", "nears 60,000", 60000, "nearly", "", DEAD, KILL, "", f"{T}.deaths.total", at="toll nears 60,000")
N("wn:081", "28", DATE, at="December 28, 2004")
F("wn:081", "a dozen", 12, "approx", "", ["nation", "country"], ["affect", "hit", "strike"], "",
  f"{T}.countries.affected")
F("wn:081", "nearly 60,000", 60000, "nearly", "", ["people", "dead"], KILL, "", f"{T}.deaths.total",
  at="risen to nearly 60,000 people")
F("wn:081", "as many as an additional 60,000", 60000, "at_most", "", ["people"], ["perish", "die", "kill"], "",
  f"{T}.deaths.projected_disease.increment", said_by="Health experts, such as Dr. David Nabarro",
  note="projection of additional deaths from disease")

F("wn:085", "passes 80,000", 80000, "more_than", "", ["people", "toll", "dead"], KILL, "", f"{T}.deaths.total",
  at="Tsunami toll passes 80,000")
N("wn:085", "29", DATE, at="December 29, 2004")
F("wn:085", "passing 80,000", 80000, "more_than", "", ["people", "toll", "dead", "death"], KILL, "",
  f"{T}.deaths.total", said_by="several news agencies")
F("wn:085", "over 100,000", 100000, "more_than", "", ["toll", "people", "death", "dead"], KILL, "",
  f"{T}.deaths.total.projected", said_by="A spokesman for the Red Cross")
F("wn:085", "approach 80,000", 80000, "nearly", "", ["toll", "death", "people", "dead"], KILL, "Indonesia",
  f"{T}.deaths.indonesia.projected", said_by="a U.N. official")
F("wn:085", "5 million", 5000000, "exact", "", ["people"], ["lack"], "", f"{T}.people.lacking_basics",
  said_by="The World Health Organization (WHO)")

N("wn:094", "31", DATE, at="December 31, 2004")
N("wn:094", "one", "'one of the ...', not a figure", at="one of the most generous")
F("wn:094", "$350 million", 350e6, "exact", "USD", ["aid", "pledge"], ["pledge"], "United States",
  f"{T}.aid.pledged.united_states")
F("wn:094", "$177 million", 177e6, "exact", "USD", ["money", "spending"], ["spend"], "Iraq",
  "iraq_war.spending.daily", note="per-day rate; 'every day' is part of the metric")
F("wn:094", "$500 million", 500e6, "exact", "USD", ["pledge", "aid"], ["pledge", "make"], "Japan",
  f"{T}.aid.pledged.japan")
F("wn:094", "more than $8 million", 8e6, "more_than", "USD", ["money", "donation"], ["collect", "donate"],
  "Amazon.com", f"{T}.donations.amazon")
F("wn:094", "100,000", 100000, "exact", "", ["people", "donor"], ["donate", "collect"], "Amazon.com",
  f"{T}.donors.amazon")
N("wn:094", "31st", DATE, at="December 31st")
F("wn:094", "12,000", 12000, "exact", "", ["donor"], ["donate"], "Yahoo.com", f"{T}.donors.yahoo")
F("wn:094", "over $1.2 million", 1.2e6, "more_than", "USD", ["money", "donation"], ["donate"], "Yahoo.com",
  f"{T}.donations.yahoo")
F("wn:094", "Scores", None, "vague", "", ["organization"], ["accept"], "", f"{T}.aid_organizations.accepting")

N("wn:095", "3", DATE, at="January 3, 2005")
N("wn:095", "2005", YEAR, at="January 3, 2005")
F("wn:095", "up to two weeks", 2, "at_most", "week", ["delay", "place", "aid"], ["receive"], "",
  f"{T}.aid.delay", note="duration reported as a quantity")
F("wn:095", "About 12", 12, "approx", "", ["helicopter"], ["involve"], "Aceh", f"{T}.helicopters.aceh")

D("wn:098")
N("wn:098", "30", DATE, at="since December 30")
N("wn:098", "1300 735 683", "phone number")

# ---------------------------------------------------------------- Asteroid 2004 MN4 thread (Wikinews)
A = "asteroid_2004_mn4"
N("wn:075", "2004", NAME + " (asteroid designation 2004 MN4)", at="asteroid 2004 MN4")
F("wn:075", "4", 4, "exact", "torino_scale", ["rating", "risk", "score"], ["reach"], "", f"{A}.torino_rating",
  at="hazard rating 4", as_of="2004-12-24")
F("wn:075", "2 out of 10", 2, "exact", "torino_scale", ["score", "rating", "risk"], [], "", f"{A}.torino_rating",
  at="initially 2 out of 10", as_of="", is_past=True)
N("wn:075", "2004", NAME + " (asteroid designation 2004 MN4)", at="2 out of 10. 2004 MN4")
N("wn:075", "14", DATE, at="April 14, 2029")
N("wn:075", "2029", YEAR, at="April 14, 2029")
N("wn:075", "4", "inside an HTML editor comment, not article text", at="shown as 4 right now")

N("wn:087", "2004", NAME + " (asteroid designation)", at="MN4 2004 asteroid")
N("wn:087", "29", DATE, at="December 29\n")
N("wn:087", "2004", NAME + " (asteroid designation)", at="program, 2004 MN4".replace("program", "Program"))
F("wn:087", "zero", 0, "exact", "torino_scale", ["risk", "rating", "score"], ["correct"], "", f"{A}.torino_rating",
  at="downward to zero on", said_by="NASA's Near Earth Object Program")
N("wn:087", "zero", "definition of the scale, not a reported quantity", at="A score of zero means")
N("wn:087", "2004", NAME + " (asteroid designation)", at="2004 MN4 was once")
F("wn:087", "2 out of 10", 2, "exact", "torino_scale", ["risk", "rating", "score"], ["calculate"], "",
  f"{A}.torino_rating", as_of="", is_past=True)
F("wn:087", "4", 4, "exact", "torino_scale", ["rank", "rating", "score", "level"], ["upgrade"], "",
  f"{A}.torino_rating", at="Level 4 Dec. 24", as_of="2004-12-24", is_past=True)
N("wn:087", "24", DATE, at="Level 4 Dec. 24")
F("wn:087", "1 in 37", 1 / 37, "exact", "probability", ["chance", "probability"], ["strike", "hit"], "",
  f"{A}.impact_probability", as_of="", is_past=True)
N("wn:087", "one", "'one of the ...', not a figure", at="make one of the closest")
N("wn:087", "21st", ORD, at="21st century")
N("wn:087", "2004", NAME + " (asteroid designation)", at="asteroid 2004 MN4 reaches")
N("wn:087", "4", NAME + " (quoted headline of an earlier article)", at="hazard rating 4]]")
N("wn:087", "24", DATE, at="(December 24, 2004)")
N("wn:087", "2004", YEAR, at="(December 24, 2004)")

# ---------------------------------------------------------------- Money / K / B shorthand (Wikinews)
F("wn:008", "roughly 1B", 1e9, "approx", "USD", ["fund", "profit", "money"], ["profit", "take"], "",
  "oil_for_food.saddam_profit", as_of="", note="currency implied (US dollars); no publication date")

K = "kmart_sears"
F("wn:025", "US$11 billion", 11e9, "exact", "USD", ["deal", "purchase", "sears"], ["buy"], "", f"{K}.deal_value")
N("wn:025", "17", DATE, at="November 17, 2004")
N("wn:025", "2004", YEAR, at="November 17, 2004")
F("wn:025", "$11.5bn", 11.5e9, "exact", "USD", ["deal", "cost"], ["cost"], "", f"{K}.deal_value")
N("wn:025", "three", "rank ('number three'), not a figure", at="number three")
F("wn:025", "$55 billion", 55e9, "exact", "USD", ["revenue"], [], "", f"{K}.annual_revenue")
F("wn:025", "nearly 3,500", 3500, "nearly", "", ["store"], [], "", f"{K}.stores")
F("wn:025", "up to $500 million", 500e6, "at_most", "USD", ["saving"], ["promise", "save"], "",
  f"{K}.annual_savings", said_by="Sears CEO Alan Lacy", note="per year")
N("wn:025", "three", WINDOW, at="within three years")
F("wn:025", "two", 2, "exact", "", ["store", "company"], [], "", f"{K}.companies", at="the two stores")
F("wn:025", "22 percent", 22, "exact", "percent", ["share", "sears", "stock"], ["rise", "soar", "up"], "Sears",
  f"{K}.share_change.sears")
F("wn:025", "15 percent", 15, "exact", "percent", ["share", "kmart", "stock"], ["gain", "rise", "soar"], "Kmart",
  f"{K}.share_change.kmart")

M = "mumbai_demolition"
F("wn:076", "39K", 39000, "exact", "", ["shanty"], ["demolish"], "", f"{M}.shanties.demolished")
F("wn:076", "200K", 200000, "exact", "", ["homeless", "people"], ["displace"], "", f"{M}.people.displaced")
N("wn:076", "25", DATE, at="December 25, 2004")
N("wn:076", "2004", YEAR, at="December 25, 2004")
F("wn:076", "over 6,000", 6000, "more_than", "", ["shanty"], ["demolish"], "", f"{M}.shanties.demolished.increment")
F("wn:076", "39,000", 39000, "exact", "", ["shanty"], ["flatten", "demolish"], "", f"{M}.shanties.demolished")
F("wn:076", "over 200,000", 200000, "more_than", "", ["people"], ["displace"], "", f"{M}.people.displaced")
F("wn:076", "over 2 million", 2e6, "more_than", "", ["people"], ["displace", "expect"], "",
  f"{M}.people.displaced.projected")
F("wn:076", "62 percent", 62, "exact", "percent", ["housing", "shanty"], ["make"], "Mumbai",
  "mumbai.housing.shanty_share")
F("wn:076", "6,200", 6200, "exact", "", ["home"], ["flatten", "demolish"], "", f"{M}.shanties.demolished.increment",
  said_by="the Indian Express")

# ---------------------------------------------------------------- other number-rich Wikinews articles
DL = "delta4_heavy"
N("wn:053", "4", NAME + " (Delta 4)", at="Delta 4 Heavy rocket poised")
N("wn:053", "13", DATE, at="December 13, 2004")
N("wn:053", "2004", YEAR, at="December 13, 2004")
F("wn:053", "three days", 3, "exact", "day", ["day", "launch opportunity", "opportunity"], ["miss"], "",
  f"{DL}.missed_launch_days", note="count of consecutive days")
N("wn:053", "12", DATE, at="December 12)")
N("wn:053", "20", DATE, at="Dec. 20 or 21")
N("wn:053", "21", DATE, at="Dec. 20 or 21")
N("wn:053", "37B", NAME + " (launch pad SLC-37B)", at="SLC-37B")
N("wn:053", "4", NAME + " (Delta 4)", at="The Delta 4 was developed")
F("wn:053", "two", 2, "exact", "", ["stage"], [], "", f"{DL}.stages", at="is a two stage")
N("wn:053", "2", "chemical formula (LH2)", at="LH<sub>2</sub>")
F("wn:053", "Two", 2, "exact", "", ["obstacle"], ["plague"], "", f"{DL}.obstacles", at="Two major obstacles")
N("wn:053", "2001", YEAR, at="in 2001")
N("wn:053", "4", NAME + " (Delta 4)", at="the Delta 4 rocket can")
F("wn:053", "13,100 kg", 13100, "exact", "kg", ["payload", "capacity", "mass"], ["place", "lift"], "",
  f"{DL}.payload_gto")
F("wn:053", "28,950 Lb", 28950, "exact", "lb", ["payload", "capacity", "mass"], ["place", "lift"], "",
  f"{DL}.payload_gto")
F("wn:053", "Two", 2, "exact", "", ["core"], ["use"], "", f"{DL}.strap_on_cores", at="Two additional first stage")
N("wn:053", "first", ORD, at="additional first stage cores")
F("wn:053", "2,900,000 N", 2900000, "exact", "newton", ["thrust"], [], "", f"{DL}.booster_thrust")
F("wn:053", "656,000 lb", 656000, "exact", "lbf", ["thrust"], [], "", f"{DL}.booster_thrust")
N("wn:053", "4", NAME + " (Delta 4)", at="Delta 4's main engine")
N("wn:053", "RS68", NAME + " (engine RS68)", at="the RS68,")
F("wn:053", "approximately three times", 3, "approx", "times", ["power", "engine"], [], "", "rs68.power_vs_vulcain")
N("wn:053", "5", NAME + " (Ariane 5)", at="Ariane 5")
N("wn:053", "HM60", NAME + " (engine HM60)")
F("wn:053", "365s", 365, "exact", "second", ["impulse", "specific impulse"], [], "sea level", "rs68.isp.sea_level")
F("wn:053", "410s", 410, "exact", "second", ["impulse", "specific impulse"], [], "vacuum", "rs68.isp.vacuum")
N("wn:053", "10B-2", NAME + " (engine RL-10B-2)", at="RL-10B-2")
F("wn:053", "462s", 462, "exact", "second", ["impulse", "specific impulse"], [], "", "rl10b2.isp")
N("wn:053", "4", NAME + " (Titan 4)", at="launched on the Titan 4,")
N("wn:053", "4", NAME + " (Delta 4)", at="The Delta 4 Heavy's published")
F("wn:053", "$170 million", 170e6, "exact", "USD", ["cost", "launch cost"], [], "", f"{DL}.launch_cost")
N("wn:053", "4", NAME + " (Titan 4)", at="the Titan 4's $400")
F("wn:053", "$400 million", 400e6, "exact", "USD", ["cost", "launch cost"], [], "Titan 4", "titan4.launch_cost",
  as_of="1999", note="in 1999 dollars")
N("wn:053", "1999", YEAR, at="(1999 dollars)")
N("wn:053", "4", NAME + " (Delta 4)", at="Delta 4 Heavy's maiden")
F("wn:053", "two", 2, "exact", "", ["nano-satellite", "satellite"], ["carry"], "", f"{DL}.nanosatellites",
  at="and two nano-satellites")
F("wn:053", "6020 kg", 6020, "exact", "kg", ["mass", "payload", "demosat"], [], "", f"{DL}.demosat_mass")
F("wn:053", "13271 lb", 13271, "exact", "lb", ["mass", "payload", "demosat"], [], "", f"{DL}.demosat_mass")
F("wn:053", "two", 2, "exact", "", ["nano-satellite", "satellite"], [], "", f"{DL}.nanosatellites",
  at="The two nano-satellites")
N("wn:053", "2", NAME + " (Nanosat-2 Program)", at="Nanosat-2")
N("wn:053", "first", ORD, at="The first new heavy")

SS = "social_security"
N("wn:097", "4", DATE, at="January 4, 2005")
N("wn:097", "2005", YEAR, at="January 4, 2005")
N("wn:097", "2005", YEAR, at="March 2005")
N("wn:097", "401", NAME + " (401(k) plan)", at="401(k)s")
F("wn:097", "almost half", 0.5, "nearly", "fraction", ["benefit"], ["guarantee"], "",
  f"{SS}.benefits_not_guaranteed_share", note="'will not be guaranteed by the year 2075'")
N("wn:097", "2075", YEAR, at="by the year 2075")
N("wn:097", "2001", YEAR, at="his 2001 Commission")
F("wn:097", "35", 35, "exact", "", ["year"], ["average"], "", f"{SS}.benefit_formula.years_averaged")
F("wn:097", "trillions", None, "vague", "USD", ["cost", "dollar"], ["cut"], "", f"{SS}.cost_cut")
F("wn:097", "9.9%", 9.9, "exact", "percent", ["cut", "benefit"], ["cut"], "workers retiring in 2022",
  f"{SS}.benefit_cut.retiring_2022")
N("wn:097", "2022", YEAR, at="retiring in 2022")
F("wn:097", "over 25%", 25, "more_than", "percent", ["cut", "benefit"], ["cut"], "workers retiring in 2042",
  f"{SS}.benefit_cut.retiring_2042")
N("wn:097", "2042", YEAR, at="retiring in 2042")
F("wn:097", "46%", 46, "exact", "percent", ["cut", "benefit"], ["cut"], "workers retiring in 2075",
  f"{SS}.benefit_cut.retiring_2075")
N("wn:097", "2075", YEAR, at="retiring in 2075.")
F("wn:097", "42 percent", 42, "exact", "percent", ["benefit", "earnings"], ["equal"], "",
  f"{SS}.replacement_rate.current", said_by="Rother")
F("wn:097", "65", 65, "exact", "year", ["age"], ["retire"], "", f"{SS}.retirement_age", said_by="Rother")
F("wn:097", "20%", 20, "exact", "percent", ["benefit", "earnings"], ["reduce"], "", f"{SS}.replacement_rate.future",
  said_by="Rother")

V = "valech_report"
F("wn:045", "more than 35,000", 35000, "more_than", "", ["people", "respondent"], ["testify", "give"], "",
  f"{V}.respondents.total", as_of="")
F("wn:045", "A little over 27,000", 27000, "more_than", "", ["testimony"], ["regard"], "",
  f"{V}.testimonies.legitimate", as_of="", said_by="the commission")
N("wn:045", "28", DATE, at="November 28, 2004")
N("wn:045", "2004", YEAR, at="November 28, 2004")
F("wn:045", "3,399", 3399, "exact", "", ["woman"], ["testify", "hear"], "", f"{V}.women.testified", as_of="")
F("wn:045", "316", 316, "exact", "", ["woman"], ["rape"], "", f"{V}.women.raped", as_of="")
F("wn:045", "229", 229, "exact", "", ["woman"], ["detain"], "", f"{V}.women.detained_pregnant", as_of="")
F("wn:045", "20", 20, "exact", "", ["woman"], ["abort"], "", f"{V}.women.aborted", as_of="")
F("wn:045", "15", 15, "exact", "", ["woman"], ["give birth", "give", "bear"], "", f"{V}.women.gave_birth_in_prison",
  as_of="")
F("wn:045", "Thirteen", 13, "exact", "", ["woman"], ["make pregnant", "impregnate", "make"], "",
  f"{V}.women.made_pregnant", as_of="")
F("wn:045", "six", 6, "exact", "", ["pregnancy"], ["come to term", "come"], "", f"{V}.pregnancies.to_term", as_of="")
F("wn:045", "More than 18,000", 18000, "more_than", "", ["respondent"], ["detain"], "", f"{V}.detained.1973",
  as_of="")
F("wn:045", "35,868", 35868, "exact", "", ["respondent"], [], "", f"{V}.respondents.total", as_of="")
N("wn:045", "1973", YEAR, at="December 1973")
F("wn:045", "More than 5,266", 5266, "more_than", "", ["respondent", "prisoner"], ["detain"], "",
  f"{V}.detained.1974_1977", as_of="")
N("wn:045", "1974", YEAR, at="January 1974")
N("wn:045", "1977", YEAR, at="August 1977, when")
N("wn:045", "1974", YEAR, at="June 1974")
F("wn:045", "Almost 4,000", 4000, "nearly", "", ["respondent", "person"], ["detain"], "", f"{V}.detained.1977_1990",
  as_of="")
N("wn:045", "1977", YEAR, at="August 1977 and")
N("wn:045", "1990", YEAR, at="March 1990")
F("wn:045", "3,059", 3059, "exact", "", ["case", "detainee"], ["keep"], "CNI facilities", f"{V}.detained.cni_facilities",
  as_of="")

SP = "spam_origin"
N("wn:083", "28", DATE, at="December 28, 2004")
N("wn:083", "2004", YEAR, at="December 28, 2004")
F("wn:083", "over 42%", 42, "more_than", "percent", ["spam"], ["originate"], "United States", f"{SP}.share.united_states",
  said_by="an anti-spam research company Sophos")
F("wn:083", "13%", 13, "exact", "percent", ["spam"], ["originate"], "South Korea", f"{SP}.share.south_korea",
  said_by="an anti-spam research company Sophos")
F("wn:083", "8%", 8, "exact", "percent", ["spam"], ["originate"], "China", f"{SP}.share.china",
  said_by="an anti-spam research company Sophos")
F("wn:083", "slightly over 25%", 25, "more_than", "percent", ["usage", "internet usage"], [], "United States",
  "internet_usage.share.united_states")
F("wn:083", "about 4%", 4, "approx", "percent", ["user", "internet user"], [], "South Korea",
  "internet_usage.share.south_korea")
F("wn:083", "11%", 11, "approx", "percent", ["user", "internet user"], [], "China", "internet_usage.share.china",
  note="'about' distributes over 'about 4% and 11%'")

U = "ukraine_2004_rerun"
N("wn:079", "27", DATE, at="December 27, 2004")
N("wn:079", "2004", YEAR, at="December 27, 2004")
F("wn:079", "52%", 52, "exact", "percent", ["vote"], ["lead"], "Viktor Yushchenko", f"{U}.vote_share.yushchenko",
  said_by="Unofficial results")
F("wn:079", "44%", 44, "exact", "percent", ["vote"], [], "Viktor Yanukovich", f"{U}.vote_share.yanukovich",
  said_by="Unofficial results")
F("wn:079", "roughly 2.2 million", 2.2e6, "approx", "", ["vote"], [], "", f"{U}.vote_margin",
  said_by="Unofficial results")
N("wn:079", "second", ORD, at="the second run-off")
N("wn:079", "21", DATE, at="November 21, 2004")
N("wn:079", "2004", YEAR, at="November 21, 2004")
F("wn:079", "in excess of 100%", 100, "more_than", "percent", ["turnout"], [], "some regions",
  "ukraine_2004_runoff.turnout.some_regions", as_of="2004-11-21", is_past=True)

BSE = "bse_sensex"
N("wn:096", "3", DATE, at="January 3, 2005")
N("wn:096", "2005", YEAR, at="January 3, 2005")
F("wn:096", "30", 30, "exact", "", ["stock"], [], "", f"{BSE}.constituents", at="The 30-Stock")
F("wn:096", "6,679.20", 6679.20, "exact", "point", ["index", "high"], ["close"], "", f"{BSE}.close")
F("wn:096", "76.51 points", 76.51, "exact", "point", ["point", "index"], ["gain"], "", f"{BSE}.daily_gain")
F("wn:096", "6602.69 points", 6602.69, "exact", "point", ["high", "index"], ["close"], "", f"{BSE}.close",
  as_of="2004-12-31", is_past=True)
F("wn:096", "2,100", 2100, "exact", "point", ["mark", "nifty", "index"], ["breach"], "", "nse_nifty.threshold")
F("wn:096", "2,115", 2115, "exact", "point", ["nifty", "index"], ["close"], "", "nse_nifty.close")
F("wn:096", "34.50 points", 34.50, "exact", "point", ["gain", "point"], ["register", "gain"], "", "nse_nifty.weekly_gain")

SA = "south_american_community"
N("wn:065", "2004", YEAR, at="December 2004<br />")
N("wn:065", "8", DATE, at="on 8 December")
F("wn:065", "Two", 2, "exact", "", ["bloc", "trade bloc"], ["combine"], "", f"{SA}.blocs_merged", as_of="")
F("wn:065", "three", 3, "exact", "", ["state"], ["include"], "", f"{SA}.states_added", as_of="")
N("wn:065", "7-9", DATE, at="between 7-9 December")
F("wn:065", "two-page", 2, "exact", "page", ["preamble", "page"], [], "", f"{SA}.preamble_pages", as_of="",
  note="page count is a quantity, unlike a page number")
N("wn:065", "second", ORD, at="on the second day")
N("wn:065", "1824", YEAR, at="an 1824 decisive")
N("wn:065", "2000", YEAR, at="September 2000")
N("wn:065", "2002", YEAR, at="July 2002")
N("wn:065", "1969", YEAR, at="established in 1969")
N("wn:065", "1991", YEAR, at="(1991)")
F("wn:065", "two", 2, "exact", "", ["country"], ["join"], "", f"{SA}.countries_not_joining", as_of="",
  at="two small northeastern")
N("wn:065", "1996", YEAR, at="since 1996")
N("wn:065", "1969", YEAR, at="inception in 1969")
F("wn:065", "six years", 6, "exact", "year", ["time", "membership"], ["withdraw"], "Chile",
  f"{SA}.chile_andean_membership_years", as_of="")
F("wn:065", "70%", 70, "exact", "percent", ["gdp"], ["attribute"], "Chile", "chile.gdp_foreign_trade_share", as_of="")
F("wn:065", "32", 32, "exact", "", ["project", "construction project"], ["approve"], "", f"{SA}.projects_approved",
  as_of="")
F("wn:065", "US$4.3bn", 4.3e9, "exact", "USD", ["project", "worth"], [], "", f"{SA}.projects_approved.value", as_of="")
N("wn:065", "five", WINDOW, at="US$4.3bn over five years")
F("wn:065", "US$700m", 700e6, "exact", "USD", ["highway", "road"], [], "", f"{SA}.largest_project.cost", as_of="")
N("wn:065", "five", WINDOW + " (quoted)", at="over five years,\" said")
F("wn:065", "350", 350, "exact", "", ["project", "infrastructure project"], ["identify"], "",
  f"{SA}.potential_projects", as_of="", said_by="Wagner")
F("wn:065", "US$200bn", 200e9, "exact", "USD", ["cost", "project"], [], "", f"{SA}.potential_projects.cost",
  as_of="", said_by="Wagner")
N("wn:065", "2005", YEAR, at="April of 2005")
N("wn:065", "2005", YEAR, at="begin in 2005")
N("wn:065", "Third", ORD, at="at Third South American Summit")
N("wn:065", "Third", ORD, at="at the Third South American Summit")
N("wn:065", "Second", ORD, at="The First and Second")
N("wn:065", "Second", ORD, at="A Second SACN")

SO = "soa_protest"
N("wn:037", "1997", YEAR, at="the 1997 documentary")
F("wn:037", "27-year-old", 27, "exact", "year", ["age"], [], "", f"{SO}.nadeau_age", as_of="")
N("wn:037", "1946", YEAR)
N("wn:037", "1949", YEAR)
N("wn:037", "1963", YEAR)
N("wn:037", "1984", YEAR)
N("wn:037", "2000", YEAR, at="end of 2000")
N("wn:037", "2001", YEAR, at="In 2001")
N("wn:037", "80", "decade ('80's'), not a figure", at="80's")
N("wn:037", "1935-1972", "year range, not a figure")
N("wn:037", "1961-2003", "year range, not a figure")
N("wn:037", "16", DATE, at="November 16 1989")
N("wn:037", "1989", YEAR, at="November 16 1989")
F("wn:037", "six", 6, "exact", "", ["priest", "jesuit priest"], ["kill"], "", f"{SO}.uca_killing.priests",
  as_of="1989-11-16")
F("wn:037", "27", 27, "exact", "", ["soldier"], ["cite"], "", f"{SO}.uca_killing.soldiers_cited", as_of="1993",
  at="Of the 27 soldiers",
  said_by="a 1993 UN Truth Commission")
N("wn:037", "1993", YEAR, at="a 1993 UN")
F("wn:037", "19", 19, "exact", "", ["graduate", "soldier"], [], "", f"{SO}.uca_killing.soa_graduates", as_of="1993",
  said_by="a 1993 UN Truth Commission")
F("wn:037", "11", 11, "exact", "", ["dictator"], ["list"], "", f"{SO}.dictator_graduates", as_of="", said_by="SOAW")
F("wn:037", "thousands", None, "vague", "", ["soldier"], ["train"], "", f"{SO}.soldiers_trained", as_of="",
  said_by="SOA officials")
F("wn:037", "about 300", 300, "approx", "", ["soldier", "graduate"], ["accuse"], "", f"{SO}.graduates_accused",
  as_of="", said_by="SOA officials")
F("wn:037", "10,000", 10000, "exact", "", ["people", "protester"], ["have"], "", f"{SO}.hypothetical",
  at="have 10,000, then", as_of="", said_by="organizer Miriam Tidwell", note="hypothetical, in a quote")
F("wn:037", "10,001", 10001, "exact", "", ["people", "supporter"], ["have"], "", f"{SO}.hypothetical",
  as_of="", said_by="organizer Miriam Tidwell", note="hypothetical, in a quote")
F("wn:037", "between 10,000 and 15,000", None, "range", "", ["attendance", "people", "figure"], ["attend"], "",
  f"{SO}.counter_demonstration.attendance", low=10000, high=15000, as_of="", said_by="Unverified reports")
F("wn:037", "approximately $8 million", 8e6, "approx", "USD", ["budget"], ["operate"], "", "whinsec.annual_budget",
  as_of="")
F("wn:037", "8 hours", 8, "exact", "hour", ["training"], ["mandate", "include"], "", "whinsec.human_rights_training",
  as_of="")

N("wn:056", "4", DATE, at="December 4, 2004")
N("wn:056", "2004", YEAR, at="December 4, 2004")
F("wn:056", "one", 1, "exact", "", ["man"], ["kill"], "", "mst_attack_rondonia.deaths", at="kills one man")
F("wn:056", "51 years old", 51, "exact", "year", ["age"], [], "", "mst_attack_rondonia.victim_age")
F("wn:056", "820 km", 820, "exact", "km", ["distance"], [], "", "noroeste_farm.distance_to_porto_velho")
F("wn:056", "510 miles", 510, "exact", "mile", ["distance"], [], "", "noroeste_farm.distance_to_porto_velho")
F("wn:056", "two", 2, "exact", "", ["man"], ["down", "attack"], "", "mst_attack_rondonia.men_attacked",
  at="the two men")
N("wn:056", "1984", YEAR, at="in 1984")
N("wn:056", "2003", YEAR, at="In 2003")
F("wn:056", "632", 632, "exact", "", ["camp"], [], "Brazil", "mst.camps", as_of="2003")
F("wn:056", "116,382", 116382, "exact", "", ["family"], ["contain"], "Brazil", "mst.families_in_camps", as_of="2003")

BC = "bush_canada_visit"
N("wn:048", "30", DATE, at="November 30, 2004")
N("wn:048", "2004", YEAR, at="November 30, 2004")
N("wn:048", "2003", YEAR, at="Iraq in 2003")
N("wn:048", "29th", DATE, at="the 29th")
F("wn:048", "15,000", 15000, "exact", "", ["people", "protester"], ["march"], "Ottawa", f"{BC}.protesters.ottawa",
  said_by="The Indymedia group of websites", note="'They also report'; 'on the 30th' = publication date")
N("wn:048", "30th", DATE, at="the 30th")
N("wn:048", "five", "figure of speech in a quote ('all five fingers'), not a reported quantity")
F("wn:048", "26-hour", 26, "exact", "hour", ["visit"], [], "", f"{BC}.duration")
N("wn:048", "11", DATE, at="September 11, 2001")
N("wn:048", "2001", YEAR, at="September 11, 2001")
F("wn:048", "more than 200", 200, "more_than", "", ["flight"], ["divert"], "", "sept11.flights_diverted_to_canada",
  as_of="2001-09-11", is_past=True)
F("wn:048", "Thousands", None, "vague", "", ["american", "people"], ["shelter"], "Halifax",
  "sept11.americans_sheltered_canada", as_of="2001-09-11", is_past=True)

NB = "nobel_peace_2004"
N("wn:066", "2004", YEAR, at="The 2004 Nobel")
N("wn:066", "10", DATE, at="December 10, 2004")
N("wn:066", "2004", YEAR, at="December 10, 2004")
N("wn:066", "12th", ORD)
N("wn:066", "1901", YEAR)
F("wn:066", "seven years", 7, "exact", "year", ["tenure", "time"], ["direct", "be"], "", f"{NB}.maathai_red_cross_years",
  as_of="", is_past=True)
N("wn:066", "1997", YEAR, at="founding in 1997")
F("wn:066", "over 30 million", 30e6, "more_than", "", ["tree"], ["plant"], "", "green_belt_movement.trees_planted",
  said_by="the organization")
F("wn:066", "thousands", None, "vague", "", ["woman"], ["employ"], "", "green_belt_movement.women_employed",
  said_by="the organization")
N("wn:066", "1999", YEAR, at="Courier in 1999")
F("wn:066", "10 million Swedish Kronor", 10e6, "exact", "SEK", ["cash", "component", "prize"], ["include"], "",
  f"{NB}.prize_money")
F("wn:066", "approximately US$1.4 million", 1.4e6, "approx", "USD", ["cash", "component", "prize"], ["include"], "",
  f"{NB}.prize_money_usd")
N("wn:066", "1997", YEAR, at="In 1997 Dr")
N("wn:066", "2002", YEAR, at="In 2002")

JA = "japan_oda_china"
F("wn:021", "$8.9bn", 8.9e9, "exact", "USD", ["assistance", "aid"], ["total"], "China", f"{JA}.annual", as_of="")
F("wn:021", "30%", 30, "exact", "percent", ["aid", "assistance"], ["decline", "down"], "China",
  f"{JA}.change_since_1997", as_of="")
N("wn:021", "1997", YEAR, at="from 1997")
N("wn:021", "fourth", ORD)
N("wn:021", "2003", YEAR, at="as of 2003")
F("wn:021", "$30bn", 30e9, "exact", "USD", ["loan"], ["total"], "China", f"{JA}.loans_to_date", as_of="")
N("wn:021", "1980s", "decade, not a figure")
F("wn:021", "$221bn", 221e9, "exact", "USD", ["expenditure"], ["reach", "distribute"], "", "japan_oda.total_expenditure",
  as_of="")
F("wn:021", "185", 185, "exact", "", ["nation"], ["distribute", "receive"], "", "japan_oda.recipient_nations", as_of="")

AY = "asteroid_2004_yd5"
F("wn:073", "16 Foot", 16, "exact", "foot", ["asteroid", "size", "width"], [], "", f"{AY}.width")
N("wn:073", "22", DATE, at="December 22, 2004")
N("wn:073", "2004", YEAR, at="December 22, 2004")
F("wn:073", "22,300 miles", 22300, "exact", "mile", ["orbit", "altitude"], [], "", "geostationary_orbit.altitude")
F("wn:073", "36,000 kilometers", 36000, "exact", "km", ["orbit", "altitude"], [], "", "geostationary_orbit.altitude")
N("wn:073", "19", DATE, at="Dec. 19")
N("wn:073", "2004", NAME + " (asteroid designation 2004 YD5)", at="named 2004 YD5")
F("wn:073", "roughly 16 feet", 16, "approx", "foot", ["asteroid", "width"], [], "", f"{AY}.width")
F("wn:073", "5 meters", 5, "approx", "meter", ["asteroid", "width"], [], "", f"{AY}.width",
  note="'roughly' applies to the converted value too")
N("wn:073", "2004", NAME + " (asteroid designation 2004 YD5)", at="2004 YD5 approached")

BO = "box_office_jan_2005"
N("wn:100", "7", DATE, at="January 7, 2005")
N("wn:100", "2005", YEAR, at="January 7, 2005")
F("wn:100", "two weekends", 2, "exact", "weekend", ["weekend", "domination"], ["dominate"], "Meet the Fockers",
  f"{BO}.fockers_weekends_at_top")
F("wn:100", "at least 1,000", 1000, "at_least", "", ["theatre", "theater"], ["open", "play"], "",
  "box_office.wide_release_threshold")
N("wn:100", "1992", YEAR, at="since 1992")
F("wn:100", "87 percent", 87, "exact", "percent", ["critic", "film critic"], ["give"], "", f"{BO}.white_noise_bad_reviews",
  said_by="web site RottenTomatoes.com")
F("wn:100", "five", 5, "exact", "", ["film"], ["have"], "", f"{BO}.films_wider_release", at="five other films")
N("wn:100", "2000", YEAR, at="2000's Meet")
F("wn:100", "about 1,000 more", 1000, "approx", "", ["theatre", "theater"], ["play"], "Meet the Fockers",
  f"{BO}.fockers_extra_theatres", note="'more' = difference, not a qualifier")
N("wn:100", "third", ORD, at="a third weekend")
F("wn:100", "$186.5 million", 186.5e6, "exact", "USD", ["gross", "money"], ["make"], "Meet the Fockers",
  f"{BO}.fockers_gross", said_by="Box Office Mojo")
N("wn:100", "22", DATE, at="Dec. 22")

# ---------------------------------------------------------------- North Korean troops in Russia (current events)
NK = "nk_troops_russia"
D("nk:2024-10-13_1")
F("nk:2024-10-16_1", "around 3,000", 3000, "approx", "", ["troop", "soldier"], ["train", "send", "deploy"], "",
  f"{NK}.soldiers.sent", said_by="a senior Ukrainian intelligence official")
D("nk:2024-10-18_1")
F("nk:2024-10-23_1", "up to 10,000", 10000, "at_most", "", ["troop", "soldier"], ["send", "promise"], "",
  f"{NK}.soldiers.sent", said_by="South Korea")
N("nk:2024-10-25_1", "first", ORD)
N("nk:2024-10-31_1", "zero", "idiom in a quote ('zero response'), not a count")
N("nk:2024-11-04_1", "first", ORD)
N("nk:2024-12-27_1", "first", ORD)
F("nk:2025-01-11_1", "two", 2, "exact", "", ["soldier"], ["capture"], "", f"{NK}.soldiers.captured",
  at="captured two North Korean")
N("nk:2025-01-11_1", "first", ORD)
F("nk:2025-01-11_1", "two", 2, "exact", "", ["prisoner", "prisoner of war", "soldier"], ["die"], "",
  f"{NK}.prisoners.died", at="the two previous", is_past=True)
F("nk:2025-03-27_1", "3,000", 3000, "exact", "", ["soldier", "troop"], ["send"], "", f"{NK}.soldiers.sent.increment",
  said_by="South Korea’s military")
D("nk:2025-04-27_1")
F("nk:2025-04-30_1", "around 4,700", 4700, "approx", "", ["casualty"], ["suffer", "wound", "kill"], "",
  f"{NK}.soldiers.casualties", said_by="South Korean intelligence")
F("nk:2025-04-30_1", "about 600", 600, "approx", "", ["fatality", "soldier", "dead"], KILL, "",
  f"{NK}.soldiers.killed", said_by="South Korean intelligence")
F("nk:2025-04-30_1", "15,000", 15000, "exact", "", ["soldier", "troop"], ["send", "deploy"], "",
  f"{NK}.soldiers.sent", said_by="South Korean intelligence")
F("nk:2025-06-18_1", "thousands", None, "vague", "", ["worker"], ["send"], "Kursk", f"{NK}.workers.sent")

# ---------------------------------------------------------------- Turkey-Syria earthquake 2023 (current events)
TS = "turkey_syria_earthquake"
F("tk:2023-02-06_1", "At least 59,000", 59000, "at_least", "", ["people"] + DEAD[1:], KILL, "",
  f"{TS}.deaths.total", note="retrospective figure in an entry dated the day of the quake (see SOURCE.md)")
F("tk:2023-02-06_1", "magnitude 7.8", 7.8, "exact", "magnitude", ["earthquake", "magnitude"], ["strike"], "",
  f"{TS}.magnitude.main")
N("tk:2023-02-06_2", "second", ORD, at="A second earthquake")
F("tk:2023-02-06_2", "magnitude 7.5", 7.5, "exact", "magnitude", ["earthquake", "magnitude"], ["occur"], "",
  f"{TS}.magnitude.second")
F("tk:2023-02-06_2", "nine hours", 9, "exact", "hour", ["interval", "time", "earthquake"], [], "",
  f"{TS}.second_quake_delay")
N("tk:2023-02-06_2", "first", ORD)
F("tk:2023-02-09_1", "21,051", 21051, "exact", "", ["death", "toll", "dead", "people"], KILL, "", f"{TS}.deaths.total")
F("tk:2023-02-13_1", "surpasses 37,000", 37000, "more_than", "", ["death", "toll", "dead", "people"], KILL, "",
  f"{TS}.deaths.total")
F("tk:2023-02-16_1", "43,850", 43850, "exact", "", ["death", "toll", "dead", "people"], KILL, "Turkey",
  f"{TS}.deaths.turkey")
F("tk:2023-02-20_1", "magnitude 6.4", 6.4, "exact", "magnitude", ["earthquake", "magnitude"], ["strike"], "",
  f"{TS}.magnitude.aftershock_2023_02_20")
F("tk:2023-02-20_1", "eight", 8, "exact", "", ["people"], ["kill"], "", f"{TS}.aftershock_2023_02_20.deaths")
F("tk:2023-02-20_1", "600", 600, "exact", "", ["people", "other"], INJ, "", f"{TS}.aftershock_2023_02_20.injured")
F("tk:2023-02-20_1", "fourteen days", 14, "exact", "day", ["interval", "time", "aftershock"], [], "",
  f"{TS}.aftershock_2023_02_20.delay")
F("tk:2023-02-20_1", "more than 47,000", 47000, "more_than", "", ["people", "dead", "death"], KILL, "",
  f"{TS}.deaths.total")
F("tk:2023-02-24_1", "surpasses 50,000", 50000, "more_than", "", ["death", "toll", "dead", "people"], KILL, "",
  f"{TS}.deaths.total")

# ---------------------------------------------------------------- Gaza war death toll (current events)
G = "gaza_war"
PAL = ["palestinian", "people", "dead", "death", "toll"]
INC = f"{G}.deaths.palestinians.increment"
MOH = "the Gaza Health Ministry"
F("gz:2023-10-08_1", "370", 370, "exact", "", ["death", "toll", "dead", "people"], KILL, "Gaza",
  f"{G}.deaths.palestinians")
F("gz:2023-10-08_1", "more than 2,200", 2200, "more_than", "", ["people", "injured"], INJ, "Gaza",
  f"{G}.injured.palestinians")
F("gz:2023-10-08_1", "more than 750", 750, "more_than", "", ["death", "toll", "dead", "people"], KILL, "Israel",
  f"{G}.deaths.israel")
F("gz:2023-10-08_1", "over 2,000", 2000, "more_than", "", ["people", "injured"], INJ, "Israel", f"{G}.injured.israel")
F("gz:2023-10-08_1", "130", 130, "exact", "", ["captive", "hostage"], ["hold"], "", f"{G}.hostages.held",
  said_by="Hamas")
F("gz:2023-10-09_1", "687", 687, "exact", "", ["people", "death", "toll", "dead"], KILL, "Gaza",
  f"{G}.deaths.palestinians")
F("gz:2023-10-09_1", "more than 3,800", 3800, "more_than", "", ["people", "injured"], INJ, "Gaza",
  f"{G}.injured.palestinians")
F("gz:2023-10-09_1", "900", 900, "exact", "", ["death", "toll", "dead", "people"], KILL, "Israel", f"{G}.deaths.israel")
F("gz:2023-10-09_1", "more than 2,500", 2500, "more_than", "", ["people", "injured"], INJ, "Israel",
  f"{G}.injured.israel")
F("gz:2023-10-10_1", "950", 950, "exact", "", ["people", "death", "toll", "dead"], KILL, "Gaza",
  f"{G}.deaths.palestinians")
F("gz:2023-10-10_1", "more than 4,000", 4000, "more_than", "", ["people", "injured"], INJ, "Gaza",
  f"{G}.injured.palestinians")
F("gz:2023-10-10_1", "At least 18", 18, "at_least", "", ["people"], ["kill"], "West Bank", f"{G}.deaths.west_bank")
F("gz:2023-10-10_1", "100", 100, "exact", "", ["other", "people"], INJ, "West Bank", f"{G}.injured.west_bank")
F("gz:2023-10-10_1", "surpasses 1,000", 1000, "more_than", "", ["death", "toll", "dead", "people"], KILL, "Israel",
  f"{G}.deaths.israel")
F("gz:2023-10-11_1", "At least 1,055", 1055, "at_least", "", ["palestinian", "people"], ["kill"], "Gaza",
  f"{G}.deaths.palestinians", said_by="the Gaza Health Ministry")
F("gz:2023-10-11_1", "5,184", 5184, "exact", "", ["other", "palestinian", "people"], INJ, "Gaza",
  f"{G}.injured.palestinians", said_by="the Gaza Health Ministry")
F("gz:2023-10-11_1", "At least 1,300", 1300, "at_least", "", ["people"], ["kill"], "Israel", f"{G}.deaths.israel",
  said_by="the Israeli military")
F("gz:2023-10-11_1", "2,800", 2800, "exact", "", ["other", "people"], INJ, "Israel", f"{G}.injured.israel",
  said_by="the Israeli military")
F("gz:2023-10-12_1", "1,200", 1200, "exact", "", ["death", "toll", "dead", "people"], KILL, "Gaza",
  f"{G}.deaths.palestinians")
F("gz:2023-10-12_1", "nearly 5,600", 5600, "nearly", "", ["other", "people", "injured"], INJ, "Gaza",
  f"{G}.injured.palestinians")
F("gz:2023-10-12_1", "surpasses 1,400", 1400, "more_than", "", ["death", "toll", "dead", "people"], KILL, "Israel",
  f"{G}.deaths.israel")
F("gz:2023-10-17_1", "At least 471", 471, "at_least", "", ["people"], ["kill"], "Al-Ahli Arab Hospital", INC,
  said_by="the Hamas-run Gaza Ministry of Health", note="single incident")
F("gz:2023-10-17_1", "314", 314, "exact", "", ["other", "people"], INJ, "Al-Ahli Arab Hospital",
  f"{G}.injured.palestinians.increment", said_by="the Hamas-run Gaza Ministry of Health")
F("gz:2023-10-22_1", "At least 55", 55, "at_least", "", ["palestinian", "people"], ["kill"], "Gaza", INC,
  said_by="the Hamas-controlled Gaza Ministry of Health")
F("gz:2023-10-23_1", "at least 436", 436, "at_least", "", ["palestinian", "people"], ["kill"],
  "Al-Shati refugee camp and Khan Younis", INC, said_by="The Gaza Health Ministry")
F("gz:2023-10-25_1", "at least 704", 704, "at_least", "", ["people"], ["die", "kill"], "Gaza", INC,
  said_by="The Gaza Health Ministry", note="'in the past day'")
F("gz:2023-10-26_1", "more than 7,000", 7000, "more_than", "", ["people", "death", "toll", "dead"], KILL, "Gaza",
  f"{G}.deaths.palestinians")
F("gz:2023-10-26_1", "an estimated 1.4 million", 1.4e6, "approx", "", ["people"], ["displace"], "Gaza",
  f"{G}.displaced.palestinians")
F("gz:2023-12-17_1", "at least 90", 90, "at_least", "", ["people"], ["kill"], "Jabalia", INC,
  said_by="the Gaza Health Ministry")
F("gz:2023-12-20_1", "at least 20,000", 20000, "at_least", "", ["people", "death", "toll", "dead"], KILL, "Gaza",
  f"{G}.deaths.palestinians")
F("gz:2024-03-02_1", "at least 92", 92, "at_least", "", ["palestinian", "people"], ["kill"], "Gaza", INC,
  said_by="The Gaza Health Ministry")
N("gz:2024-03-02_1", "24", WINDOW + " ('in the past 24 hours')")
F("gz:2024-07-05_1", "at least 186,000", 186000, "at_least", "", ["death", "toll", "palestinian", "dead"], KILL,
  "Gaza", f"{G}.deaths.palestinians.lancet_estimate", said_by="A review article published in the medical journal The Lancet",
  note="estimate including indirect deaths; not the reported toll")
F("gz:2024-07-05_1", "38,000", 38000, "exact", "", ["number", "death", "dead", "palestinian"], KILL, "Gaza",
  f"{G}.deaths.palestinians", note="'the currently reported number'")
F("gz:2024-07-05_1", "around 8%", 8, "approx", "percent", ["population", "death toll"], KILL, "Gaza",
  f"{G}.deaths.palestinians.lancet_estimate_share", said_by="A review article published in the medical journal The Lancet",
  note="share of Gaza's pre-war population that 186,000 represents")
F("gz:2024-08-15_1", "more than 40,000", 40000, "more_than", "", ["palestinian", "people"], ["kill"], "Gaza",
  f"{G}.deaths.palestinians", said_by="The Gaza Health Ministry")
F("gz:2024-08-15_1", "more than 16,000", 16000, "more_than", "", ["child"], ["kill"], "Gaza", f"{G}.deaths.children",
  said_by="The Gaza Health Ministry")
F("gz:2024-08-15_1", "more than 10,000", 10000, "more_than", "", ["palestinian", "people"], ["miss"], "Gaza",
  f"{G}.missing.palestinians", said_by="The Gaza Health Ministry")
F("gz:2024-09-09_1", "At least eight", 8, "at_least", "", ["people"], ["kill"], "Gaza", INC)
F("gz:2024-09-09_1", "dozens", None, "vague", "", ["people"], INJ, "Gaza", f"{G}.injured.palestinians.increment")
F("gz:2024-09-09_1", "over 41,000", 41000, "more_than", "", ["death", "toll", "dead", "palestinian"], KILL, "Gaza",
  f"{G}.deaths.palestinians")
F("gz:2024-10-02_1", "at least 51", 51, "at_least", "", ["people"], ["kill"], "southern Gaza", INC,
  said_by="The Gaza Health Ministry")
F("gz:2024-10-02_1", "seven", 7, "exact", "", ["woman"], ["kill"], "southern Gaza", f"{G}.deaths.women.increment",
  said_by="The Gaza Health Ministry")
F("gz:2024-10-02_1", "twelve", 12, "exact", "", ["child"], ["kill"], "southern Gaza", f"{G}.deaths.children.increment",
  said_by="The Gaza Health Ministry")
F("gz:2024-10-20_1", "87", 87, "exact", "", ["dead", "number", "people"], ["kill", "die", "miss"], "northern Gaza",
  f"{G}.dead_and_missing.increment", said_by="Hamas", note="dead and missing of one bombardment")
F("gz:2024-12-02_1", "around 37", 37, "approx", "", ["palestinian", "people"], ["kill"], "Gaza", INC,
  said_by="The Gaza Health Ministry", note="'in the past 24 hours'")
N("gz:2024-12-02_1", "24", WINDOW + " ('in the past 24 hours')")
F("gz:2024-12-02_1", "44,466", 44466, "exact", "", ["death", "toll", "dead", "palestinian"], KILL, "Gaza",
  f"{G}.deaths.palestinians", said_by="The Gaza Health Ministry")
F("gz:2024-12-16_1", "surpassed 45,000", 45000, "more_than", "", ["people", "death", "toll", "dead"], KILL, "Gaza",
  f"{G}.deaths.palestinians", said_by="The Gaza Health Ministry")
F("gz:2025-01-09_1", "around 3%", 3, "approx", "percent", ["population"], ["die"], "Gaza",
  f"{G}.deaths.traumatic_injury_share", said_by="A study published in The Lancet")
F("gz:2025-04-27_1", "At least 51", 51, "at_least", "", ["palestinian", "people"], ["kill"], "Gaza", INC,
  note="'in the past 24 hours'")
N("gz:2025-04-27_1", "24", WINDOW + " ('in the past 24 hours')")
F("gz:2025-04-27_1", "52,243", 52243, "exact", "", ["death", "toll", "dead", "palestinian"], KILL, "Gaza",
  f"{G}.deaths.palestinians")
F("gz:2025-06-09_1", "fourteen", 14, "exact", "", ["palestinian", "people"], ["kill"], "aid distribution site near Rafah",
  f"{G}.deaths.aid_sites.increment", said_by="the Gaza Health Ministry")
F("gz:2025-06-09_1", "150", 150, "exact", "", ["other", "palestinian", "people"], INJ,
  "aid distribution site near Rafah", f"{G}.injured.aid_sites.increment", said_by="the Gaza Health Ministry")
F("gz:2025-06-09_1", "136", 136, "exact", "", ["death", "toll", "dead", "people"], KILL, "aid distribution sites",
  f"{G}.deaths.aid_sites", note="attribution of the previous sentence not repeated: said_by empty")
F("gz:2025-06-09_1", "hundreds", None, "vague", "", ["other", "people"], INJ, "aid distribution sites",
  f"{G}.injured.aid_sites")
F("gz:2025-06-11_1", "55,000", 55000, "exact", "", ["people", "death", "toll", "dead", "palestinian"], KILL, "Gaza",
  f"{G}.deaths.palestinians", said_by="The Gaza Health Ministry")
N("gz:2025-06-11_1", "2023", YEAR + " ('since October 2023')")
F("gz:2025-06-11_1", "over 127,000", 127000, "more_than", "", ["people"], INJ, "Gaza", f"{G}.injured.palestinians",
  said_by="The Gaza Health Ministry")
F("gz:2025-06-12_1", "At least 103", 103, "at_least", "", ["palestinian", "people"], ["kill"], "Gaza", INC,
  said_by="the Gaza Health Ministry", note="'in the past 24 hours'")
N("gz:2025-06-12_1", "24", WINDOW + " ('in the past 24 hours')")
F("gz:2025-06-12_1", "21", 21, "exact", "", ["people"], ["kill"], "Gaza Humanitarian Foundation (GHF) sites",
  f"{G}.deaths.aid_sites.increment", said_by="the Gaza Health Ministry")
F("gz:2025-06-14_1", "At least 79", 79, "at_least", "", ["palestinian", "people"], ["kill"], "Gaza", INC,
  said_by="the Gaza Health Ministry")
F("gz:2025-06-14_1", "15", 15, "exact", "", ["people"], ["kill"], "Gaza Humanitarian Foundation (GHF) site",
  f"{G}.deaths.aid_sites.increment", said_by="the Gaza Health Ministry")
F("gz:2025-07-13_1", "at least 30", 30, "at_least", "", ["people"], ["kill"], "water collection zone", INC)
F("gz:2025-07-13_1", "six", 6, "exact", "", ["child"], ["kill"], "water collection zone",
  f"{G}.deaths.children.increment")
F("gz:2025-07-13_1", "over 58,000", 58000, "more_than", "", ["death", "toll", "dead", "palestinian"], KILL, "Gaza",
  f"{G}.deaths.palestinians")

# ---------------------------------------------------------------- Cyclone Chido (current events)
C = "cyclone_chido"
D("ch:2024-12-13_1")
F("ch:2024-12-14_1", "two", 2, "exact", "", ["people"], ["kill"], "Mayotte", f"{C}.deaths.mayotte")
F("ch:2024-12-15_1", "Thousands", None, "vague", "", ["people"], ["kill"], "Mayotte", f"{C}.deaths.mayotte",
  note="'are believed to have been killed'")
F("ch:2024-12-17_1", "34", 34, "exact", "", ["death", "toll", "dead", "people"], KILL, "Mozambique",
  f"{C}.deaths.mozambique")
F("ch:2024-12-17_1", "more than 23,000", 23000, "more_than", "", ["home"], ["destroy"], "Mozambique",
  f"{C}.homes_destroyed.mozambique")
F("ch:2024-12-19_1", "73", 73, "exact", "", ["death", "toll", "dead", "people"], KILL, "Mozambique",
  f"{C}.deaths.mozambique")
F("ch:2024-12-19_1", "66", 66, "exact", "", ["death", "toll", "dead", "people"], KILL, "Cabo Delgado Province",
  f"{C}.deaths.cabo_delgado")
F("ch:2024-12-22_1", "94", 94, "exact", "", ["death", "toll", "dead", "people"], KILL, "Cabo Delgado",
  f"{C}.deaths.cabo_delgado")

# ---------------------------------------------------------------- Myanmar earthquake 2025 (current events)
ME = "myanmar_earthquake"
F("my:2025-03-28_1", "7.7 magnitude", 7.7, "exact", "magnitude", ["earthquake", "magnitude"], ["strike"], "",
  f"{ME}.magnitude")
F("my:2025-03-28_1", "Over 1,000", 1000, "more_than", "", ["people"], ["kill"], "Myanmar", f"{ME}.deaths.myanmar")
F("my:2025-03-28_1", "ten", 10, "exact", "", ["people"], ["kill"], "Thailand", f"{ME}.deaths.thailand",
  note="'ten more in Thailand': more = in addition, not a qualifier")
D("my:2025-03-28_2")
N("my:2025-03-31_1", "6", DATE, at="April 6")
F("my:2025-03-31_1", "over 3,050", 3050, "more_than", "", ["death", "toll", "people", "dead"], KILL, "Myanmar",
  f"{ME}.deaths.myanmar")
F("my:2025-04-02_1", "M 7.7", 7.7, "exact", "magnitude", ["earthquake", "magnitude"], [], "", f"{ME}.magnitude")
N("my:2025-04-02_1", "22", DATE, at="April 22")

# ---------------------------------------------------------------- Texas floods 2025 (current events)
TX = "texas_floods"
F("tx:2025-07-04_1", "At least 51", 51, "at_least", "", ["people"], ["kill"], "", f"{TX}.deaths.total")
F("tx:2025-07-04_1", "15", 15, "exact", "", ["child"], ["kill"], "", f"{TX}.deaths.children")
F("tx:2025-07-04_1", "27", 27, "exact", "", ["child"], ["miss"], "", f"{TX}.missing.children",
  note="'27 more children missing': more = in addition")
F("tx:2025-07-07_1", "104", 104, "exact", "", ["death", "toll", "dead", "people"], KILL, "", f"{TX}.deaths.total")
F("tx:2025-07-07_1", "28", 28, "exact", "", ["child"], KILL, "", f"{TX}.deaths.children")
F("tx:2025-07-07_1", "41", 41, "exact", "", ["people", "other"], ["miss"], "", f"{TX}.missing.total")

# ---------------------------------------------------------------- leftovers found by the exhaustiveness scan
N("wn:081", "2004", YEAR, at="December 28, 2004")
N("wn:085", "2004", YEAR, at="December 29, 2004")
N("wn:085", "several", "bare 'several' without a number word: not a figure (see README)")
N("wn:094", "2004", YEAR, at="December 31, 2004")
N("wn:025", "third", ORD, at="third-largest")
N("wn:037", "several", "bare 'several' without a number word: not a figure (see README)")
F("wn:048", "two", 2, "exact", "", ["state", "neighbor"], [], "", f"{BC}.states", at="between the two states")
N("wn:100", "one", "'one' as indefinite determiner ('according to one critic'), count not reported",
  at="according to one critic")
N("wn:100", "MediaWiki_User%27s_Guide", "URL percent-encoding (%27)")
N("ch:2024-12-14_1", "24", NAME + " (France 24)")
N("my:2025-04-02_1", "several", "bare 'several' without a number word: not a figure (see README)")

N("wn:095", "a week", "indefinite-article time span, not a figure (see README: durations need a number word)")
N("nk:2025-04-27_1", "a day", "indefinite-article time span ('a day after'), not a figure")

if __name__ == "__main__":
    from _build import DOCS, FIGURES, NEGATIVES

    write()
    left = uncovered()
    print(f"{len(DOCS)} documents, {len(FIGURES)} figures, {len(NEGATIVES)} negatives")
    for doc, pos, tok, ctx in left:
        print(f"UNCOVERED {doc}@{pos} {tok!r}: ...{ctx}...")
