"""What a fourteenth hand audit of real links found (docs/matching.md, "A hand
audit", the fourteenth audit): a government named by its country weighed as a
speaker that may be a named person whose role places them in another country,
and a claim that opens on a verb's object ("the Harbour Board of negligence",
from "accused the Harbour Board of negligence") read as a statement a rewording
may match; and the words for one thing (``similarity.SYNONYMS``) that a
paraphrase's overlap now counts as one.  Invented claims, people and reports;
the word rarities come from reports loaded into a real SQLite file."""

from __future__ import annotations

from datasette_claims.matching import attribution, decide, drift
from datasette_claims.matching.aliases import DIFFERENT, UNKNOWN
from datasette_claims.matching.similarity import content_stems, word_overlap

from test_match_audit9 import background_df


def _claim(i, content, published="2031-05-02", name=None, source=None, speaker_id=None, role=None,
           quote_type="indirect"):
    return decide.ClaimInfo(i, f"rep{i}:{i}-{i + 1}", f"rep{i}", speaker_id, content, quote_type, published,
                            f"rep{i}", name, source_text=source, speaker_role=role)


# --- a body named by its country and a person placed in another -------------------------------


def test_a_body_of_one_country_and_a_person_of_another_are_two_speakers():
    assert attribution.another_body("the Norway government", "Jo Roe", "Fisheries Minister of Canada")
    assert attribution.another_body("the Kenyan fisheries ministry", "Jo Roe", "a Canadian trade official")
    # abbreviations of a country are spelled out ("U.S." for "United States")
    assert attribution.another_body("the Peru government", "Jo Roe", "U.S. Secretary of Commerce")


def test_an_office_holder_or_a_person_placed_nowhere_may_speak_for_the_body():
    # the role names the body's country: one root ("Canadian" / "Canada")
    assert not attribution.another_body("the Canadian government", "Jo Roe", "Fisheries Minister of Canada")
    assert not attribution.another_body("the United States government", "Jo Roe", "U.S. Secretary of Commerce")
    # a role with no country, or no role at all: anyone's
    assert not attribution.another_body("the Norway government", "Jo Roe", "Fisheries Minister")
    assert not attribution.another_body("the Norway government", "Jo Roe", None)
    assert not attribution.another_body("the Norway government", "Jo Roe", "leader of the Harbour Party")
    # an envoy's role names the country they are sent to
    assert not attribution.another_body("the Peru government", "Jo Roe", "Canada's ambassador to Peru")
    # a nationality on a root of its own: which country is not read
    assert not attribution.another_body("the Norway government", "Jo Roe", "British trade envoy")
    assert not attribution.another_body("the Norway government", "Jo Roe", "Dutch fisheries minister")
    # a body named by no country; a description, not a body; no full name
    assert not attribution.another_body("the Harbour Accountability Office", "Jo Roe", "Minister of Canada")
    assert not attribution.another_body("Norway fishermen", "Jo Roe", "Fisheries Minister of Canada")
    assert not attribution.another_body("the Norway government", "Roe", "Fisheries Minister of Canada")


LEVY = "the harbour levy on foreign trawlers will double from March to pay for the new Kessby sea wall"
LEVY_AGAIN = "Foreign trawlers will pay twice the harbour levy from March, money that builds the Kessby sea wall"


def test_a_body_and_a_person_of_another_country_are_not_linked_by_rewording(tmp_path):
    df = background_df(tmp_path)
    body = _claim(1, LEVY, name="the Norway government", source="the Norway government",
                  speaker_id="the-norway-government")
    elsewhere = _claim(2, LEVY_AGAIN, published="2031-05-03", name="Jo Roe", source="Roe", speaker_id="jo-roe",
                       role="Fisheries Minister of Canada")
    assert decide.relation(body, elsewhere) == DIFFERENT
    assert decide.link(body, elsewhere, df=df) is None
    # the body's own minister: one statement, reworded
    own = _claim(3, LEVY_AGAIN, published="2031-05-03", name="Jo Roe", source="Roe", speaker_id="jo-roe",
                 role="Fisheries Minister of Norway")
    assert decide.relation(body, own) == UNKNOWN
    assert decide.link(body, own, df=df) is not None


# --- a claim that opens on the verb's object -----------------------------------------------------


def test_a_claim_opening_on_the_verbs_object_is_a_bare_complement():
    # "The council accused the Harbour Board of negligence ...": the verb outside the claim
    assert decide._bare_complement(_claim(1, "the Harbour Board of negligence in the dredging of the channel"))
    assert decide._bare_complement(_claim(2, "Kessby Marine of dumping waste oil off the north quay"))
    assert decide._bare_complement(_claim(3, "him for lying to the harbour board about the dredging"))
    # a name's own "of" (a capital after), a clause with its verb, a quantifier, a phrase of place
    assert not decide._bare_complement(_claim(4, "the Bank of Kessby"))
    assert not decide._bare_complement(_claim(5, "the Harbour Board raised the mooring fees by a third"))
    assert not decide._bare_complement(_claim(6, "Most of the fleet in the harbour"))
    assert not decide._bare_complement(_claim(7, "Jo Roe in the harbour office"))
    assert not decide._bare_complement(_claim(8, "the"))


def test_an_object_and_its_complement_is_no_rewording_of_another_speakers_statement(tmp_path):
    df = background_df(tmp_path)
    accused = _claim(1, "the Kessby Harbour Board of negligence in dredging the channel that grounded trawlers")
    answer = _claim(2, "The Kessby Harbour Board's dredging of the channel grounded no trawlers, negligence aside",
                    published="2031-05-04", name="Jo Roe", source="Roe", speaker_id="jo-roe")
    assert decide._bare_complement(accused)
    assert decide.link(accused, answer, df=df) is None
    # the same words as a clause of their own are a statement a rewording may match
    stated = _claim(3, "the Kessby Harbour Board was negligent in dredging the channel that grounded trawlers")
    assert not decide._bare_complement(stated)


# --- words for one thing -------------------------------------------------------------------------


def test_words_of_one_class_are_one_key_in_the_paraphrase_overlap():
    a = content_stems("the navy will withdraw 300 troops and two vessels from Kessby")
    b = content_stems("the navy's withdrawal of 300 soldiers and two ships from Kessby")
    assert set(a) == set(b)
    share = word_overlap("the navy will withdraw 300 troops and two vessels from Kessby",
                         "the navy's withdrawal of 300 soldiers and two ships from Kessby", lambda w: 1.0)
    assert share.share == 1.0
    # words of a second common sense stay apart ("band" is no "ban", "shipment" no "ship")
    assert set(content_stems("a band")) != set(content_stems("a ban"))
    assert set(content_stems("the shipment")) != set(content_stems("the ship"))


# --- one name written two ways -------------------------------------------------------------------


def test_an_acronym_and_its_name_spelled_out_are_one_word_of_a_paraphrase(tmp_path):
    df = background_df(tmp_path)
    # one government's position, a day apart: "under a Kessby Harbour Authority permit" / "a KHA permit"
    first = _claim(1, "the detained trawler crews were fishing in Kessby waters under a Kessby Harbour Authority "
                      "permit and should be freed", name="Norway", source="Norway", speaker_id="norway")
    again = _claim(2, "the crews were fishing in Kessby waters with a valid KHA permit", published="2031-05-03",
                   name="Norway", source="Norway", speaker_id="norway")
    assert drift.one_spelling(first.content, again.content)[0].endswith("under a KHA permit and should be freed")
    raw = word_overlap(first.content, again.content, df.idf, frozenset(), df.rare_idf)
    read = decide.paraphrase_evidence(first, again, df)
    assert read is not None and read.shared == raw.shared + 1 and read.share > raw.share
    # texts with no acronym are left as written
    assert drift.one_spelling("the harbour closed", "the port shut") == ("the harbour closed", "the port shut")
