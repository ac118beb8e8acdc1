"""What a third hand audit of real links found (docs/matching.md, "A hand
audit", the third audit): a claim that is only a name for a thing -- a noun
phrase with no verb, cut as a claim from "known as the ...", a category
label or an object ("the Kessby quay memo", "2031-32 herring crisis") --
linked every report naming the thing to every other, across speakers.
Invented claims and reports."""

from __future__ import annotations

from datasette_claims.matching import decide


def _claim(i, content, name=None, quote_type="indirect", published="2031-05-02", sid=None, root=None):
    return decide.ClaimInfo(i, f"rep{i}:0-1", f"rep{i}", sid, content, quote_type, published, root or f"rep{i}",
                            name, source_text=name)


def test_a_noun_phrase_names_a_thing():
    for text in ("Kessby quay memo", "the 2031-32 herring crisis", "The Northern Harbour Police",
                 "allegations of quota fraud", "Ina Dahl"):
        assert decide.names_a_thing(text), text
    for text in ("The quay memo was leaked", "to appeal the harbour ruling", "it would appeal the ruling",
                 "the harbour board sold the northern quay", "herring quotas, trawler licences, quay fees and tolls"):
        assert not decide.names_a_thing(text), text


def test_one_name_in_two_mouths_is_not_one_statement():
    memo = _claim(1, "Kessby quay memo", None, "partial")
    again = _claim(2, "Kessby quay memo", "The petition", "partial", "2031-05-20")
    assert decide.link(memo, again) is None  # was an exact link
    crisis = _claim(3, "2031-32 herring crisis", "official figures")
    crisis_again = _claim(4, "2031-32 herring crisis", "data released on Monday", published="2031-05-03")
    assert decide.link(crisis, crisis_again) is None  # likewise
    rigging = _claim(5, "the allegations of quota fraud", "The ministry")
    denied = _claim(6, "allegations of quota fraud", "Officials", published="2031-05-04")
    assert decide.link(rigging, denied) is None  # was a fuzzy link


def test_one_speaker_a_reprint_or_a_quotation_still_link():
    ina = _claim(1, "Kessby quay memo", "Ina Dahl", sid="ina-dahl")
    assert decide.link(ina, _claim(2, "Kessby quay memo", "Ina Dahl", sid="ina-dahl")) is not None
    reprint = _claim(3, "Kessby quay memo", None, "partial", root="rep1")
    assert decide.link(_claim(1, "Kessby quay memo", None, "partial"), reprint) is not None
    # a whole quotation is someone's words, whatever the verb test sees
    said = _claim(4, "Kelp belongs to all the coast", None, "direct")
    assert decide.link(said, _claim(5, "Kelp belongs to all the coast", None, "direct", "2031-05-09")) is not None


def test_statements_and_intentions_still_link_across_unknown_speakers():
    leaked = _claim(1, "The quay memo was leaked to the harbour board", None)
    assert decide.link(leaked, _claim(2, "The quay memo was leaked to the harbour board", "The petition")) is not None
    appeal = _claim(3, "to appeal the harbour ruling", "The company")
    assert decide.link(appeal, _claim(4, "to appeal the harbour ruling", None, published="2031-05-05")) is not None


# A report quoting a phrase with a word or two of its own around it ("it a
# "...""): the whole shorter claim, found inside the other report's quotation,
# is too short to link without a known speaker, but its quoted stretch is the
# speaker's own words, long enough.
TRIMMED = 'it a "formula for the ruin of the fleet"'
FULLER = 'the quota is "a formula for the ruin of the fleet," and "written for the trawler owners only."'


def test_a_quoted_stretch_inside_a_short_claim_links():
    named = _claim(1, TRIMMED, "Ina Dahl", "partial", sid="ina-dahl")
    described = _claim(2, FULLER, "Kessby's fisheries minister", "mixed", sid=None)
    found = decide.link(named, described)
    assert found is not None and found.how == "partial"  # was not linked
    assert decide.kind_of(named, described)[0] == "same"


def test_a_short_quoted_stretch_still_needs_its_words():
    named = _claim(1, 'it a "formula for ruin"', "Ina Dahl", "partial", sid="ina-dahl")
    described = _claim(2, FULLER.replace("the ruin of the fleet", "ruin"),
                       "Kessby's fisheries minister", "mixed", sid=None)
    assert decide.link(named, described) is None


def test_a_quoted_figure_and_its_unit_weeks_apart_are_no_quotation():
    # "3,000" is read as two words ("3 000"): with "centrifuges" it passed
    # for a three-word quoted stretch, one speaker's figure weeks apart
    pledge = _claim(1, 'the yard which has "4,000 trawlers" and will "fish them at full speed" from Monday',
                    "Kessby", "mixed", sid="kessby")
    later = _claim(2, "the country is ready to license nearly 4,000 trawlers at its northern harbour",
                   "Kessby", "indirect", "2031-05-27", sid="kessby")
    assert decide.link(pledge, later) is None
    # two words of meaning beside a figure still make a quoted stretch
    toll = _claim(3, 'the storm "killed 55 fishermen" on the coast', "Kessby", "mixed", sid="kessby")
    again = _claim(4, "the storm killed 55 fishermen and sank the ferry", "Kessby", "indirect", "2031-05-03",
                   sid="kessby")
    assert decide.link(toll, again) is not None


def test_a_quoted_predicate_without_its_verb_is_a_statement():
    # "Dahl called the levy 'a swindle'": the claim 'the levy "a swindle"' has
    # no verb, but its quoted words are the speaker's judgement
    called = _claim(1, 'the harbour levy "a swindle"', "Ina Dahl", "partial", sid="ina-dahl")
    again = _claim(2, 'the harbour levy was "a swindle"', None, "partial", "2031-05-03")
    assert decide.link(called, again) is not None
