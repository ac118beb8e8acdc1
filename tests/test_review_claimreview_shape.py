"""ClaimReview as Google's documentation asks for it, checked as JSON-LD.

A reviewer records verdicts through the claim page's form on a real Datasette,
with the default scale and with scales written the ways a config file gives
them (numbers as text, an entry off the scale between numbered ones).  Every
object of ``claimreview.json`` and of the claim page's ``application/ld+json``
block must be schema.org JSON-LD: ``@context`` https://schema.org, each node a
known type carrying only that type's properties, and Google's required fields
(``claimReviewed``, ``reviewRating.alternateName``, a numeric ``ratingValue``
within numeric ``worstRating``..``bestRating``, ``itemReviewed`` a ``Claim``
with ``author`` and ``datePublished``/``appearance``, ``url``, ``author``).

Before, a scale written ``{label: Correct, value: "2"}`` published
``"ratingValue": "2"`` with no bounds, ``value: "n/a"`` published
``"ratingValue": "n/a"``, ``value: true`` published ``"bestRating": true``, and
``[Yes, No, {label: Unrated, value: null}]`` numbered Yes 3 and No 2 (bounds 3..2).

Invented reports (tests/conftest.py), the real loader.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import add_story, build_claims_db, make_datasette, post_form_as

from datasette_claims.views.base import encode_id

CLAIM = "hansard.2020/01:0-50"
PAGE = f"/claims/-/claims/claim/{encode_id(CLAIM)}"
EXPORT = "/claims/-/claims/claimreview.json"

# schema.org: the types ClaimReview uses here, and the properties each may carry.
PROPERTIES = {
    "ClaimReview": {"claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished", "url"},
    "Rating": {"alternateName", "ratingValue", "bestRating", "worstRating"},
    "Claim": {"author", "datePublished", "appearance", "firstAppearance"},
    "CreativeWork": {"url", "headline", "datePublished", "publisher"},
    "Organization": {"name", "url"},
    "Person": {"name", "url"},
}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_node(node, path="$"):
    assert isinstance(node, dict), path
    kind = node.get("@type")
    assert kind in PROPERTIES, (path, kind)
    extra = set(node) - PROPERTIES[kind] - {"@type", "@context"}
    assert not extra, (path, kind, extra)
    for key, value in node.items():
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            if isinstance(item, dict):
                check_node(item, f"{path}.{key}[{i}]")
            elif key == "datePublished":
                assert isinstance(item, str) and DATE.match(item), (path, key, item)
            elif key == "url":
                assert isinstance(item, str) and item.startswith(("http://", "https://")), (path, item)


def check_claimreview(review, scale):
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    check_node(review)
    assert review["claimReviewed"].strip()
    assert review["url"] and review["author"]["name"]
    rating = review["reviewRating"]
    labels = {r["label"]: r["value"] for r in scale}
    assert rating["alternateName"] in labels
    if labels[rating["alternateName"]] is None:
        assert "ratingValue" not in rating
    else:
        assert number(rating["ratingValue"]) and rating["ratingValue"] == labels[rating["alternateName"]]
        assert number(rating["bestRating"]) and number(rating["worstRating"])
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["worstRating"] < rating["bestRating"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"]["name"] == "Jane Doe"
    assert item["datePublished"] == "2020-01-05"
    assert [a["datePublished"] for a in item["appearance"]] == ["2020-01-05", "2020-01-06"]
    assert item["firstAppearance"] == item["appearance"][0]


def embedded(html):
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(found) == 1
    return json.loads(found[0])


SCALES = [
    (None, [{"label": "Misleading", "value": 2}, {"label": "Unverifiable", "value": None}]),
    ([{"label": "Correct", "value": "2"}, {"label": "Wrong", "value": "1"}, {"label": "Odd", "value": "n/a"}],
     [{"label": "Correct", "value": 2}, {"label": "Wrong", "value": 1}, {"label": "Odd", "value": None}]),
    (["Yes", "No", {"label": "Unrated", "value": None}],
     [{"label": "Yes", "value": 2}, {"label": "No", "value": 1}, {"label": "Unrated", "value": None}]),
    ([{"label": "Spot on", "value": 10}, {"label": "Flag", "value": True}, {"label": "Way off", "value": 0}],
     [{"label": "Spot on", "value": 10}, {"label": "Flag", "value": None}, {"label": "Way off", "value": 0}]),
]


@pytest.mark.asyncio
@pytest.mark.parametrize("ratings, expected", SCALES)
async def test_claimreview_is_schema_org_json_ld(tmp_path, ratings, expected):
    db = add_story(build_claims_db(tmp_path))
    plugin = {"reviewers": {"id": "alice"}, "author": {"name": "Kestrel Checks", "url": "https://kestrel.example"}}
    if ratings is not None:
        plugin["ratings"] = ratings
    ds = make_datasette([db], config={"plugins": {"datasette-claims": plugin}})
    scale = (await ds.client.get(PAGE + ".json")).json()["verdicts"]["ratings"]
    for entry in expected:
        assert entry in scale, (entry, scale)
    for entry in expected:  # each rating in turn: the current verdict's ClaimReview
        r = await post_form_as(ds, "alice", PAGE, PAGE + "/verdict",
                               {"rating": entry["label"], "note": "", "url": ""})
        assert r.status_code == 302, r.text
        export = (await ds.client.get(EXPORT)).json()
        assert len(export) == 1
        check_claimreview(export[0], scale)
        assert export[0]["reviewRating"]["alternateName"] == entry["label"]
        page = embedded((await ds.client.get(PAGE)).text)
        check_claimreview(page, scale)
        assert page["reviewRating"] == export[0]["reviewRating"]
