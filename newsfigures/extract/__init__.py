"""Stage 3, extract: number mentions read in context with spaCy's parse become figures (what, whose, when, who said)."""
from newsfigures.extract.figures import (EXTRACTOR_VERSION, ModelMissing, extract_figures, extract_many,
                                         fingerprinted_files, load_pipeline, model_name, restamp)

__all__ = ["EXTRACTOR_VERSION", "ModelMissing", "extract_figures", "extract_many", "fingerprinted_files",
           "load_pipeline", "model_name", "restamp"]
