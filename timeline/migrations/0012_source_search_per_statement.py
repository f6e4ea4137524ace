"""Sources inserted together recompute each event's search vector once (PostgreSQL only).

Migration 0005's row trigger updated the event for every source inserted: a batch of new
articles (`timeline.batch_merge`, one INSERT of all its sources) rewrote an event row, its
indexes and its tsvector once per source. Inserts now go through a statement trigger that
reads the inserted rows (a transition table) and updates each event they name once; updates
and deletes keep the row trigger. The vector is the same.
"""

from typing import Any

from django.db import migrations

FORWARD = """
DROP TRIGGER timeline_source_search ON timeline_eventsource;
CREATE TRIGGER timeline_source_search AFTER DELETE OR UPDATE OF evidence, event_id
    ON timeline_eventsource FOR EACH ROW EXECUTE FUNCTION timeline_source_search();

CREATE FUNCTION timeline_sources_added_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE timeline_event SET search = NULL
    WHERE id IN (SELECT DISTINCT event_id FROM added_sources);
    RETURN NULL;
END $$;
CREATE TRIGGER timeline_sources_added_search AFTER INSERT ON timeline_eventsource
    REFERENCING NEW TABLE AS added_sources
    FOR EACH STATEMENT EXECUTE FUNCTION timeline_sources_added_search();
"""

BACKWARD = """
DROP TRIGGER timeline_sources_added_search ON timeline_eventsource;
DROP FUNCTION timeline_sources_added_search();
DROP TRIGGER timeline_source_search ON timeline_eventsource;
CREATE TRIGGER timeline_source_search AFTER INSERT OR DELETE OR UPDATE OF evidence, event_id
    ON timeline_eventsource FOR EACH ROW EXECUTE FUNCTION timeline_source_search();
"""


def forwards(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backwards(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0011_timeline_sort_indexes"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
