"""Articles as sites print them: outlet, headline, dateline, agency and date.

Found by loading a folder of invented pages (newspapers, a trade magazine, a
blog, press releases, wire copy) and reading every field against the page:
a section menu's last item became the outlet, a masthead whose last word is
no usual newspaper noun became the headline, and so on (one test each).
All texts are invented.
"""

from __future__ import annotations

from datasette_claims.articles import article_from_document
from datasette_claims.models import Document

BODY = (
    "PORT ELLEN, March 3 — The ferry company cut two winter sailings on Tuesday, its manager said.\n"
    '"We are short of crew this winter," manager Isla Kerr said.\n'
)


def article(text):
    return article_from_document(Document(text=text, path="page.txt"))


def test_a_section_menu_is_no_outlet():
    a = article(f"Ferry Sailings Cut for Winter\nHome | News | Islands | Weather | Opinion\n{BODY}")
    assert a.outlet is None
