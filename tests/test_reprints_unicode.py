"""A wire story reprinted in a language written with other letters is a
reprint too: its words are full-text search's words, not ASCII runs.

Invented articles, loaded by the real loader with the real extractor.
"""

from __future__ import annotations

import json

from datasette_claims import loader
from datasette_claims.store import open_db

# About eighty words of invented Greek wire copy, and the same with a new headline.
GREEK = (
    "Το λιμάνι της Καλαμάτας θα κλείσει για δύο εβδομάδες τον Μάρτιο, ανακοίνωσε η λιμενική αρχή. "
    "Οι εργασίες αφορούν την ενίσχυση του κεντρικού μώλου, που υπέστη ζημιές από την καταιγίδα του "
    "περασμένου χειμώνα. Τα αλιευτικά σκάφη θα μεταφερθούν προσωρινά στον όρμο της Κορώνης, ενώ τα "
    "επιβατηγά δρομολόγια θα αναστέλλονται κάθε απόγευμα. Η δήμαρχος δήλωσε ότι οι επιχειρήσεις της "
    "παραλίας θα λάβουν αποζημίωση από το περιφερειακό ταμείο. Οι ψαράδες ζήτησαν νέα συνάντηση με "
    "τους μηχανικούς πριν από την έναρξη των εργασιών, επειδή φοβούνται καθυστερήσεις στην παράδοση."
)


def write(path, docs):
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def test_a_greek_reprint_is_a_duplicate_of_the_wire_copy(tmp_path):
    docs = [
        {"id": "wire", "outlet": "Πρακτορείο", "date": "2026-03-01", "headline": "Κλείνει το λιμάνι",
         "text": GREEK},
        {"id": "paper", "outlet": "Εφημερίδα", "date": "2026-03-02", "headline": "Δύο εβδομάδες χωρίς λιμάνι",
         "text": GREEK},
    ]
    db_path = str(tmp_path / "claims.db")
    report = loader.load(db_path, [write(tmp_path / "greek.jsonl", docs)], jobs=1)
    assert report.ok
    db = open_db(db_path)
    rows = dict(db.execute("select id, duplicate_of from articles").fetchall())
    assert rows == {"wire": None, "paper": "wire"}
