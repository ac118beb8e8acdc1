"""The review queue and the speaker page mark a denial or a question as the search, claim and
story pages do ("denies this" / "asks this"): a reviewer working down the queue, or reading
down a speaker's claims, took a denial of the words for one more report asserting them.
Invented reports and names; the real loader and a real Datasette.
"""

from __future__ import annotations

import pytest
from conftest import load_docs_with_cli, make_datasette

WORDS = "the Brannock dam leaked cooling water into the river twice last winter"
REPORTS = [
    {"id": "assert", "outlet": "Valley Courier", "published": "2033-03-02",
     "text": (f"{WORDS[0].upper() + WORDS[1:]}, Mayor Ilse Varga said on Monday.\n\n"
              "\"The council will close the reservoir path until the repairs are done,\" Varga said.\n")},
    {"id": "deny", "outlet": "Ridge Times", "published": "2033-03-03",
     "text": (f"Mayor Ilse Varga on Tuesday denied that {WORDS}.\n\n"
              "Residents said they would ask for the inspection records.\n")},
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return load_docs_with_cli(tmp_path_factory.mktemp("xqueue3"), REPORTS)


def _dam_stances(claims) -> dict:
    """The stance of each report's claim of the dam's words, by report."""
    return {c["id"].split(":")[0]: c["stance"]
            for c in claims if "Brannock dam" in c["content"]}


@pytest.mark.asyncio
async def test_the_queue_marks_a_denial_beside_the_assertion_of_the_same_words(db_path):
    ds = make_datasette([db_path])
    queue = (await ds.client.get("/claims/-/claims/queue.json")).json()
    assert _dam_stances(queue["claims"]) == {"assert": "assertion", "deny": "denial"}
    html = (await ds.client.get("/claims/-/claims/queue")).text
    assert html.count(">denies this</span>") == 1


@pytest.mark.asyncio
async def test_the_speaker_page_marks_the_claim_the_speaker_denied(db_path):
    ds = make_datasette([db_path])
    page = (await ds.client.get("/claims/-/claims/speaker/ilse-varga.json")).json()
    assert sorted(c["stance"] for c in page["claims"] if "Brannock dam" in c["content"]) == ["assertion", "denial"]
    html = (await ds.client.get("/claims/-/claims/speaker/ilse-varga")).text
    assert html.count(">denies this</span>") == 1


# Two reports quote the mayor alike, a third alters the end of the quotation.
QUOTED = "The dam is safe and the reservoir path will reopen before the {}"
QUOTES = [
    {"id": id_, "outlet": outlet, "published": day,
     "text": f"{lead}\n\n\"{QUOTED.format(end)},\" Mayor Ilse Varga said on Thursday.\n"}
    for id_, outlet, day, lead, end in [
        ("first", "Valley Courier", "2033-04-01", "The reservoir path stayed shut on Friday.", "autumn fair"),
        ("second", "Ridge Times", "2033-04-02", "Walkers were turned back at the reservoir gate.", "autumn fair"),
        ("altered", "Hill Gazette", "2033-04-03", "The mayor gave walkers a date.", "spring market"),
    ]
]


@pytest.mark.asyncio
async def test_the_speaker_page_marks_a_quotation_whose_wording_differs_between_reports(tmp_path):
    ds = make_datasette([load_docs_with_cli(tmp_path, QUOTES)])
    page = (await ds.client.get("/claims/-/claims/speaker/ilse-varga.json")).json()
    # every report of the drifted quotation: which one altered it is the story timeline's to say
    assert {c["id"].split(":")[0]: c["drift"] for c in page["claims"]} == {
        "first": True, "second": True, "altered": True}
    html = (await ds.client.get("/claims/-/claims/speaker/ilse-varga")).text
    assert html.count(">another report quotes other wording</a>") == 3
