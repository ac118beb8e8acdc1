"""A saved page dated tomorrow by its own timezone keeps its date; a page dated further
ahead loads undated, never dated the first of its month (htmldate's fallback for a date
it refuses).  Invented pages, the real CLI loader."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from conftest import load_with_cli

BODY = ("<p>Harbour master Tove Lindqvist said the north breakwater at Skarvik would be rebuilt in 2027 at a "
        "cost of 40 million crowns.</p><p>She said the work would start once the winter storms had passed.</p>")


def _page(day: str, how: str, n: int) -> str:
    mark = {
        "meta": f'<meta property="article:published_time" content="{day}T07:15:00+12:00">',
        "time": f'<time datetime="{day}T07:15:00+12:00">{day}</time>',
        "ld": '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "'
              f'{day}T07:15:00+12:00"' + '}</script>',
    }[how]
    return (f"<html><head><title>Breakwater to be rebuilt</title>{mark if how != 'time' else ''}</head>"
            f"<body><article><h1>Breakwater to be rebuilt</h1>{mark if how == 'time' else ''}"
            f"{BODY.replace('40 million', f'{40 + n} million')}</article>"
            "</body></html>")


@pytest.mark.parametrize("how", ["meta", "time", "ld"])
def test_a_page_dated_up_to_a_day_ahead_keeps_its_date(tmp_path, how):
    folder = tmp_path / "pages"
    folder.mkdir()
    today = date.today()
    days = {"today": today, "tomorrow": today + timedelta(days=1), "later": today + timedelta(days=3),
            "month": today + timedelta(days=40)}
    for n, (name, day) in enumerate(days.items()):
        (folder / f"{name}.html").write_text(_page(day.isoformat(), how, n), encoding="utf-8")
    db = str(tmp_path / "claims.db")
    load_with_cli(db, str(folder))
    with sqlite3.connect(db) as conn:
        got = {path.split("/")[-1].removesuffix(".html"): p
               for path, p in conn.execute("select source_path, published from articles")}
    assert set(got) == set(days)
    assert got["today"] == today.isoformat()
    assert got["tomorrow"] == (today + timedelta(days=1)).isoformat()
    assert got["later"] is None and got["month"] is None  # no date rather than the first of a month
