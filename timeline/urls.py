from django.urls import path

from timeline import views

app_name = "timeline"

urlpatterns = [
    path("", views.timeline_index, name="index"),
    path("akteure/suche/", views.actor_suggestions, name="actor_suggestions"),
    path("ereignis/<id:pk>/", views.event_detail, name="event"),
    path("akteur/<id:pk>/", views.actor_detail, name="actor"),
    # The article page with its recognised spans marked; it takes over /artikel/<id>/ from
    # articles:detail (same path, listed first in config/urls.py).
    path("artikel/<id:pk>/", views.article_timeline, name="article"),
    path("export/", views.export, name="export"),
]
