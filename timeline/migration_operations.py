"""Migration operations for indexes only PostgreSQL can build (full-text GIN indexes).

On other databases (SQLite in development and tests) the operation records the index in the
migration state, so `makemigrations` stays quiet, but creates nothing.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations


class PostgresOnlyAddIndex(migrations.AddIndex):
    def database_forwards(self, app_label: str, schema_editor: Any, *args: Any) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, *args)

    def database_backwards(self, app_label: str, schema_editor: Any, *args: Any) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, *args)

    def describe(self) -> str:
        return f"{super().describe()} (PostgreSQL only)"
