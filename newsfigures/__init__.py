"""newsfigures: extract, chart and compare the numeric figures news articles report."""

__version__ = "0.1.0"
