"""Parties to agreements as the extractor reads them (shipped lexicon, sentences written for
these tests)."""

from __future__ import annotations

from datetime import date

from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import Lexicon
from timeline.extraction.types import EventType


def test_states_named_beside_a_body_are_parties() -> None:
    text = (
        "Die USA haben im Sommer ohne Wissen der EU mit Japan und Kanada ein Handelsabkommen "
        "unterzeichnet."
    )
    found = EventExtractor(Lexicon.from_files()).extract(text, date(2024, 9, 1)).events
    agreements = [e for e in found if e.type is EventType.AGREEMENT]
    assert len(agreements) == 1
    assert {"USA", "Japan", "Kanada"} <= set(agreements[0].actors)
