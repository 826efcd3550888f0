"""Stage 3, extract: number mentions read in context with spaCy's parse become figures (what, whose, when, who said)."""
from newsfigures.extract.figures import extract_figures, extract_many
from newsfigures.extract.pipeline import (EXTRACTOR_VERSION, ModelMissing, fingerprinted_files, load_pipeline,
                                          model_name)

__all__ = ["EXTRACTOR_VERSION", "ModelMissing", "extract_figures", "extract_many", "fingerprinted_files",
           "load_pipeline", "model_name"]
