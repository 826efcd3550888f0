"""Stage 4, compare: figures across a corpus grouped into metrics, paired, given verdicts, ranked and rolled up."""
