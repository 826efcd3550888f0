"""Stage 2, numbers: every number mention in a string, with its value, interval, qualifier and unit (no spaCy).

The pipeline of the parser and its rules: docs/numbers.md."""
from newsfigures.numbers.mention import QUALIFIERS, NumberMention, interval
from newsfigures.numbers.lexicon import QUANTITY_KINDS
from newsfigures.numbers.money import currency_code, currency_words
from newsfigures.numbers.parser import number_records, parse_number_text, parse_numbers

__all__ = ["NumberMention", "QUALIFIERS", "QUANTITY_KINDS", "currency_code", "currency_words", "interval",
           "number_records", "parse_number_text", "parse_numbers"]
