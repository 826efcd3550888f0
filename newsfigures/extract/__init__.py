"""Stage 3, extract: number mentions read in context with spaCy's parse become figures (what, whose, when, who said)."""
