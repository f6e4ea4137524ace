from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("artikel/", views.article_index, name="index"),
    path("artikel/<id:pk>/", views.article_detail, name="detail"),
]
