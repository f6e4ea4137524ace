"""The trigger resource (`timeline/extraction/resources/de/triggers.toml`): every rule's
examples state an event of its type through the whole extractor, its counterexamples none."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import Lexicon
from timeline.extraction.triggers import (
    ReportingExample,
    RuleExample,
    ScopeExample,
    place_descriptors,
    scope_rules,
    trigger_rules,
)

PUBLISHED = date(2024, 5, 15)
EXAMPLES = trigger_rules().examples


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor(Lexicon.from_files())


def test_every_rule_has_an_example() -> None:
    names = {example.rule for example in EXAMPLES if example.states_event}
    data_names = {rule for rule in (e.rule for e in EXAMPLES)}
    assert names == data_names


@pytest.mark.parametrize(
    "example", EXAMPLES, ids=[f"{e.rule} | {e.sentence[:40]}" for e in EXAMPLES]
)
def test_rule_examples(extractor: EventExtractor, example: RuleExample) -> None:
    found = {e.type for e in extractor.extract(example.sentence, PUBLISHED).events}
    if example.states_event:
        assert example.type in found, (example.rule, example.sentence, found)
    else:
        assert example.type not in found, (example.rule, example.sentence, found)


SCOPE_EXAMPLES = scope_rules().examples


@pytest.mark.parametrize(
    "example", SCOPE_EXAMPLES, ids=[f"{e.rule} | {e.sentence[:40]}" for e in SCOPE_EXAMPLES]
)
def test_scope_examples(extractor: EventExtractor, example: ScopeExample) -> None:
    """A cue that applies makes the event no event (effect "none") or a plan; where it does
    not apply, the event occurred."""
    found = [
        e for e in extractor.extract(example.sentence, PUBLISHED).events if e.type == example.type
    ]
    statuses = {str(e.status) for e in found}
    if not example.applies:
        assert "occurred" in statuses, (example.rule, example.sentence, statuses)
    elif example.effect == "none":
        assert not found, (example.rule, example.sentence, statuses)
    else:
        assert statuses == {"planned"}, (example.rule, example.sentence, statuses)


REPORTING_EXAMPLES = scope_rules().reporting_examples


@pytest.mark.parametrize(
    "example", REPORTING_EXAMPLES, ids=[e.sentence[:50] for e in REPORTING_EXAMPLES]
)
def test_reporting_examples(extractor: EventExtractor, example: ReportingExample) -> None:
    """Who reports from another clause that others take part in an event takes no part in it;
    who is the pronoun of the reported clause, or its only person, does."""
    found = [
        e for e in extractor.extract(example.sentence, PUBLISHED).events if e.type == example.type
    ]
    assert found, example.sentence
    with_speaker = [e for e in found if example.speaker in e.actors]
    if example.applies:
        assert not with_speaker, (example.sentence, [e.actors for e in found])
    else:
        assert with_speaker, (example.sentence, [e.actors for e in found])


PLACE_EXAMPLES = place_descriptors().examples


@pytest.mark.parametrize("example", PLACE_EXAMPLES, ids=[e[1][:50] for e in PLACE_EXAMPLES])
def test_place_descriptor_examples(extractor: EventExtractor, example: tuple[str, str]) -> None:
    """A place named by description ("in der ukrainischen Hauptstadt") is where the event of
    its sentence happens."""
    place, text = example
    locations = {e.location for e in extractor.extract(text, PUBLISHED).events}
    assert place in locations, (text, locations)


def test_a_descriptor_stands_only_for_a_country_it_can_mean(extractor: EventExtractor) -> None:
    """The last country named is not taken where the noun cannot mean it: Germany was never a
    Soviet republic, so the protest is in Belarus, named before."""
    text = (
        "In Belarus wurde am Sonntag gewählt. Bundeskanzler Olaf Scholz rief aus Deutschland "
        "zur Mäßigung auf. In der ehemaligen Sowjetrepublik demonstrierten am Montag Tausende."
    )
    protests = [e for e in extractor.extract(text, PUBLISHED).events if e.type == "protest"]
    assert [p.location for p in protests] == ["Belarus"]
