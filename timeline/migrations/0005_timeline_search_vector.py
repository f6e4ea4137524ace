"""Stored columns for the timeline's two slowest filters at a million events, PostgreSQL only:

* `Event.search`: the German tsvector of the summary and of every source's evidence, GIN
  indexed. One column on the event (rather than an expression index per table) lets the
  planner use its statistics: a common word walks the timeline index in time order and stops
  after a page, a rare one reads the GIN index and sorts the few matches.
* `EventActor.sort_day`: the event's sort day beside each actor link, so that an actor
  filter walks (actor, sort_day, event) in time order and a page of "all of these actors"
  reads a few hundred index entries instead of joining every event of both actors.

Both are maintained by triggers (the database keeps them right whatever writes the rows:
services, editorial merges, `QuerySet.update`, COPY). On SQLite the columns exist, stay NULL
and are not read (the selectors fall back to LIKE and EXISTS there).
"""

from typing import Any

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations, models

from timeline.migration_operations import PostgresOnlyAddIndex

FORWARD = """
CREATE FUNCTION timeline_event_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := to_tsvector('german'::regconfig, coalesce(NEW.summary, ''))
        || coalesce((SELECT to_tsvector('german'::regconfig, string_agg(s.evidence, ' '))
                     FROM timeline_eventsource s WHERE s.event_id = NEW.id), ''::tsvector);
    RETURN NEW;
END $$;
CREATE TRIGGER timeline_event_search BEFORE INSERT OR UPDATE OF summary, search
    ON timeline_event FOR EACH ROW EXECUTE FUNCTION timeline_event_search();

-- A source added, removed, moved or edited: recompute its event's (and old event's) vector.
CREATE FUNCTION timeline_source_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE timeline_event SET search = NULL WHERE id = OLD.event_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.event_id IS DISTINCT FROM OLD.event_id) THEN
        UPDATE timeline_event SET search = NULL WHERE id = NEW.event_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER timeline_source_search AFTER INSERT OR DELETE OR UPDATE OF evidence, event_id
    ON timeline_eventsource FOR EACH ROW EXECUTE FUNCTION timeline_source_search();

CREATE FUNCTION timeline_eventactor_sort_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.sort_day := (SELECT coalesce(e.date_start, DATE '9999-12-31')
                     FROM timeline_event e WHERE e.id = NEW.event_id);
    RETURN NEW;
END $$;
CREATE TRIGGER timeline_eventactor_sort_day BEFORE INSERT OR UPDATE
    ON timeline_eventactor FOR EACH ROW EXECUTE FUNCTION timeline_eventactor_sort_day();

CREATE FUNCTION timeline_event_sort_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE timeline_eventactor SET sort_day = coalesce(NEW.date_start, DATE '9999-12-31')
    WHERE event_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER timeline_event_sort_day AFTER UPDATE OF date_start ON timeline_event
    FOR EACH ROW WHEN (OLD.date_start IS DISTINCT FROM NEW.date_start)
    EXECUTE FUNCTION timeline_event_sort_day();
"""

# Existing rows, set-based (the triggers are created afterwards: no per-row work here).
BACKFILL = """
UPDATE timeline_event e
SET search = to_tsvector('german'::regconfig, coalesce(e.summary, ''))
    || coalesce(s.document, ''::tsvector)
FROM timeline_event e2
LEFT JOIN (
    SELECT event_id, to_tsvector('german'::regconfig, string_agg(evidence, ' ')) AS document
    FROM timeline_eventsource GROUP BY event_id
) s ON s.event_id = e2.id
WHERE e2.id = e.id;
UPDATE timeline_eventactor ea
SET sort_day = coalesce(e.date_start, DATE '9999-12-31')
FROM timeline_event e WHERE e.id = ea.event_id;
"""

BACKWARD = """
DROP TRIGGER IF EXISTS timeline_event_sort_day ON timeline_event;
DROP TRIGGER IF EXISTS timeline_eventactor_sort_day ON timeline_eventactor;
DROP TRIGGER IF EXISTS timeline_source_search ON timeline_eventsource;
DROP TRIGGER IF EXISTS timeline_event_search ON timeline_event;
DROP FUNCTION IF EXISTS timeline_event_sort_day();
DROP FUNCTION IF EXISTS timeline_eventactor_sort_day();
DROP FUNCTION IF EXISTS timeline_source_search();
DROP FUNCTION IF EXISTS timeline_event_search();
"""


def forwards(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKFILL)
        schema_editor.execute(FORWARD)


def backwards(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class PostgresOnlyRemoveIndex(migrations.RemoveIndex):
    def database_forwards(self, app_label: str, schema_editor: Any, *args: Any) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, *args)

    def database_backwards(self, app_label: str, schema_editor: Any, *args: Any) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, *args)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0004_timeline_period_index"),
    ]

    operations = [
        # Replaced by the stored `search` column below.
        PostgresOnlyRemoveIndex(model_name="event", name="event_summary_fts_idx"),
        PostgresOnlyRemoveIndex(model_name="eventsource", name="source_evidence_fts_idx"),
        migrations.AddField(
            model_name="event",
            name="search",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="eventactor",
            name="sort_day",
            field=models.DateField(editable=False, null=True),
        ),
        migrations.RunPython(forwards, backwards, elidable=False),
        PostgresOnlyAddIndex(
            model_name="event",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["search"], name="event_search_idx"
            ),
        ),
        PostgresOnlyAddIndex(
            model_name="eventactor",
            index=models.Index(
                fields=["actor", "sort_day", "event"], name="event_actor_timeline_idx"
            ),
        ),
    ]
