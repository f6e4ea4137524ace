import os

from django.core.wsgi import get_wsgi_application

from config.startup import settings_or_exit

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
settings_or_exit()

application = get_wsgi_application()

# Loaded once here (runserver and gunicorn import this module before serving), not on the
# first article page.
from timeline.warmup import extractor_preload  # noqa: E402

extractor_preload()
