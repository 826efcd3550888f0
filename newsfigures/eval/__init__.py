"""Evaluation shared by scripts/ and tests/: gold loading, matching and scores."""
