"""The progress bar's total walks a folder as the load does: a linked
sub-folder's files count, and a saved page's files folder does not."""

from __future__ import annotations

import os

from datasette_claims import loader


def test_the_count_walks_the_folder_as_the_load_does(tmp_path):
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "a.txt").write_text("Mayor Ana Roe said the Sorvik pier would reopen in May.")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text("Mayor Ana Roe said the Sorvik ferry would run in June.")
    os.symlink(elsewhere, tmp_path / "inbox" / "linked")
    assert loader.count_inputs([str(tmp_path / "inbox")]) == 2
    (tmp_path / "inbox" / "story.html").write_text("<html><body><p>Mayor Ana Roe said so.</p></body></html>")
    (tmp_path / "inbox" / "story_files").mkdir()
    (tmp_path / "inbox" / "story_files" / "ad.txt").write_text("Buy the Sorvik ferry pass today, an advert said.")
    assert loader.count_inputs([str(tmp_path / "inbox")]) == 3
