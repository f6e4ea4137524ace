"""Loading the extractor when a web process starts, so that no reader waits for it.

The article page marks what the extractor recognises; building it (the spaCy pipeline, its
lookup tables and the lexicon from the database) takes seconds. `config.wsgi` and
`config.asgi` call `extractor_preload` once at start-up (runserver and gunicorn both load the
WSGI module before they serve), so the first article page is as fast as any other.
"""

from __future__ import annotations

import logging
import time

logger = logging.getLogger(__name__)

# A sentence that touches each stage (dates, actors, places, triggers) once.
WARM_UP_TEXT = "Der Bundeskanzler traf am Montag in Berlin den Präsidenten zu einem Gespräch."
WARM_UP_PERIOD = "23. Mai 2024"  # a period only dateparser reads


def extractor_preload() -> bool:
    """Build the extractor now and run it once. Never stops start-up: without a database
    (not yet migrated, unreachable) the page builds it on first use instead."""
    from django.db import DatabaseError, connections

    started = time.perf_counter()
    logger.info("loading the extractor before serving (spaCy and the lexicon) ...")
    try:
        from timeline.periods import parse_period
        from timeline.services import current_extractor

        # dateparser, which reads periods our own grammar does not know, loads slowly too
        parse_period(WARM_UP_PERIOD)
        current_extractor().extract(WARM_UP_TEXT, None)  # type: ignore[attr-defined]
    except DatabaseError as exc:
        logger.warning("extractor not preloaded (database not ready: %s)", exc)
        return False
    except Exception:
        logger.exception("extractor not preloaded")
        return False
    finally:
        # The start-up thread's connection is not a request's; do not keep it open.
        connections.close_all()
    logger.info("extractor loaded in %.1f s", time.perf_counter() - started)
    return True
