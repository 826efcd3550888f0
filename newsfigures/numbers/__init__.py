"""Stage 2, numbers: every number mention in a string, with its value, interval, qualifier and unit (no spaCy)."""
from newsfigures.numbers.parser import (NumberMention, currency_words, interval, number_records, parse_number_text,
                                        parse_numbers)

__all__ = ["NumberMention", "currency_words", "interval", "number_records", "parse_number_text", "parse_numbers"]
