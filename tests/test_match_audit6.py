"""What a sixth hand audit of real links found (docs/matching.md, "A hand
audit", the sixth audit): a ministry's, a poll's or an agency's same few
words of reported speech for a new event weeks later (another death, the
next poll, the next month's figure) linked as one statement; two groups of
one country ("Pakistani army representatives", "Two Pakistani officials")
joined by the nationality they share; and one interviewer's question put
to "you" in two interviews linked.  Invented claims and reports."""

from __future__ import annotations

from test_match_audit import _df  # rare words counted over a few invented reports

from datasette_claims.matching import attribution, decide


def _claim(i, content, name="Kessby Ministry", quote_type="indirect", published="2031-05-02", sid="kessby-ministry",
           source=None, stance=None, root=None):
    return decide.ClaimInfo(i, f"rep{i}:{i}-{i + 1}", f"rep{i}", sid, content, quote_type, published,
                            root or f"rep{i}", name, source_text=source if source is not None else name,
                            stance=stance)


# --- reported speech reworded weeks apart --------------------------------------

INJURED = "a harbour worker has been injured at the Kessby quay during the night shift"
AGAIN = "A harbour worker has been injured at the Kessby quay"


def test_a_new_event_told_in_the_same_few_words_weeks_later_is_not_linked():
    first = _claim(1, INJURED)
    later = _claim(2, AGAIN, published="2031-05-23")  # three weeks on: another worker
    assert decide.link(first, later) is None  # was linked: the whole shorter claim found in the other
    poll = _claim(3, "the two candidates for harbour master are statistically tied", "the Kessby Poll",
                  sid="kessby-poll")
    next_poll = _claim(4, "Harbour master candidates Ina Dahl and Ola Brenn are statistically tied", "the Kessby Poll",
                       published="2031-05-24", sid="kessby-poll")
    assert decide.link(poll, next_poll) is None


def test_reported_speech_days_apart_copied_or_recounted_at_length_still_links():
    first = _claim(1, INJURED)
    assert decide.link(first, _claim(2, AGAIN, published="2031-05-04")) is not None  # days apart: one event
    assert decide.link(first, _claim(3, INJURED, published="2031-05-23")) is not None  # copied as background
    told = ("the harbour board received 5 million crowns for the election campaign of its candidates in 2030 "
            "from the Kelp Front, an armed group of the northern islands")
    retold = ("according to documents of the harbour police the harbour board received 5 million crowns for the "
              "election campaign of its candidates in 2030 from the Kelp Front, an armed group of the northern islands")
    assert decide.link(_claim(4, told, "the Gazette", sid="gazette"),
                       _claim(5, retold, "a story", published="2031-07-30", sid=None)) is not None
    # a reprint weeks later is still its original
    assert decide.link(first, _claim(6, AGAIN, published="2031-05-23", root="rep1")) is not None


def test_quoted_words_weeks_apart_are_weighed_as_before():
    said = _claim(1, 'the quay was "closed to every trawler this winter"', quote_type="mixed")
    later = _claim(2, 'the quay had been "closed to every trawler this winter"', quote_type="mixed",
                   published="2031-05-23")
    assert decide.link(said, later) is not None  # the speaker's own words, quoted again


# --- two groups of one country -------------------------------------------------

ARMY = "Kelpish army representatives"
OFFICIALS = "Two Kelpish officials"


def test_a_nationality_both_put_before_a_noun_joins_no_one():
    army, officials = attribution.attributed(None, ARMY, None), attribution.attributed(None, OFFICIALS, None)
    assert army.origins == {"kelpish"}
    assert attribution.two_sources(army, officials)
    # a word of a title or a name is still shared: the officials may speak for their president
    president = attribution.attributed("Ina Dahl", "Kelpish President Ina Dahl", "Kelpish President")
    assert president.origins == frozenset()
    assert not attribution.two_sources(officials, president)
    # and a body the two name alike still joins them
    assert not attribution.two_sources(army, attribution.attributed(None, "Kelpish army officials", None))


def test_two_groups_of_one_country_are_no_rewording_of_one_statement(tmp_path):
    df = _df(tmp_path)
    army = _claim(1, "the harbour master Tomas Lind was not among the dead on the Orsund ferry", ARMY, sid=None)
    officials = _claim(2, "the deputy of the harbour master Tomas Lind was also among those killed on the Orsund ferry",
                       OFFICIALS, published="2031-05-06", sid=None)
    assert decide.paraphrase_evidence(army, officials, df) is None  # was linked as a paraphrase (a conflict)
    same_body = _claim(3, officials.content, "Kelpish army officials", published="2031-05-06", sid=None)
    assert decide.paraphrase_evidence(army, same_body, df) is not None


# --- one interviewer's question put to "you" -----------------------------------

ASKED = "Of the harbour board's decisions, which was the most beneficial to your district? To the islands as a whole?"


def test_one_interviewers_question_to_you_in_two_interviews_is_not_linked():
    first = _claim(1, ASKED, "Nils Holm", "direct", sid="nils-holm", stance="question")
    second = _claim(2, ASKED.replace("your", "your this"), "Nils Holm", "direct", "2031-05-08", "nils-holm",
                    stance="question")
    assert decide.link(first, second) is None  # was drift: one question put to two guests
    assert decide.link(first, _claim(3, ASKED, "Nils Holm", "direct", "2031-05-08", "nils-holm", stance="question",
                                     root="rep1")) is not None  # the interview's reprint
    plain = "Who will pay for the new breakwater at Kessby once the grant runs out?"
    asked = _claim(4, plain, "Nils Holm", "direct", sid="nils-holm", stance="question")
    again = _claim(5, plain, "Nils Holm", "direct", "2031-05-03", "nils-holm", stance="question")
    assert decide.link(asked, again) is not None  # no "you": one speaker's question, reported twice


# --- a denial and a negated statement --------------------------------------------

def test_a_denial_and_a_negated_statement_of_one_position_are_the_same():
    said = _claim(1, "the ferry company did not sell the passenger records to the harbour police", "Kessby Ferries",
                  sid="kessby-ferries", stance="assertion")
    denied = _claim(2, "it sold the passenger records to the harbour police", "Kessby Ferries", published="2031-05-03",
                    sid="kessby-ferries", stance="denial")
    assert decide.kind_of(said, denied) == ("same", None)  # was a conflict: denied selling = did not sell
    plain = _claim(3, "the ferry company sold the passenger records to the harbour police", "Kessby Ferries",
                   sid="kessby-ferries", stance="assertion")
    assert decide.kind_of(plain, denied)[0] == "conflict"  # what the denial disputes, stated: still a conflict
