"""Evaluation shared by scripts/ and tests/: the gold set, matching, attribute rules, scores, metric grouping,
verdicts, Recognizers-Text conformance and the Wikinews cleaning check. It may import any stage; no stage imports it."""
