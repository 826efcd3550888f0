"""Who a figure is attributed to (`said_by`): the subject of a reporting verb, "according to X", or the sources
cited after its sentence ("... surpasses 50,000. (Reuters)", "(AP) (Al Jazeera)", "— Reuters")."""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import quotes, sentcache, source_forms, source_phrase, statements, wrapped_source
from newsfigures.extract import source_lexicon as cite
from newsfigures.extract.evidence_source import closing_evidence
from newsfigures.extract.antecedent import person_before
from newsfigures.extract.measure_lexicon import BODY_HEADS, RELATIVE_PRONOUNS
from newsfigures.extract.context import ArticleContext
from newsfigures.extract.pipeline import sentence_before
from newsfigures.extract.naming import entity_text
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import names_location, person_noun, place_senses

MAX_SOURCE_TOKENS = 12
QUOTE_LOOKBACK = 6  # sentences searched back for where a quotation opened
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})  # a clause of a participle: "Speaking to ...", "Asked about ..."


def said_by(num: Token, ctx: ArticleContext) -> str:
    """Who the figure is attributed to: the source its text names, else the sources cited after its sentence, else
    the source its sentence names past a line break inside it (hard-wrapped text: `wrapped_source`), else the owner
    of the evidence that closes its sentence ("..., figures from NHS England show.": `evidence_source`)."""
    return (_named_in_text(num, ctx) or _quoted_speaker(num, ctx.article.text)
            or _trailing_citation(ctx.article.text, num.doc._.offset + num.idx)
            or wrapped_source.across_wrap(num, ctx.article.text, ctx.last_source) or closing_evidence(num))


def _named_in_text(num: Token, ctx: ArticleContext) -> str:
    """The subject of the reporting verb above the number, or "according to X"; a pronoun stands for the last
    source named (remembered in `ctx`), while a description ("the agency") is written as the nearest mention names
    it (GUIDE A1)."""
    found, pronoun = _reporting_subject_above(num)
    found = _according_to_on_the_way(num) or found
    found = found or _nearest_reporting_subject(num) or _according_to(num) or _reported_on_the_figure(num)
    found = found or _count_owner(num)
    if not found and pronoun:
        found = _previous_subject(num, pronoun.lower() in cite.SPEAKER_PRONOUNS) or ctx.last_source
    if found and (any(ch.isupper() for ch in found) or _definite_body(found)):
        ctx.last_source = found
    return found


def _definite_body(source: str) -> bool:
    """A source written as a definite description of a body ("the army", "the company": BODY_HEADS), which a later
    "it said" stands for as a name would ("... the army said in a statement. It said troops had killed 30"); not a
    bare or plural phrase ("hog numbers", "figures", "coffee trade sources")."""
    words_ = source.lower().split()
    return len(words_) >= 2 and words_[0] == "the" and words_[-1] in BODY_HEADS


def _quoted_speaker(num: Token, text: str) -> str:
    """The speaker of the quotation the number stands in, as its tag or the sentence bringing it in names them;
    "he"/"she" is the person last named as a subject before the quotation; "" when not quoted or no one is named."""
    chain = quotes.quoted_chain(text, num.doc._.offset + num.idx)
    name = (quotes.tag_after(text, chain) or quotes.tag_before(text, chain)) if chain else ""
    if name.lower() not in cite.SPEAKER_PRONOUNS:
        return name
    before = _token_before(num, chain[0].start)
    person = person_before(before) if before is not None else None
    return entity_text(person) if person is not None else ""


def _token_before(num: Token, start: int) -> Token | None:
    """The last parsed token before article offset `start`, in the nearest sentence that starts before it (the
    sentences before the number's are parsed when asked for: pipeline.sentence_before); None when none is
    reached."""
    sent = num.sent
    for _ in range(QUOTE_LOOKBACK):
        offset = sent.doc._.offset
        if sent.start_char + offset < start:
            return next(t for t in reversed(sent) if t.idx + offset < start)
        sent = sentence_before(sent, QUOTE_LOOKBACK)
        if sent is None:
            return None
    return None


def _reporting_subject_above(num: Token) -> tuple[str, str]:
    """(source, pronoun): the subject of the nearest reporting verb above the number that is not a pronoun,
    and the first pronoun subject met on the way ("" when none)."""
    pronoun = ""
    for t, child in sentcache.verbs_above(num):
        if _attributes(t, num) and not _times_the_report(child) and not _sets_the_report(child, t):
            s = _subject_text(t, num)
            if s.lower() in words.SOURCE_PRONOUNS:
                pronoun = pronoun or s
            elif s:
                return s, pronoun
    return "", pronoun


def _times_the_report(child: Token) -> bool:
    """The reporting verb's dependent the number is reached through says when it reports, not what: a measure of
    time on the verb ("It could be 48 hours before tests can confirm ...", Lee bg_178) or a clause of time ("has
    recorded its biggest drop since it was started almost two years ago", Lee bg_279)."""
    if child.dep_ == "npadvmod":
        return True
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cite.TIME_MARKS for c in child.children)


def _sets_the_report(child: Token, verb: Token) -> bool:
    """The reporting verb's dependent the number is reached through says where, to whom or after what it reports,
    not what: a participle clause on it whose verb reports nothing ("Speaking to 3,000 supporters in the capital, the
    premier said", "Addressing a crowd of about 2,000 people, the leader said"; not "..., adding that 40 homes were
    lost", nor a clause with a conjunction, which the parser may hang what is said on: "says if fire activity
    increases hundreds of ... celebrations ... will be cancelled") or a phrase set before it ("In a
    speech to 500 delegates, the minister said", "After a meeting that lasted 3 hours, the union said"; not one naming
    the whole the report counts a part of: "Of the 40 dead, police said 12 were children"); what it
    reports is its clause or object (GUIDE field line: the attribution of the figure)."""
    if child.dep_ == "advcl":
        marked = any(c.dep_ == "mark" for c in child.children)
        return child.tag_ in PARTICIPLE_TAGS and not marked and not _speaks(child)
    return child.dep_ == "prep" and child.i < verb.i and child.lower_ not in cite.PARTITIVE_PREPS


def _speaks(verb: Token) -> bool:
    """A verb that reports or states what it governs ("adding that ...", "citing figures showing ...")."""
    verb_lemma = lemma(verb)
    return verb_lemma in words.REPORTING_VERBS or verb_lemma in cite.STANCE_VERBS or (
        verb_lemma in statements.statement_verbs())


def _previous_subject(num: Token, person: bool = False) -> str:
    """The named subject of the sentence before the number's, which a pronoun subject of a reporting verb stands
    for ("They also report 15,000" -> the Indymedia group named before; "Ridge thanked President Bush ... He cited
    ... 'After more than 22 years'" -> Ridge); for "he"/"she" (`person`) only a subject that names a person, not
    '"The frequency has increased. They now come within an interval of half an hour," he said' (Lee bg_268) nor
    'The United States has a total of 1,500 to 2,000 troops ..., according to Defense Secretary Donald Rumsfeld.
    "We have got 1,500 to 2,000 people," he said' (Lee bg_284): then the last source named stands."""
    before = sentence_before(num.sent, 1)
    if before is None:
        return ""
    root = before.root
    subj = _subject(root)
    if person and (subj is None or not _names_a_person(subj) or _plural(subj)):
        return ""
    s = _subject_text(root, num)
    return s if any(ch.isupper() for ch in s) and s.lower() not in words.SOURCE_PRONOUNS else ""


def _plural(subj: Token) -> bool:
    """A plural or coordinated subject, which "he" or "she" never stands for ("Police arrested John Brown ... He
    said", "Police and Mr Brown met ... He said")."""
    return subj.tag_ in ("NNS", "NNPS") or "Plur" in subj.morph.get("Number") or any(
        c.dep_ == "conj" for c in subj.children)


def _names_a_person(subj: Token) -> bool:
    """The subject names a person: a person's name in its phrase ("the Bureau of Meteorology's Claire Richards",
    Lee bg_000), a singular name the tagger left untyped ("Mr Gibbons", Lee bg_103), or a noun whose first WordNet
    sense is a person ("A spokesman")."""
    return (subj.tag_ == "NNP" and not subj.ent_type_) or person_noun(lemma(subj)) or any(
        t.ent_type_ == "PERSON" for t in subj.subtree)


def _nearest_reporting_subject(num: Token) -> str:
    """The named subject of the reporting verb set beside the sentence's clause (", officials said" parsed as
    parataxis, or as a bare conjunct: `source_forms.said_after`) closest to the number; a reporting verb of an
    embedded or coordinated clause ("..., and a U.N. official said that ...", "almost all of whom said ...")
    reports its own clause, not the number's."""
    best = None
    for t in num.sent:
        if t.pos_ == "VERB" and _attributes(t, num) and (t.dep_ == "parataxis" or source_forms.said_after(t, num)):
            s = _subject_text(t, num)
            if s and s.lower() not in words.SOURCE_PRONOUNS and (best is None or abs(t.i - num.i) < best[0]):
                best = (abs(t.i - num.i), s)
    return best[1] if best else ""


def _reported_on_the_figure(num: Token) -> str:
    """Who a verb of report set on the figure's own phrase names: the agent of its participle or passive ("Of the 27
    soldiers cited for that killing by a 1993 UN Truth Commission", wn2004_037), or the subject of its relative
    clause, a pronoun standing for the nearest subject above that is no pronoun ("to raise the $30,000 per month
    they estimate will be necessary", wn2004_090: the site operators); not a clause of the counted persons' own
    ("the 200 officials who said"), nor a verb whose object is what is done, not said ("the 300 prisoners released
    by Israel")."""
    for holder in (num, num.head):
        for verb in holder.children:
            if verb.dep_ in cite.FIGURE_CLAUSES and _reports_what_it_names(verb) and not _takes(verb, holder):
                return _source_of_clause(verb)
    return ""


def _takes(verb: Token, holder: Token) -> bool:
    """A verb set on what it takes, not reports: "the 12 lives claimed by the storm" (WordNet 3.0 claim.v.04)."""
    return holder.lower_ in cite.TAKEN_BY.get(lemma(verb), frozenset())


def _reports_what_it_names(verb: Token) -> bool:
    """A verb whose object, or passive subject, is what its source reports ("estimate", "cite", "speculate")."""
    verb_lemma = lemma(verb)
    return verb.pos_ == "VERB" and verb_lemma not in cite.DONE_NOT_SAID_VERBS and (
        verb_lemma in words.REPORTING_VERBS or verb_lemma in statements.statement_verbs())


def _source_of_clause(verb: Token) -> str:
    """The agent of a reporting verb set on a figure, else its subject; "" for a relative pronoun subject ("who
    said") and for a pronoun no subject above names."""
    agent = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    subj = agent or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS:
        return ""
    if subj.lower_ in words.SOURCE_PRONOUNS:  # not the subject the figure's own phrase is ("The $2 million he hopes")
        subj = next((s for t, _ in sentcache.verbs_above(verb) for s in t.children if s.dep_ == "nsubj"
                     and s.lower_ not in words.SOURCE_PRONOUNS and s.pos_ != "PRON" and verb not in s.subtree), None)
    if subj is None:
        return ""
    return _phrase_text(subj)


def _phrase_text(subj: Token) -> str:
    """A source's phrase as written (`source_phrase.phrase`), without the words `source_phrase.dropped` leaves out (a
    possessor's "'s", stray punctuation, "here" in "traders here said")."""
    return re.sub(r"\s+", " ", "".join(t.text_with_ws if not source_phrase.dropped(t, subj) else t.whitespace_
                                       for t in source_phrase.phrase(subj))).strip(" ,")


def _attributes(verb: Token, num: Token) -> bool:
    """A reporting verb, a verb of stance not denied when the number is in the clause it governs ("fears up to 200
    jobs ... are at risk": cite.STANCE_VERBS; not "has not admitted"), or a verb that attributes what it governs
    ("lists 11 former dictators") when the number is in its object (not "listed 2,095 deaths during his 17-year
    rule"); not "quote" when the number is in its object, who is quoted (wn2004_037; "The news agency, quoting
    informed sources, said", Lee bg_200), nor "add", what is added ("Jacques Kallis and Neil McKenzie added 72
    without loss", Lee bg_037; "he and Vaughan adding 113 for the fourth wicket", Lee bg_096; "added that ..."
    reports); "put" only where it places a figure ("Police put the crowd at 50,000"), not "The pair put on 44 runs
    ... to help the tourists to 277" nor "have put the side in a dominant position going into day three" (Lee
    bg_037)."""
    if _records_what_happened_there(verb) or any(c.dep_ == "dobj" and _takes(verb, c) for c in verb.children):
        return False  # "The floods have claimed 12 lives": the cause took them (WordNet 3.0 claim.v.04)
    if source_forms.claims_a_deed(verb, num):
        return False  # "claimed responsibility for the bombing, which killed 12": the deed is claimed, not its toll
    if lemma(verb) in cite.OBJECT_NOT_REPORTED_VERBS and not _subjectless_clause(verb) and any(
            num in c.subtree for c in verb.children if c.dep_ == "dobj"):
        return False
    if lemma(verb) in cite.COUNTED_OBJECT_DONE_VERBS and any(
            c.dep_ == "dobj" and num in (c, *c.children) for c in verb.children):
        return False
    if lemma(verb) in cite.PLACING_VERBS or lemma(verb) in cite.GIVING_VERBS:
        return source_forms.places_figure(verb, num)
    if lemma(verb) in words.REPORTING_VERBS:
        return True
    if lemma(verb) in cite.STANCE_VERBS:  # a stance denied ("has not admitted") holds nothing
        roles = cite.STANCE_VERBS[lemma(verb)]
        return not any(c.dep_ == "neg" for c in verb.children) and any(
            num in c.subtree for c in verb.children if c.dep_ in roles)
    if statements.states_clause_of(verb, lemma(verb), num):
        return True
    return lemma(verb) in cite.ATTRIBUTING_VERBS and any(
        num in c.subtree for c in verb.children if c.dep_ == "dobj")


def _records_what_happened_there(verb: Token) -> bool:
    """A place that "records" a figure is where it happened, not who reports it ("That state has recorded 10 of the
    26 deaths in Australia", Lee bg_043; "New South Wales has recorded 18 holiday deaths", bg_021; "New South Wales
    recorded the biggest decrease", bg_171): a subject that is a place's name or a noun whose first WordNet sense
    is a place ("state", "region")."""
    subj = _subject(verb) if lemma(verb) in cite.PLACE_RECORDING_VERBS else None
    if subj is None:
        return False
    return subj.ent_type_ in cite.PLACE_LABELS or names_location(lemma(subj)) or bool(
        place_senses(entity_text(subj)))


def _subjectless_clause(verb: Token) -> bool:
    """The verb governs a clause with no subject of its own, whose subject the parser took for the verb's object
    ("The union warned 2,000 jobs could be lost": "jobs" is what could be lost, not whom the union warned)."""
    return any(c.dep_ == "ccomp" and not any(g.dep_ in cite.CLAUSE_SUBJECT_DEPS for g in c.children)
               for c in verb.children)


def _according_to_on_the_way(num: Token) -> str:
    """X in an "according to X" set on the number's own clause, below any reporting verb above it: the nearest
    mention of the source (GUIDE A1: "The attack killed 12 people, according to witnesses, and 30 more were
    injured, hospital officials said" gives the 12 to the witnesses); "" when none."""
    t = num
    while t.head.i != t.i:
        conjunct, t = t.dep_ == "conj", t.head
        if _attributes(t, num):
            return ""
        acc = None if conjunct else next((c for c in t.children if c.lower_ == "according"), None)
        if acc is not None:  # an "according to" on the first of two conjuncts is the first's alone
            return _according_source(acc)
    return ""


def _according_to(num: Token) -> str:
    """X in "according to X" in the number's sentence, its phrase ending where the source is named as a
    subject's does (`source_phrase.phrase`); "" when absent."""
    acc = next((t for t in num.sent if t.lower_ == "according"), None)
    return _according_source(acc) if acc is not None else ""


def _count_owner(num: Token) -> str:
    """The possessor of the count the figure states, as written without its "'s" (`source_forms.count_owner`)."""
    owner = source_forms.count_owner(num)
    return _phrase_text(owner) if owner is not None else ""


def _according_source(acc: Token) -> str:
    """X in "according to X", its phrase ending as a subject's does (`source_phrase.phrase`); "" when the parse has
    none."""
    to = next((c for c in acc.children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is None:
        return ""
    return re.sub(r"\s+", " ", "".join(t.text_with_ws for t in source_phrase.phrase(obj))).strip(" ,")


def _subject_text(verb: Token, num: Token) -> str:
    """The reporting verb's subject as written (for "show", the evidence's owner); "" when it is a count itself
    ("316 said they were raped" reports what the 316 said, not who counted them; nor did the 316 count the
    "3,399 women" before them) that names no person beside it ("One of the proposal's developers, historian Walter
    Phillips, hopes", Lee bg_289: Walter Phillips), holds the figure, or runs too long to be a name; a description too long for one
    that a person's name is set beside is that name ("The head of the United Nations Office for the Coordination
    of Humanitarian Affairs, Tom Fletcher, said": a long title before the name, as "The News South Wales secretary
    of the TWU Tony Sheldon", ends in it). A passive report's agent, a relative pronoun's noun and the
    owner of evidence that shows stand for the subject (source_forms)."""
    subj = (source_forms.quoted_speaker(verb, num) or _subject(verb) or source_forms.passive_source(verb, num)
            or source_forms.coordinated_tail(verb))
    if subj is not None and subj.like_num:  # "One of the proposal's developers, historian Walter Phillips, hopes"
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    antecedent = source_forms.relative_antecedent(subj, verb) if subj is not None else None
    subj = antecedent or subj  # its clause, which holds the figure, is set off and cut from the phrase
    if subj is None:
        return ""
    heads = [subj, *source_phrase.name_after(subj.head, subj)]
    if antecedent is None and any(num in h.subtree for h in heads):
        return ""
    if lemma(verb) in cite.EVIDENCE_VERBS:
        owner = source_forms.evidence_owner(subj)
        if owner is None:
            return ""
        heads = [owner]
    words_ = [(t, h) for h in heads for t in _owner_words(h, verb)]
    words_ += [(t, t) for t in source_phrase.name_rest(verb, words_[-1][0])] if words_ else []
    if len(words_) > MAX_SOURCE_TOKENS:
        name = next((c for c in heads[-1].children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        words_ = [(t, name) for t in source_phrase.phrase(name)] if name is not None else []
    kept = (t.text_with_ws if not source_phrase.dropped(t, h) else t.whitespace_ for t, h in words_)
    text = re.sub(r"\s+", " ", "".join(kept)).strip(" ,")
    return cite.SUBJECT_FORMS.get(text.lower(), text)  # "quoted him as saying": "he", who stands for a name before


def _owner_words(head: Token, verb: Token) -> list[Token]:
    """The words of a source's phrase; for evidence that shows, without an evidence noun the name swallowed."""
    words_ = source_phrase.phrase(head)
    return source_forms.without_evidence_noun(words_) if lemma(verb) in cite.EVIDENCE_VERBS else words_


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or, for a verb coordinated to another with no subject of its own, the subject they share
    ("Julia Ham won the women's 50 metres butterfly and says the $5,000 ...", Lee bg_232; "The Transport Workers
    Union (TWU) will hold a 24-hour picket ... and says about 16,000 workers ...", Lee bg_203)."""
    while True:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None or verb.dep_ != "conj" or verb.head is verb or _passive(verb):
            return subj
        verb = verb.head


def _passive(verb: Token) -> bool:
    """A passive verb, whose shared subject is what it was done to, not who reports ("The man acknowledged the gun
    was his, and was released on $5,000 bail", Lee bg_023)."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _trailing_citation(text: str, start: int) -> str:
    """The sources cited after the number at `start` of the article `text`, before its paragraph ends: "(AP) (Al
    Jazeera)" gives "AP; Al Jazeera", "— Reuters" gives "Reuters"; "" when the paragraph cites none."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    groups = [(m.start(), cite.CITATION_NAME.findall(m.group(1)))
              for m in cite.CITATION_GROUP.finditer(text, start, end)]
    groups += [(m.start(), [m.group(1)]) for m in cite.DASH_CITATION.finditer(text, start, end)]
    for _, names in sorted(groups):
        if all(_is_source_name(n) for n in names):
            return cite.NAME_SEPARATOR.join(n.strip() for n in names)
    return ""


def _is_source_name(s: str) -> bool:
    """A short name: every word capitalised, with a digit ("i24 News"), or a connector ("Times of Israel")."""
    ws = s.split()
    return 0 < len(ws) <= cite.MAX_NAME_WORDS and any(w[0].isupper() for w in ws) and all(
        any(ch.isupper() or ch.isdigit() for ch in w) or w in cite.NAME_CONNECTORS for w in ws)
