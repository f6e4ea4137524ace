"""Fixtures shared by the test modules."""

from __future__ import annotations

import pytest

from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import Lexicon


@pytest.fixture(scope="session")
def shipped_extractor() -> EventExtractor:
    """The extractor with the lexicon the product ships (timeline/data), built once: it keeps
    no state between texts but its memos."""
    return EventExtractor(Lexicon.from_files())
