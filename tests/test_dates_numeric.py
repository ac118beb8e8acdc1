"""Dates written with numbers only, as spreadsheets and CMS exports write them,
read when their order is plain and refused (a warning row at load) when not."""

from __future__ import annotations

import pytest

from datasette_claims.dates import normalise_date


@pytest.mark.parametrize("written, iso", [
    ("2031/05/01", "2031-05-01"),
    ("2031.05.01", "2031-05-01"),
    ("01.05.2031", "2031-05-01"),   # dots: day first
    ("31/12/2031", "2031-12-31"),   # no 31st month
    ("12/31/2031", "2031-12-31"),
    ("05/01/2031", None),           # 1 May or 5 January: no date
    ("2031-02-30", None),
])
def test_numeric_dates(written, iso):
    assert normalise_date(written) == iso
