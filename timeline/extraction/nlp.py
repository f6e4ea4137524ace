"""The one spaCy pipeline the extractor uses: blank German, sentencizer, lookup lemmatizer.

No pretrained German model can be installed where we run, so nothing here requires one.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language


@cache
def german_pipeline() -> Language:
    """A blank German pipeline with sentence boundaries and lookup lemmas (built once)."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    except (ValueError, OSError, ImportError):
        # spacy-lookups-data missing: lemmas stay empty, matching falls back to surface forms.
        nlp.remove_pipe("lemmatizer")
    return nlp


@cache
def german_tokenizer_only() -> Language:
    """The blank tokenizer alone: the floor that benchmarks compare against."""
    return spacy.blank("de")
