"""The quantity lines of tests/gold/measures/GUIDE.md that a figure's counted noun alone does not say, read from its
parse: persons killed and wounded counted together (the table's `casualties` line), a police or labour force that
is no armed one (Q4, the people line), victims by what happened to them (revision 3, Q6), the output of a whole
economy (Q7), an age a person turns (Q9), a person's pay by the verb that earns it (revision 2, Q3), and persons
said to be a casualty line's own word ("remain unaccounted for": the missing line); and the
guide's dimension `ratio` ("times, -fold") of a multiple written in words around the number ("three times his
salary"). Each applies the guide's words as written; the caller gives the quantity read so far and keeps it when no
line here applies."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract.borrowed import lent, own_casualty
from newsfigures.extract.casualties import counted_together
from newsfigures.extract.gazetteer import is_place
from newsfigures.extract.measure_lexicon import (AWARD_VERBS, BUILDING_VERBS, CASUALTY_FAMILIES, CASUALTY_QUANTITIES,
                                                  FORCE_NOUNS, LEVY_NOUNS, MONEY_PLURALS, MONEY_QUANTITIES,
                                                  PERIOD_NOUNS, PERSON_COUNTS, PERSON_NOUNS, PERSON_PAY_NOUNS,
                                                  PERSON_POSSESSIVES, RAISING_VERBS, SUFFERING_VERBS,
                                                  UNARMED_FORCE_WORDS, VALUE_BUILT_NOUNS, WAGE_PERIODS)
from newsfigures.extract.market import market_quantity
from newsfigures.extract.measure_classes import event_family, quantity_of
from newsfigures.extract.persons import fled_persons, is_person
from newsfigures.extract.priced import artifact_nouns, contract_pay, sum_before_noun, worth_kind
from newsfigures.extract.scope import per_period
from newsfigures.extract.singular import singular
from newsfigures.extract.tree import lemma, verb_over
from newsfigures.extract.word_senses import living_noun, person_noun, verb_class, wrongdoer_noun

# Q7: "Gross domestic product, economic growth and output of a whole economy are `economy`": the guide's nouns, a
# head lemma alone or with the modifier that makes it the economy's (a product "domestic" or "national", growth or
# output "economic"; "GDP", "GNP" as the abbreviations write them).
ECONOMY_HEADS: frozenset[str] = frozenset({"economy", "gdp", "gnp"})
ECONOMY_MODIFIED: dict[str, frozenset[str]] = {
    "product": frozenset({"domestic", "national"}),
    "growth": frozenset({"economic"}),
    "output": frozenset({"economic"}),
}
NUMBER = "number"  # the container noun whose own words may name what it counts
PERCENT_WORDS: frozenset[str] = frozenset({"cent", "percent", "pc"})  # "8 per cent pay increase": the unit, no thing
GROWTH = "growth"  # "an annual growth rate of 2 per cent": a growth rate no noun narrows is the economy's
RATE = "rate"
TOGETHER = ("deaths", "injured")  # the table's casualties line: "killed and wounded counted together"
# Q6: "victims" take the line of what happened to them: killed -> deaths, wounded -> injured.
VICTIM = "victim"
OUTCOME_CLASSES: dict[str, str] = {"killed": "deaths", "injured": "injured"}
COMPLEMENTS = ("oprd", "acomp", "xcomp", "advcl")  # "found asphyxiated", "found dead": what the victims were found
SUBJECTS = ("nsubj", "nsubjpass")
PREDICATE_TAG = "JJ"  # an adjective the parser heads its clause with ("were unaccounted for": no verb above it)
# Q9: "will turn 36 in March": the verb by which a person reaches an age.
AGE_VERBS: frozenset[str] = frozenset({"turn"})
AGE_OBJECTS = ("dobj", "attr", "npadvmod", "oprd")
# Q3: "a person's salary, wage or pay is `salary`": a sum persons earn is their pay (a company earns revenue).
EARNING_VERBS: frozenset[str] = frozenset({"earn"})
PAYING_VERBS: frozenset[str] = frozenset({"pay"})  # "was paid $5 million": the pay of the person paid
# The table's deaths and displaced lines ("dead", "made homeless") said of a count whose noun is in no line ("seven
# climbers were feared dead", "400 families were made homeless"): only the living are dead and only a household is
# homeless, whatever the noun's first sense ("missing" and "unaccounted for" are said of things too), so a noun whose
# first WordNet sense is a man-made thing is not read ("40 computers were dead": broken, `priced.artifact_nouns`).
LIVING_OUTCOMES: frozenset[str] = frozenset({"dead", "homeless"})


def revised_quantity(quantity: str, num: Token, noun: Token | None) -> str:
    """The quantity of a figure by the guide lines this module reads, else `quantity` unchanged."""
    quantity = market_quantity(quantity, num, noun)  # the table's share_price and index_level; a price per unit
    if quantity in TOGETHER and counted_together(num):
        return "casualties"  # "3,000 troops have been killed or wounded": killed and wounded counted together
    if (noun is None or lent(num, noun)) and quantity in CASUALTY_QUANTITIES.values():
        # "The blast killed 12", "3 remain unaccounted for": its own verb's or predicate's line, whatever the
        # figure before counted
        return own_casualty(num) or predicated_outcome(num, None) or quantity
    if noun is None and not quantity and (outcome := predicated_outcome(num, None)):
        return outcome  # "At least 20 remain unaccounted for"
    if quantity == NUMBER and noun is not None:
        return numbered(noun) or quantity  # "troop numbers", "the number of missing"
    if quantity == "troops" and unarmed_force(noun):
        return "people"  # "a police force of 5,000" (Q4), "a labour force of 12 million"
    if quantity == "people" and noun is not None and lemma(noun) in words.PERSON_WHOLES and living_whole(noun):
        return singular(lemma(noun))  # "The koala population fell to 2,000": no persons (the head lemma, Q fallback)
    if quantity == "people" and noun is not None and lemma(noun) == VICTIM:
        return victims_class(num, noun) or quantity
    if quantity in PERSON_COUNTS:  # "15 miners remain unaccounted for": the missing line
        return predicated_outcome(num, noun) or participle_outcome(noun) or suffered_outcome(num, noun) or quantity
    if noun is not None and quantity == singular(lemma(noun)) and quantity not in artifact_nouns():
        return predicated_outcome(num, noun, LIVING_OUTCOMES) or quantity  # "seven climbers were feared dead"
    if quantity in ("revenue", "money") and (earned_by_persons(num) or paid_to_person(num)):
        return "salary"
    if quantity in ("profit", "fine") and persons_pay(noun):
        return "salary"  # "the chief executive's compensation", "average weekly earnings"
    if noun is not None and noun.lower_ in MONEY_PLURALS and quantity in MONEY_QUANTITIES.values() and awarded(num):
        return MONEY_PLURALS[noun.lower_]  # "$5 million in damages": an award, no harm's cost
    if quantity in ("money", "deal_value") and contract_pay(num, noun):
        return "salary"  # "The quarterback signed a five-year, $250 million contract": a person's pay (Q3)
    if quantity == "money":
        return worth_kind(num) or two_word_kind(noun) or raised_kind(num) or built_kind(num, noun) or quantity
    if not quantity and noun is None and turned_age(num):
        return "age"
    return "economy" if names_economy(num, noun) else quantity


def participle_outcome(noun: Token | None) -> str:
    """The casualty line of a past participle or a relative clause that describes the counted persons ("the 40 people
    killed in the blast were buried", "the number of people killed has risen to 90", "17 climbers who vanished"; E4's
    relative clause): its verb's family ("killed" -> deaths), "" when the noun has no such verb, or the verb has an
    object of its own."""
    return _clause_outcome(noun, lambda c: _participle(c) or _relative_subject(c))


def event_quantity(quantity: str, num: Token, noun: Token | None) -> str:
    """The quantity the event is read by: persons whose class says they fled ("refugees"), or whose casualty line
    only a relative clause gives, are `people` to it, so that the verb which governs them gives the event (E2; E4:
    "searching for three fishermen who vanished" -> other:search, "buried the 30 miners who were killed" ->
    other:bury) and a verb of state still leaves it to the relative clause ("there were 20 people who died")."""
    if quantity == "displaced" and fled_persons(noun):
        return "people"
    relative = quantity in CASUALTY_FAMILIES.values() and _clause_outcome(noun, _relative_subject) == quantity
    others = relative and (predicated_outcome(num, noun) or _clause_outcome(noun, _participle)
                           or suffered_outcome(num, noun))
    return "people" if relative and not others else quantity


def _clause_outcome(noun: Token | None, describes: Callable[[Token], bool]) -> str:
    """The casualty line of the first clause `describes` accepts on the counted noun, whose verb has no object of its
    own; "" when there is none."""
    if noun is None:
        return ""
    for c in [*noun.rights, *_hung_on_the_number(noun)]:
        if describes(c) and not any(d.dep_ == "dobj" for d in c.children):
            family = event_family(lemma(c))
            if family in CASUALTY_FAMILIES:
                return CASUALTY_FAMILIES[family]
    return ""


def _hung_on_the_number(noun: Token) -> list[Token]:
    """The words after the counted noun that the parser hung on the "number" whose "of" holds it ("the number of
    people killed rose to 27": "killed" on "number"): they describe the persons counted, as on the noun itself."""
    of = noun.head if noun.dep_ == "pobj" else None
    number = of.head if of is not None and of.lower_ == "of" and of.dep_ == "prep" else None
    return [c for c in number.rights if c.i > noun.i] if number is not None and lemma(number) == NUMBER else []


def _participle(verb: Token) -> bool:
    """A past participle that describes the noun before it ("people killed in the blast")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _relative_subject(verb: Token) -> bool:
    """A relative clause whose subject is its relative pronoun ("climbers who vanished", "people who were hurt")."""
    return verb.dep_ == "relcl" and any(d.dep_ in ("nsubj", "nsubjpass") and d.tag_ in ("WP", "WDT")
                                        for d in verb.children)


def suffered_outcome(num: Token, noun: Token | None) -> str:
    """The casualty line of the outcome noun that counted persons lose, suffer or sustain ("Twelve miners lost their
    lives" -> deaths, "200 people suffered injuries" -> injured), "" when their verb is none of these or its object
    names no casualty line."""
    holder = next((t for t in (num, noun) if t is not None and t.dep_ == "nsubj"), None)
    if holder is None or lemma(holder.head) not in SUFFERING_VERBS:
        return ""
    said = next((c for c in holder.head.children if c.dep_ == "dobj" and lemma(c) in CASUALTY_QUANTITIES), None)
    return CASUALTY_QUANTITIES[lemma(said)] if said is not None and said.pos_ == "NOUN" else ""


def raised_kind(num: Token) -> str:
    """`aid` for a sum raised or collected for persons or from persons ("The charity raised $8 million for victims",
    "collecting more than $8 million from 100,000 people"): donations; "" otherwise ("raised $2 billion from
    investors", "The council raised $2 million")."""
    verb = num.head
    if num.dep_ != "dobj" or lemma(verb) not in RAISING_VERBS or _levied(verb):
        return ""
    for prep in (c for t in (verb, num) for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "from")):
        whom = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if whom is not None and (lemma(whom) in PERSON_NOUNS or (prep.lower_ == "for" and is_person(whom))):
            return "aid"
    return ""


def living_whole(noun: Token) -> bool:
    """A whole of persons (`PERSON_WHOLES`) that its modifier or its "of" makes a whole of animals or plants ("the
    koala population", "the elephant population", "a population of wolves"; not "the prison population", nor a
    named place whose lower-case word is an animal or a plant: "Turkey's population", "Buffalo's population")."""
    said = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    said += [g for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(living_noun(singular(t.lower_)) and not person_noun(singular(t.lower_)) and not _named_owner(t)
               for t in said)


def _named_owner(t: Token) -> bool:
    """A place or a named possessor, whose population it is ("Turkey's", "Buffalo's": no bird, no bison)."""
    return is_place(t) or (t.dep_ == "poss" and t.pos_ == "PROPN")


def _levied(verb: Token) -> bool:
    """The clause of a verb that gathers a sum names a payment owed "in" which it was gathered ("collected $3 million
    from residents in rates", "raised $2 billion in fuel levies"): a levy, no donation."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "in" and lemma(t).lower() in LEVY_NOUNS for t in verb.subtree)


def persons_pay(noun: Token | None) -> bool:
    """A noun of two kinds of money (`PERSON_PAY_NOUNS`) a person owns or that is paid by the hour or week: the
    person's pay ("the chief executive's total compensation", "average weekly earnings"; not "Acme's earnings")."""
    if noun is None or lemma(noun) not in PERSON_PAY_NOUNS and noun.lower_ not in PERSON_PAY_NOUNS:
        return False
    return any((c.dep_ == "poss" and (is_person(c) or c.lower_ in PERSON_POSSESSIVES))
               or (c.dep_ == "amod" and c.lower_ in WAGE_PERIODS) for c in noun.children)


def awarded(num: Token) -> bool:
    """The sum hangs under a verb of a claim or award ("awarded $5 million in damages", "ordered to pay"), not a
    harm's ("the storm caused $5 million in damages": its cost, Q3)."""
    verb = verb_over(num)
    return any(lemma(t) in AWARD_VERBS for t in [verb, *verb.ancestors][:3] if t.pos_ == "VERB")


def built_kind(num: Token, noun: Token | None) -> str:
    """`cost` for a sum written on the thing a verb of building takes ("build a $1.5 billion pipeline"): what the
    project costs (Q3); "" otherwise, and for a value built up ("He built a $3 billion business": no project)."""
    if noun is None or not sum_before_noun(num, noun) or lemma(noun).lower() in VALUE_BUILT_NOUNS:
        return ""
    return "cost" if noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in BUILDING_VERBS else ""


def two_word_kind(noun: Token | None) -> str:
    """The kind of money a two-word name of the vocabulary gives the counted noun with the word before it ("net
    income" -> profit, "net worth" -> wealth), "" when none."""
    word = noun.doc[noun.i - 1] if noun is not None and noun.i > 0 else None
    if word is None or word.head != noun:
        return ""
    return MONEY_QUANTITIES.get(f"{word.lower_} {lemma(noun).lower()}", "")


def numbered(noun: Token) -> str:
    """The quantity a container noun ("number") counts when its own words name it where the counted reading does not
    look: a noun before it ("troop numbers", "visitor numbers"), or a casualty line's own word after "of" that the
    parser takes for a verb ("the number of missing"); "" when neither."""
    said = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    if said is not None:
        return quantity_of(lemma(said), "", "cardinal", "count")
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    word = next((g for g in of.children if g.lower_ in CASUALTY_QUANTITIES), None) if of is not None else None
    return CASUALTY_QUANTITIES[word.lower_] if word is not None else ""


def changed_compound(change: Token, num: Token) -> Token | None:
    """The noun compounded before a change noun that names what changed: "pay" of "an 8 per cent pay increase",
    "price" of "a 5 per cent price rise", and of "a pay rise of 275 pct", "a price increase of 10 percent" (C1's
    size of a rise or fall, of the thing the text names); None when there is none or it is the per cent's own word
    (before the change noun, only a noun after the figure can name the thing)."""
    after = num.i > change.i  # the figure in the change noun's "of" phrase: every compound names the thing
    return next((c for c in change.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and (after or c.i > num.i)
                 and c.lower_ not in PERCENT_WORDS), None)


def unarmed_force(noun: Token | None) -> bool:
    """The counted noun is a force a word before it names as police or workers ("a police force of 5,000", "a labour
    force of 12 million"): the troops line's "forces" are armed ones."""
    return noun is not None and lemma(noun) in FORCE_NOUNS and \
        any(c.dep_ in ("compound", "amod") and c.lower_ in UNARMED_FORCE_WORDS for c in noun.lefts)


def victims_class(num: Token, noun: Token) -> str:
    """ "Two of the victims were found asphyxiated", "three murder victims": deaths or injured when the victims'
    own words say what happened to them (a casualty noun on them, or a complement of their clause's verb whose
    word or first WordNet sense is a killing or an injury); "" when nothing says."""
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and CASUALTY_QUANTITIES.get(lemma(c)) in OUTCOME_CLASSES.values():
            return CASUALTY_QUANTITIES[lemma(c)]
    holder = next((t for t in (num, noun) if t.dep_ in SUBJECTS), None)
    if holder is None:
        return ""
    for c in holder.head.children:
        if c.dep_ in COMPLEMENTS and c.i > holder.head.i:
            said = _outcome(c)
            if said:
                return said
    return ""


def predicated_outcome(num: Token, noun: Token | None, outcomes: frozenset[str] = words.OUTCOME_AFTER_NUMBER) -> str:
    """The casualty line whose own word (the table's "unaccounted for", "homeless", "missing") a count of persons
    is said to be, as the complement of its clause's verb ("20 villagers were still unaccounted for", "15 miners
    remain unaccounted for"), or as the adjective or verb the parser made their head ("30 workers were unaccounted
    for", "7 are still missing"), "" when its clause says none."""
    holder = next((t for t in (num, noun) if t is not None and t.dep_ in SUBJECTS), None)
    if holder is None:
        return ""
    head = holder.head
    said = [head] if head.tag_ == PREDICATE_TAG or _bare_outcome(head) else []
    said += [c for c in head.children if c.dep_ in COMPLEMENTS and c.i > head.i]
    return next((CASUALTY_QUANTITIES[c.lower_] for c in said
                 if c.lower_ in outcomes and c.lower_ in CASUALTY_QUANTITIES), "")


def _bare_outcome(head: Token) -> bool:
    """ "7 are still missing": the outcome word the parser made a verb heads its clause with no object of its own."""
    return head.lower_ in words.OUTCOME_AFTER_NUMBER and not any(c.dep_ == "dobj" for c in head.children)


def _outcome(word: Token) -> str:
    """deaths or injured for an outcome word ("dead", "injured") or a verb whose first sense is a killing or an
    injury ("asphyxiated", "stabbed"), else ""."""
    if word.lower_ in words.OUTCOME_AFTER_NUMBER:
        return CASUALTY_QUANTITIES.get(word.lower_, "")
    return OUTCOME_CLASSES.get(verb_class(lemma(word)), "") if word.pos_ == "VERB" else ""


def earned_by_persons(num: Token) -> bool:
    """ "workers who are earning $30,000 a year": a sum per period the verb "earn" takes from persons (a person noun,
    a named person, or the nouns a "who" clause describes) is their pay; a one-off sum a person earns ("earned $5
    million from the sale of his house") is no salary."""
    verb = num.head
    if num.dep_ != "dobj" or lemma(verb) not in EARNING_VERBS:
        return False
    earner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if earner is not None and earner.lower_ == "who" and verb.dep_ == "relcl":
        earner = verb.head
    return earner is not None and is_person(earner) and bool(per_period(num.doc[num.i:num.i + 1], None))


def paid_to_person(num: Token) -> bool:
    """ "The chief executive was paid $5 million": a sum a person is paid (the passive "pay", a person its subject,
    the sum its object) is that person's pay (Q3: "a person's salary, wage or pay is `salary`"); not a wrongdoer's
    ("The kidnappers were paid $1 million": a ransom, no wage)."""
    verb = num.head
    if num.dep_ != "dobj" or lemma(verb) not in PAYING_VERBS:
        return False
    payee = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return payee is not None and is_person(payee) and not wrongdoer_noun(lemma(payee))


def turned_age(num: Token) -> bool:
    """ "Lockett ... will turn 36 in March": a bare number a person turns is the age reached (Q9)."""
    return age_turner(num) is not None


def age_turner(num: Token) -> Token | None:
    """The person who turns the bare number `num` ("Lockett retired ... and will turn 36": Lockett), None when the
    number is no age turned."""
    verb = num.head
    if num.dep_ not in AGE_OBJECTS or lemma(verb) not in AGE_VERBS or any(c.dep_ == "prep" for c in num.children):
        return None
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head  # "Lockett retired ... and will turn 36": the first verb's subject
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subject if subject is not None and is_person(subject) else None


def names_economy(num: Token, noun: Token | None) -> bool:
    """The figure is of a whole economy (Q7): its counted noun ("the economy grew by 1.1 per cent", "GDP rose 2.3
    per cent"), or the rate of growth it is the level of, is the guide's economy word. A per cent whose counted noun
    is not read ("see economic growth up around 0.9 per cent") is left as it was: read as the economy's, it
    split a dev gold pair whose other side names no economy ("a quarterly figure of just under 1 per cent")
    and dropped the grouping floors (rba_interest_rates_2001 recall 1.0 -> 0.0, lee-dev 0.705 -> 0.689)."""
    if noun is None or _whole_of(noun, num):
        return False  # "40 per cent of the economy": a share of it (the guide's "a third of the dead")
    return economy_word(noun) or _growth_rate(noun)


def _whole_of(noun: Token, num: Token) -> bool:
    """The noun is the whole the number is a part of, through "of" on the number or on its unit ("40 per cent of
    the economy")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head in (num, *num.children, num.head)


def economy_word(t: Token) -> bool:
    """ "the economy", "GDP", "gross domestic product", "economic growth", "economic output"."""
    key = lemma(t)
    if key in ECONOMY_HEADS or t.lower_ in ECONOMY_HEADS:
        return True
    said = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i}
    return bool(said & ECONOMY_MODIFIED.get(key, frozenset()))


def _growth_rate(t: Token) -> bool:
    """ "an annual growth rate of 2 per cent": a rate of growth that no noun narrows to something else's."""
    if lemma(t) != RATE:
        return False
    growth = next((c for c in t.children if c.dep_ == "compound" and lemma(c) == GROWTH), None)
    return growth is not None and not any(c.dep_ in ("compound", "nmod", "poss") for c in growth.children) \
        and not any(c.dep_ in ("compound", "nmod", "poss") and c.i < growth.i for c in t.children)


# The guide's dimension `ratio` ("times, -fold"): a number of times another amount, or a fraction "as many" of it.
TIMES = "times"
RATIO_AFTER_TIMES: frozenset[str] = frozenset({"as", "more", "less", "the", "that", "his", "her", "its", "their",
                                               "our", "my", "your"})
AS_MUCH = ("as", frozenset({"many", "much"}))
TIME_LABELS = ("DATE", "TIME")  # "stabbed 12 times that night": the phrase after "times" is when, not an amount


def is_ratio(num: Token, end: int, kind: str) -> bool:
    """The figure (its number `num`, its mention ending at token `end`) is a multiple of another amount: "three
    times his annual salary", "2.5 times higher", "three times as many" (a cardinal and "times" before a
    determiner, a possessive, "as"/"more" or a comparative), or "half as many votes" (a fraction "as many/much");
    not a count of occasions ("suspended five times", "stabbed 12 times that night")."""
    doc = num.doc
    after = doc[end] if end < len(doc) else None
    if after is None:
        return False
    if kind == "fraction":
        return after.lower_ == AS_MUCH[0] and end + 1 < len(doc) and doc[end + 1].lower_ in AS_MUCH[1]
    if kind != "cardinal" or after.lower_ != TIMES or end + 1 >= len(doc):
        return False
    nxt = doc[end + 1]
    return (nxt.lower_ in RATIO_AFTER_TIMES or nxt.tag_ in ("JJR", "RBR")) and not _a_time(nxt)


def _a_time(word: Token) -> bool:
    """`word` opens a phrase of time ("that night", "the week before"): its noun names a period or is a date."""
    return word.dep_ in ("det", "poss") and (lemma(word.head) in PERIOD_NOUNS or word.head.ent_type_ in TIME_LABELS)
