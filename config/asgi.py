import os

from django.core.asgi import get_asgi_application

from config.startup import settings_or_exit

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
settings_or_exit()

application = get_asgi_application()

# Loaded once at start-up, not on the first article page (see timeline.warmup).
from timeline.warmup import extractor_preload  # noqa: E402

extractor_preload()
