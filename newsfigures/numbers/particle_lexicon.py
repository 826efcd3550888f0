"""Phrasal verbs whose particle "over" stands right before a number without bounding it ("handed over 42
soldiers", "took over 3 rivals": exactly 42, exactly 3); a unit of time after the number makes the "take" ones a
bound again ("took over two hours", `lexicon.DURATION_WORDS`)."""
from __future__ import annotations

# Verbs whose "over" is their own particle (hand over, turn over, sign over): the number after it is their object.
PARTICLE_OVER_VERBS: frozenset[str] = frozenset({
    "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign", "signs", "signed",
    "signing",
})
# "take over" (assume control of) unless a duration follows the number: "took over two hours" is more than two.
TAKE_OVER_VERBS: frozenset[str] = frozenset({"take", "takes", "took", "taken", "taking"})
