"""Who said it: the constructions the audit rounds left open (issue #10, part 3).

Invented sentences and names only."""

from __future__ import annotations

from extract_helpers import one


# -- two people of one surname ------------------------------------------------

def test_a_bare_surname_is_the_namesake_named_last():
    text = ("Ann Vole opened the bakery in 1990. Tom Vole, a grocer, took it over in 2001. "
            "Vole said the bakery would close in May.")
    c = one(text, "the bakery would close in May")
    assert c.speaker == "Tom Vole"


def test_a_namesake_named_in_full_leaves_the_surname_the_article_already_uses():
    text = ("Tom Vole, the mayor, unveiled a levy. Vole said the levy was fair. "
            "In an essay last week, Ann Vole argued for the levy. Vole said the levy would rise.")
    assert one(text, "the levy would rise").speaker == "Tom Vole"


def test_a_gendered_title_picks_the_namesake():
    text = ("Ann Vole opened the bakery in 1990. Tom Vole, a grocer, took it over in 2001. "
            "Ann Vole retired in May. Mr. Vole said the bakery would close in June.")
    assert one(text, "the bakery would close in June").speaker == "Tom Vole"


def test_a_namesake_said_of_the_first_in_one_sentence_leaves_the_surname_to_the_first():
    text = ("Tom Vole, the brother of the baker Ann Vole, sells the bread. "
            "Vole said that prices rose.")
    assert one(text, "prices rose").speaker == "Tom Vole"


def test_a_relative_named_with_a_possessive_leaves_the_surname_to_the_first():
    text = ("Ann Vole opened the bakery in 1990. Her nephew Tom Vole joined in 2001. "
            "Vole said the bakery would close in May.")
    assert one(text, "the bakery would close in May").speaker == "Ann Vole"


def test_two_namesakes_joined_by_and_leave_the_surname_unresolved():
    text = "Ann Vole and Tom Vole run the bakery. Vole said the harvest was poor."
    c = one(text, "the harvest was poor")
    assert c.speaker == "Vole"
    assert c.sourcing == "named_person"


def test_two_spellings_of_one_forename_stay_one_person():
    text = ("Joseph Vole opened the bakery in 1990. Joe Vole spoke at the fair. "
            "Vole said the bakery would close in May.")
    assert one(text, "the bakery would close in May").speaker == "Joseph Vole"


# -- a piece of journalism as the antecedent of "that"/"which" -----------------

def test_a_piece_an_outlet_ran_is_the_outlets_report():
    c = one("The Dunmore Clarion ran a piece that noted the levy was unfair.", "the levy was unfair")
    assert c.sourcing == "media_report"
    assert c.speaker == "Dunmore Clarion"


def test_a_newspaper_before_that_is_the_press():
    c = one("Ann Vole sued the same newspaper that revealed the levy was unfair.", "the levy was unfair")
    assert c.sourcing == "media_report"
    assert c.speaker == "the same newspaper"


def test_a_column_a_person_published_is_the_persons():
    c = one("Tom Vole published a column which argued that the levy was unfair.", "the levy was unfair")
    assert c.sourcing == "named_person"
    assert c.speaker == "Tom Vole"


def test_a_piece_of_land_is_no_piece_of_journalism():
    from datasette_claims.extract import sourcing
    assert sourcing.classify("a piece of land", False) != "media_report"
    assert sourcing.classify("a column in the Clarion", False) == "media_report"


# -- a definite title and the people who hold another office ------------------

def test_a_title_is_not_someone_who_holds_another_office():
    text = "Senator Tom Vole praised the harbour. Vole visited it. The mayor said the harbour would reopen."
    c = one(text, "the harbour would reopen")
    assert c.speaker == "The mayor"


def test_a_title_is_the_earlier_holder_of_that_office():
    text = ("Tom Vole, the mayor of Dunmore, praised the harbour. Vole visited it. "
            "The mayor said the harbour would reopen.")
    assert one(text, "the harbour would reopen").speaker == "Tom Vole"


def test_the_premier_is_the_prime_minister():
    text = "Prime Minister Tom Vole praised the harbour. Vole visited it. The premier said the harbour would reopen."
    assert one(text, "the harbour would reopen").speaker == "Tom Vole"


# -- a rank or trade written before a name -------------------------------------

def test_a_trade_before_a_name_is_the_role():
    c = one("Midwife Ann Vole said the clinic would close.", "the clinic would close")
    assert c.speaker == "Ann Vole"
    assert c.speaker_role == "Midwife"


def test_a_rank_before_a_name_after_the_cue_is_the_role():
    c = one("The clinic will close, said Captain Tom Vole.", "The clinic will close")
    assert c.speaker == "Tom Vole"
    assert c.speaker_role == "Captain"


def test_a_trade_in_man_before_a_name_after_according_to():
    c = one("The boat sank, according to Linesman Tom Vole.", "The boat sank")
    assert c.speaker == "Tom Vole"


def test_the_rank_and_surname_later_are_the_same_person():
    text = "Reverend Tom Vole led the march. Reverend Vole said the march was peaceful."
    assert one(text, "the march was peaceful").speaker == "Tom Vole"


def test_a_surname_that_looks_like_a_trade_stays():
    assert one("Tom Farmer said the harvest was poor.", "the harvest was poor").speaker == "Tom Farmer"


# -- a quotation after an attributed one, with another person in between --------

def test_a_quotation_goes_on_with_the_speaker_when_no_one_intervenes():
    c = one('"The harvest was poor," said Ann Vole, who met Tom Reyes on Monday. "We lost half the wheat."',
            "We lost half the wheat")
    assert c.speaker == "Ann Vole"


def test_another_person_named_as_a_subject_in_between_breaks_the_run():
    c = one('"The harvest was poor," said Ann Vole. Mayor Tom Reyes disagreed. "We lost half the wheat."',
            "We lost half the wheat")
    assert c.speaker != "Ann Vole"


def test_the_same_person_named_again_in_between_keeps_the_run():
    c = one('"The harvest was poor," said Ann Vole. Ms Vole farms near Dunmore. "We lost half the wheat."',
            "We lost half the wheat")
    assert c.speaker == "Ann Vole"
