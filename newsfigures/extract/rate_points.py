"""The size of a move of an interest rate is in percentage points, however the copy writes its unit: "rates will be
cut by 0.25 per cent" (dev-lee bg_251) and "a further cut of 0.25 of a per cent" (dev-lee bg_244), both of the
rba_interest_rates_2001 story, are the gold's `percentage_point` ("percentage points although written 'per cent'"),
as "cut a key interest rate by a quarter-point" (dev-lee2 bg_170, the US Federal Reserve) is. A rate's level ("taking
the cash rate to 4.25 per cent") stays a per cent (GUIDE C1: a level stated as a rate is `rate`), and a per cent
change of anything else ("premiums rose 5.5 per cent", a price) stays a relative change."""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsfigures.extract.changed import INTEREST_RATE
from newsfigures.extract.scope import is_change

PERCENT = "percent"
PERCENTAGE_POINT = "percentage_point"


def rate_move_dimension(num: Token, mention: Span, noun: Token | None, quantity: str, dimension: str) -> str:
    """`percentage_point` for a per cent that is the size of a move of an interest rate (C1's change), else
    `dimension` unchanged."""
    if dimension == PERCENT and quantity == INTEREST_RATE and is_change(num, mention, noun, dimension):
        return PERCENTAGE_POINT
    return dimension
