from django.contrib import admin
from django.urls import include, path, register_converter

from config.requests import IdConverter

register_converter(IdConverter, "id")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    # The timeline first: "/" is the timeline, and its article page takes over /artikel/<id>/.
    path("", include("timeline.urls")),
    path("", include("articles.urls")),
]
