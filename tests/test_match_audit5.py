"""What a fifth hand audit of real links found (docs/matching.md, "A hand
audit", the fifth audit): two named people's reported speech, alike in a few
words, linked because one report named its speaker "he"; and words in
quotation marks that a report credits to no one linked as the rewording of a
named speaker's statement.  Invented claims and reports."""

from __future__ import annotations

from test_match_audit import _df  # rare words counted over a few invented reports

from datasette_claims.matching import decide


def _claim(i, content, name="Ina Dahl", quote_type="indirect", published="2031-05-02", sid="ina-dahl",
           source=None):
    return decide.ClaimInfo(i, f"rep{i}:{i}-{i + 1}", f"rep{i}", sid, content, quote_type, published, f"rep{i}",
                            name, source_text=source if source is not None else name)


# --- reported speech of two named people, one named by a pronoun -------------

DAHL = "she does not support Kessby building a new deep-water quay"
BRENN = "he would not support a new deep-water quay"


def test_two_named_peoples_reported_speech_is_not_linked_on_a_pronoun():
    dahl = _claim(1, DAHL, "Ina Dahl", source="Harbour master Ina Dahl")
    brenn = _claim(2, BRENN, "Ola Brenn", published="2031-05-09", sid="ola-brenn", source="He")
    assert decide.relation(dahl, brenn) == decide.UNKNOWN  # the pronoun's doubt, for quoted words
    assert decide.link(dahl, brenn) is None  # was linked: fuzzy 0.96
    # the same reported speech from the same speaker, or from no one named, still links
    again = _claim(3, BRENN, "Ina Dahl", published="2031-05-09", source="She")
    assert decide.link(dahl, again) is not None
    nameless = _claim(4, BRENN, None, published="2031-05-09", sid=None, source="")
    assert decide.link(dahl, nameless) is not None


def test_a_quotation_under_a_pronoun_may_still_be_an_attribution_slip():
    said = "We will keep the northern quay open to every trawler in the fleet this winter"
    dahl = _claim(1, f'"{said}"', "Ina Dahl", "direct", source="Ina Dahl")
    brenn = _claim(2, f'"{said}"', "Ola Brenn", "direct", "2031-05-03", "ola-brenn", source="he")
    assert decide.link(dahl, brenn) is not None  # one report's "he" may have taken the wrong name


def test_a_long_reported_statement_word_for_word_is_still_a_slip():
    said = "the harbour board will sell the northern quay to a trawler company before the winter storms"
    dahl = _claim(1, said, "Ina Dahl", source="Ina Dahl")
    brenn = _claim(2, said, "Ola Brenn", published="2031-05-03", sid="ola-brenn", source="He")
    found = decide.link(dahl, brenn)
    assert found is not None and found.how == "speaker-conflict"


# --- words quoted without a speaker ------------------------------------------

PLAN = 'fishers would be required to attend a course to "understand the link between trawling and the quay silt"'
LIND = "there was a clear link between trawling and the silt at the quay"


def test_an_uncredited_quotation_is_no_paraphrase_of_a_named_statement(tmp_path):
    df = _df(tmp_path)
    plan = _claim(1, PLAN, None, "partial", sid=None, source="")
    lind = _claim(2, LIND, "Tomas Lind", published="2031-05-06", sid="tomas-lind", source="Mr Lind")
    assert decide.paraphrase_evidence(plan, lind, df) is None
    assert decide.link(plan, lind, decide.DEFAULT_THRESHOLD, df) is None  # was linked as a paraphrase
    # the same words credited to no one but not quoted (the report's own account) may still be one
    told = _claim(3, PLAN.replace('"', ""), None, "indirect", sid=None, source="")
    assert decide.paraphrase_evidence(told, lind, df) is not None
    # and a credited quotation may be reworded by its own speaker's report (days apart:
    # ``OWN_PARAPHRASE_DAYS``)
    credited = _claim(4, PLAN, "Tomas Lind", "partial", "2031-05-04", sid="tomas-lind", source="Lind")
    assert decide.paraphrase_evidence(credited, lind, df) is not None


def test_an_uncredited_quotation_still_links_on_its_words():
    quoted = 'the storm was "the heaviest loss of life and the worst damage the quay has ever seen," officials said'
    plain = _claim(1, 'the storm was "the heaviest loss of life and the worst damage the quay has ever seen"', None,
                   "partial", sid=None, source="")
    again = _claim(2, quoted, "officials", "partial", "2031-05-03", None, "officials")
    assert decide.link(plain, again) is not None


# --- one side words the shared name into a longer phrase, saying its own thing --

NOTHING = "the Orsund harbour conference has changed nothing for the fishers"
TRUCE = ("it will keep its informal truce while it weighs whether to join a ceasefire agreed this week "
         "at a conference in the Kelp resort of Orsund harbour")


def test_a_statement_sharing_only_a_name_with_a_longer_report_is_another_statement(tmp_path):
    df = _df(tmp_path)
    group = _claim(1, NOTHING, "the largest fishers' group", sid=None, source="the largest fishers' group")
    union = _claim(2, TRUCE, "Kessby Fishers Union", published="2031-05-05", sid="kessby-fishers-union",
                   source="The Kessby Fishers Union")
    assert decide._topic_only(group, union, decide.UNKNOWN)
    assert decide.link(group, union, decide.DEFAULT_THRESHOLD, df) is None  # was linked as a paraphrase


def test_a_name_announced_or_one_speakers_words_may_still_be_one_statement(tmp_path):
    # a noun phrase with no verb may be what the other announced
    action = _claim(1, "a joint action by all 12 member ports of the Kessby harbour league", "the league",
                    sid=None, source="the league")
    said = _claim(2, "all 12 member ports will take joint action", "Ina Dahl", published="2031-05-03")
    assert not decide._topic_only(action, said, decide.UNKNOWN)
    # the same words of the shared phrase in both, one saying a little more: one statement
    short = _claim(3, "the rally broke a county ban on public protests", "Kessby police", sid=None,
                   source="Kessby police")
    longer = _claim(4, "the prayer rally broke a county ban on public protests", "county police", sid=None,
                    published="2031-05-03", source="county police")
    assert not decide._topic_only(short, longer, decide.UNKNOWN)
    # one speaker's words are weighed as before
    own = _claim(5, NOTHING, "Ina Dahl")
    again = _claim(6, TRUCE, "Ina Dahl", published="2031-05-05")
    assert not decide._topic_only(own, again, decide.SAME)


# --- a name's possessive is no verb -------------------------------------------

def test_a_title_with_a_possessive_names_a_thing():
    assert decide.names_a_thing("Kelp's tentacles in Orsund")  # was read as "Kelp is ..."
    assert decide.names_a_thing("Kessby's new quay")
    assert not decide.names_a_thing("Dahl's leaving the board")  # "Dahl is leaving"
    assert not decide.names_a_thing("Kessby's quay will close")
    title = "Kelp's tentacles in Orsund"
    gazette = _claim(1, title, "investigation", "partial", sid=None, source="investigation")
    herald = _claim(2, title, "senators", "partial", "2031-05-09", None, "They")
    assert decide.link(gazette, herald) is None  # an article's title in two reports, was an exact link
    said = _claim(3, "Kessby's new quay will close to trawlers in the winter", None, "partial", sid=None, source="")
    again = _claim(4, "Kessby's new quay will close to trawlers in the winter", None, "partial", "2031-05-04",
                   None, "")
    assert decide.link(said, again) is not None


# --- a few words of reported speech weeks apart --------------------------------

def test_a_few_reworded_words_of_reported_speech_weeks_apart_are_not_linked():
    said = _claim(1, "the Kelp Front has a stronghold", "Kessby", sid="kessby", published="2031-05-02")
    later = _claim(2, "is a Kelp Front stronghold", "Kessby", sid="kessby", published="2031-05-30")
    assert decide.link(said, later) is None  # was fuzzy 0.99: another town, a month on
    appeal = _claim(3, "to appeal the ruling", "The firm", sid=None, published="2031-05-02", source="The firm")
    again = _claim(4, "it would appeal the ruling", "Kessby Bank", sid="kessby-bank", published="2031-05-20")
    assert decide.link(appeal, again) is None
    # days apart, the same words copied, or the speaker's own quoted words still link
    soon = _claim(5, "is a Kelp Front stronghold", "Kessby", sid="kessby", published="2031-05-05")
    assert decide.link(said, soon) is not None
    copied = _claim(6, "the Kelp Front has a stronghold", "Kessby", sid="kessby", published="2031-05-30")
    assert decide.link(said, copied) is not None
    quoted = _claim(7, 'it was "puzzling"', "Kessby", "mixed", "2031-05-02", "kessby")
    quoted_later = _claim(8, 'it was "puzzling."', "Kessby", "mixed", "2031-05-30", "kessby")
    assert decide.link(quoted, quoted_later) is not None
