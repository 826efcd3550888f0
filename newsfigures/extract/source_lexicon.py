"""Vocabulary of attribution (`said_by`): how a text cites the source of what it reports."""
from __future__ import annotations

import re

from newsfigures.calendar_words import WEEKDAYS

# A citation of the source after a sentence ends: "... surpasses 50,000. (Reuters)", "... injured. (AP) (Al Jazeera)".
# One group of parenthesised names, then the end of the paragraph or the next sentence.
CITATION_GROUP = re.compile(r"(?<=[.!?\"”’])[ \t]*((?:\([^()\n]{1,60}\)[ \t]*)+)(?=$|\n|[A-Z0-9\"“‘])")
CITATION_NAME = re.compile(r"\(([^()\n]{1,60})\)")
# "... killed 30 people. — Reuters" at the end of a paragraph.
DASH_CITATION = re.compile(r"(?<=[.!?\"”’])[ \t]*(?:—|–|--)[ \t]*([^\n—–]{1,60}?)[ \t]*(?=$|\n)")
# Lower-case words a source's name may contain ("AFP via Barron's", "Times of Israel").
NAME_CONNECTORS: frozenset[str] = frozenset({
    "of", "via", "the", "and", "&", "for", "on", "de", "du", "des", "la", "le", "el", "al", "der", "die", "y",
})
MAX_NAME_WORDS = 6
# Joins the names of several citations of one item ("AP; Al Jazeera").
NAME_SEPARATOR = "; "
# Verbs that attribute the figure they govern to their subject beyond the shared REPORTING_VERBS ("SOAW lists 11
# former dictators", "the commission listed 2,095 deaths"); kept here so event and subject readings are unchanged.
ATTRIBUTING_VERBS: frozenset[str] = frozenset({"list"})
# Verbs that state what their subject believes or grants, attributing the clause they govern to it: "Terry Lee from
# the Australian Workers Union fears up to 200 jobs at the plant are at risk", "Mr Ward admits about 35 jobs at the
# plant will go" (Lee bg_137), "Health experts ... are predicting that as many as an additional 60,000 people could
# perish" (Wikinews 081). Only a clause: "admitted 300 new members" lets them in. A forecast is also its object
# ("Analysts forecast a profit of $2 billion").
STANCE_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("fear", "admit", "concede", "acknowledge"), frozenset({"ccomp"})),
    **dict.fromkeys(("predict", "forecast"), frozenset({"ccomp", "dobj"})),
}
# Verbs whose subject is evidence, not a speaker: "the ministry's figures show" is the ministry's, "the video showed
# ... a $1000 bribe" nobody's. The source is the subject's owner ("X's", "from X", "by X") or the subject when it
# is a name.
EVIDENCE_VERBS: frozenset[str] = frozenset({"show"})
EVIDENCE_OWNER_PREPS: frozenset[str] = frozenset({"from", "by"})
# How a name set before an evidence noun hangs on it: a compound ("Health Ministry figures"), or a modifier for a
# name with its own "of" ("Ministry of Defence figures show", "Ministry of Health data showed": stop-37 probe).
EVIDENCE_NAME_DEPS: frozenset[str] = frozenset({"compound", "nmod"})
# Nouns of evidence a name may be compounded on, the name being its owner ("Health Ministry figures show", "Labor
# Department data showed", "The National Institute of Health report shows"); spaCy's
# lemma of "data" is "datum".
EVIDENCE_NOUNS: frozenset[str] = frozenset({
    "figure", "data", "datum", "statistic", "number", "report", "survey", "study", "poll", "estimate", "tally",
    "count", "record", "result", "research",
})
# Reporting verbs whose object is the one who spoke: a passive one's subject is the speaker ("A police officer was
# quoted as saying ...", "officials were cited as saying ...").
SPEAKER_OBJECT_VERBS: frozenset[str] = frozenset({"quote", "cite"})
# Quotation marks that say which end of a quotation they are (a straight '"' is read by what stands beside it).
OPENING_QUOTES = "“"
CLOSING_QUOTES = "”"
# A speaker's name in a quotation's tag: up to four capitalised words ("Mr Downer", "Todd Woodbridge"), or the
# pronoun that stands for the person named before.
# Titles written with a period that ends no sentence ("Mr.", "Sen.").
_TITLE_ABBREVIATIONS = r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|Rev|St)\."
# A word of a name: an initial or a title keeps its period, any other word ends before one ("said Sen. John Smith. The
# company ..." names "Sen. John Smith").
_NAME_WORD = rf"(?:[A-Z]\.|{_TITLE_ABBREVIATIONS}|[A-Z][\w'’-]*)"
_NAME = rf"(?:{_NAME_WORD}\s+){{0,3}}[A-Z][\w'’-]*|he|she"
# Verbs of speech that tag a quotation, as written.
_SPEECH = (r"(?:said|says|told|tells|added|adds|asked|asks|explained|explains|insisted|insists|warned|warns|"
           r"noted|notes|stated|states|declared|declares|replied|replies|continued|continues|recalled|recalls|"
           r"admitted|admits|argued|argues|claimed|claims|wrote|writes|"
           # a plural subject's present: '," officials say', "Witnesses say ...", '," analysts warn'
           r"say|tell|add|warn|insist|explain|note|argue|claim)\b")
# A tag's subject that is a bare plural or mass noun, no name and no article ("police", "officials", "local
# residents"; up to two lower-case words), never a pronoun, which stands for someone named before, nor a
# conjunction: '"We lost 12 soldiers. Another 30 are wounded," officials say' covers both sentences (GUIDE A1).
_BARE = (r"(?!(?:he|she|it|they|we|i|you|this|that|these|those|and|but|or|so|as|then|one|some)\b)"
         r"[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*)?")
# After a closing mark: '," he said', '," Mr Rafter told reporters', '," said Mr Bush'; never past a sentence's end
# ('a "$5 million giveaway". Treasurer Peter Costello says ...' names no speaker of the quotation).
# A speaker a tag describes rather than names: "the fire chief", "a spokesman for the army" (up to six words).
_DESCRIPTION_WORDS = r"(?:[ \t]+(?!(?:that|who|which|and|but|as|when|while)\b)[\w'’.-]+){1,6}?"
_DESCRIPTION = rf"(?:the|a|an){_DESCRIPTION_WORDS}"
# Where a description after its verb ends: a mark, a paragraph's end, or a word that opens a clause or a time
# ('," said a union official who was there', '," said a spokesman on Monday', '," said a spokesman Monday').
_DESCRIPTION_END = (r"\.?[ \t]*(?:[,;:!?\n]|$)|\.\s|[ \t]+(?:who|which|that|on|in|at|after|before|late|earlier|"
                    rf"yesterday|today|last|this|{'|'.join(day.capitalize() for day in WEEKDAYS)})\b")
# A description after its verb, whose words end before a sentence's period (an initialism or a title keeps its own:
# "U.S.", "Mr.").
_LATE_DESCRIPTION = (r"(?:the|a|an|one)(?:[ \t]+(?!(?:that|who|which|and|but|as|when|while)\b)"
                     rf"(?:(?:[A-Z]\.)+|{_TITLE_ABBREVIATIONS}|[\w'’-]+)){{1,6}}?")
# The verb may come first and a description after it ('," said a union official.'), and a description may be set
# off from the speaker's name by commas ('," the mine's manager, Peter Hall, told reporters'): the name is written.
TAG_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:(?P<name>{_NAME})[ \t]+{_SPEECH}|(?P<desc>{_DESCRIPTION})[ \t]+{_SPEECH}|"
                       rf"{_DESCRIPTION},[ \t]+(?P<appos>{_NAME}),[ \t]+{_SPEECH}|"
                       rf"{_SPEECH}[ \t]+(?P<late>{_NAME})|"
                       rf"{_SPEECH}[ \t]+(?P<late_desc>{_LATE_DESCRIPTION})(?={_DESCRIPTION_END})|"
                       rf"(?P<bare>{_BARE})[ \t]+{_SPEECH})")
# In the sentence that brings a quotation in: "Warne says Australia is well placed", "But he says ...",
# "Mr Bush said:"; the speaker after the verb only where the sentence opens with it (the tag of a quotation before:
# '"...," said Mr Bush. "...'), never "says Australia" inside a sentence.
# A name set off by commas on both sides, after at most one lower-case title that is no preposition, is the
# speaker too: "The institute's Statistics Unit director, professor Helena Britt, says the findings ... "There
# seems to be a shift of 1 per cent ..." (Lee bg_172), "A spokesman for the commission, John Dickie, says it faces
# a great challenge. "The issues ..." (Lee bg_287); not "Mark Sullivan, from the Rural Fire Service, says".
_TITLE = r"(?:(?!(?:from|of|in|at|for|with|by|on)\b)[a-z]+[ \t]+)?"
_APPOSED = rf",[ \t]+{_TITLE}(?P<appos>{_NAME}),[ \t]+{_SPEECH}"
# A description that is the sentence's subject brings a quotation in as a name does (GUIDE A1: 'The mayor said: "We
# opened 12 shelters. About 900 people slept there."' covers both sentences), where it opens the sentence, after at
# most a conjunction, or follows a comma ("On Monday, a spokesman for the army said: ..."); never one inside a
# phrase ("Mark Sullivan, from the Rural Fire Service, says" names no description's speech).
_LEADING_CONJUNCTIONS = r"(?:But|And|So|Yet|However|Meanwhile|Still|Now|Also)"
_DESCRIBED = (rf"(?:^\s*(?:{_LEADING_CONJUNCTIONS},?[ \t]+)?|,[ \t]*)(?P<desc>(?i:the|a|an){_DESCRIPTION_WORDS})"
              rf"[ \t]+{_SPEECH}")
TAG_IN_SENTENCE = re.compile(
    rf"(?<![\w'’])(?P<name>{_NAME})[ \t]+{_SPEECH}|^[\s,.]*{_SPEECH}[ \t]+(?P<late>{_NAME})|{_APPOSED}|"
    rf"{_DESCRIBED}")
# Capitalised words that open a sentence before a speaker's name and are no part of it ("But Rafter says").
NAME_OPENERS: frozenset[str] = frozenset({"But", "And", "The", "However", "So", "Then", "Yet", "Now", "Meanwhile",
                                          "Still", "Also", "A", "An", "In", "On", "At", "After", "Earlier",
                                          "Later", "Today", "Yesterday"})
# Tag subjects that stand for the person named before the quotation.
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
# The subject form of a pronoun a quoting verb takes as its object ("The paper quoted him as saying"), so that it
# stands for the source named before as a subject pronoun does.
SUBJECT_FORMS: dict[str, str] = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}
# Marks that set off a tail describing a source ("Gary Redmond, who lost his son, says"; "Joe Leuer - who ...").
TAIL_MARKS: frozenset[str] = frozenset({",", "-", "—", "–", "--"})
CLAUSE_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})  # a clause's own subject
# A finite reporting verb, which a tail ", A and B said" ends with; a participle ("refugees and families estimated
# at 5,000") describes the noun before it and reports nothing.
FINITE_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP"})
# Conjunctions of a clause of time, which says when a report was made, not what it reports.
TIME_MARKS: frozenset[str] = frozenset({"since", "before", "after", "until", "till"})
# Reporting verbs whose direct object is not what they report: who is quoted ("quotes a 27-year-old student as
# saying ...", "quoting informed sources"), what is added ("the two openers added 72 without loss", "adding 113 for the
# fourth wicket"), and whom a verb of telling addresses ("told 300 supporters at a rally that ...", "Police warned 500
# residents to leave", "briefed 40 journalists": the count is its audience, nobody's report); they report a clause
# ("added that ...", and "warned 2,000 jobs could be lost", where the parser takes the clause's subject for the object).
OBJECT_NOT_REPORTED_VERBS: frozenset[str] = frozenset({"quote", "add", "tell", "warn", "brief"})
# Reporting verbs that also do what they say to a thing they take: a count of that thing is what was done ("The
# government released 300 prisoners", "The band released 12 albums", "The newspaper published 12 photographs"), no
# report; what they release as a report has a noun of its own ("released a toll of 400", "published figures showing
# ...").
COUNTED_OBJECT_DONE_VERBS: frozenset[str] = frozenset({"release", "publish"})
# Kinds of names the parser may break into several subjects of one reporting verb ("Ashraf al-Qidra").
BROKEN_NAME_LABELS: frozenset[str] = frozenset({"PERSON", "ORG"})
# Hyphens the parser may take for a word of a broken name ("al-Qidra").
NAME_HYPHENS: frozenset[str] = frozenset({"-", "‐"})
# "put" reports a figure only where it places one: "Police put the crowd at 50,000", "put the toll between 40 and
# 50"; not "put on 44 runs", "put the side in a dominant position" (Lee bg_037).
PLACING_VERBS: frozenset[str] = frozenset({"put"})
PLACING_PREPS: frozenset[str] = frozenset({"at", "between", "around", "near", "above", "below", "over", "under"})
# "give" reports a figure only as the count or estimate it gives: "The ministry gave a toll of 300", "Police gave a
# figure of 12 dead", "Authorities gave an estimate of 2,000" (stop-37 probe: conflict, crime, health, disasters);
# not "gave 300 blankets", "gave $5 million" (what is handed over).
GIVING_VERBS: frozenset[str] = frozenset({"give"})
GIVEN_COUNT_NOUNS: frozenset[str] = frozenset({"toll", "figure", "estimate", "tally", "count"})
# Prepositions of a phrase set before a reporting verb that name the whole its report counts a part of ("Of the 40
# dead, police said 12 were children"): the phrase is part of the report, not its setting.
PARTITIVE_PREPS: frozenset[str] = frozenset({"of", "among"})
# Clauses set on a figure's own phrase that may say who reports it: "the 27 soldiers cited ... by a 1993 UN Truth
# Commission" (a participle, wn2004_037), "the $30,000 per month they estimate will be necessary" (a relative clause,
# wn2004_090).
FIGURE_CLAUSES: frozenset[str] = frozenset({"acl", "relcl"})
# Reporting verbs whose object is what is done, not what is said: set on a figure, they name no source of it ("the 300
# prisoners released by Israel", "the 72 runs added by Kallis", "the 26 deaths recorded in the state", "the 500
# residents warned by police", "the votes counted").
DONE_NOT_SAID_VERBS: frozenset[str] = frozenset({"release", "publish", "add", "quote", "put", "show", "update",
                                                 "count", "tally", "record", "brief", "tell", "warn"})
# Verbs whose place subject is where a figure happened, not who reports it: "That state has recorded 10 of the 26
# deaths" (Lee bg_043), "New South Wales has recorded 18 holiday deaths" (bg_021); a body that records reports
# ("the ministry recorded 40 deaths").
PLACE_RECORDING_VERBS: frozenset[str] = frozenset({"record"})
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC"})
# Verbs set on a figure's noun that take it rather than report it, by the nouns they take: "the 12 lives claimed by
# the storm", "the 30 lives the floods claimed" (WordNet 3.0 claim.v.04, "take as an undesirable consequence of some
# event or state": "The hurricane claimed 7 lives"); "the 300 deaths claimed by the rebels" is still a claim.
TAKEN_BY: dict[str, frozenset[str]] = {"claim": frozenset({"life", "lives"})}
# What a claim of a deed claims: the deed, not what the text says of it ("A group claimed responsibility for the
# bombing, which killed 12 soldiers": the toll is not the group's report; WordNet 3.0 claim.v.02 "lay claim to").
CLAIMED_DEEDS: dict[str, frozenset[str]] = {"claim": frozenset({"responsibility", "credit"})}
# Dependents that give a reporting verb a clause or a conjunction of its own: a conjunct reporting verb that has one
# reports it, not the clause before ("..., and a U.N. official said that ...").
OWN_CLAUSE_DEPS: frozenset[str] = frozenset({"cc", "ccomp", "xcomp", "preconj"})
# Nouns of a count someone made, whose possessor is the figure's source ("the ministry's tally stands at 300", "the
# government's count is 300"); not "toll", whose possessor is whose dead ("Turkey's death toll"). The preposition
# that joins a count noun's verb to its figure (not "of": "the company's count of 3,000 stores" counts stores).
COUNT_NOUNS: frozenset[str] = frozenset({"tally", "count", "estimate"})
COUNT_PREPS: frozenset[str] = frozenset({"at"})
WHERE_SPOKEN: frozenset[str] = frozenset({"here", "there"})  # "traders here said": where, not who
# the words that close a company's name ("Corp", "Inc"): alone they name no source (a wire headline that swallowed
# the name before them: "OSR <OSRC> TO MAKE ACQUISITION OSR\n\nCorp said it has agreed")
COMPANY_DESIGNATORS: frozenset[str] = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "group", "ag", "sa", "nv"})
