"""The issue's "at X" and "in X" subjects: an organisation a counted noun is "at" or "in" owns what it counts
("3,000 jobs at Acme", "Profits at Acme rose 12 per cent", "shares in Acme fell 3 per cent"); a place there says
where (GUIDE P1), so only an organisation's name counts. A counted noun that is a verb's object is owned by whoever
does the act (the GUIDE's "Kmart to buy Sears" -> "Kmart"): "Acme bought a 25 per cent stake in Initech", "the party
won 30 seats in the Senate" are not Initech's or the Senate's."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.antecedent import antecedent
from newsfigures.extract.naming import entity_text

OWNING_PREPOSITIONS = frozenset({"at", "in"})
ORGANISATION_LABELS = frozenset({"ORG"})
OBJECT_DEPS = frozenset({"dobj"})  # how a noun stands on the verb whose subject does the act on it


def organisation_at(noun: Token | None) -> str:
    """The organisation the counted noun is "at" or "in", as the text names it; "" for none, a place, or a noun
    that is a verb's object (the act's doer owns it)."""
    if noun is None or noun.dep_ in OBJECT_DEPS:
        return ""
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in OWNING_PREPOSITIONS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        obj = (antecedent(obj) or obj) if obj is not None and obj.pos_ == "NOUN" else obj  # "jobs at the plant"
        if obj is not None and obj.ent_type_ in ORGANISATION_LABELS:
            return entity_text(obj)
    return ""
