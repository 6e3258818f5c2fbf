from __future__ import annotations

from core.collection.merge import Merger, name_key
from tests.core.collection.build import article


def merged(*analyses):
    m = Merger()
    for a in analyses:
        m.add(a, "desk", None)
    return {x.name: x for x in m.merged()}


def test_name_key_ignores_case_accents_dots_honorifics_and_suffixes():
    assert name_key("Mr. José Álvarez Jr.") == ("jose", "alvarez")
    assert name_key("JOSÉ ALVAREZ") == ("jose", "alvarez")


def test_two_people_sharing_a_surname_stay_two_and_the_surname_alone_joins_neither():
    maria = article(
        "a1.txt",
        "Maria Okoro said the budget would pass. “We have the votes,” Okoro said.",
        [
            {
                "name": "Maria Okoro",
                "aliases": ["Maria Okoro", "Okoro"],
                "says": ["Maria Okoro", "Okoro"],
            }
        ],
        [("a1", "We have the votes,")],
    )
    daniel = article(
        "a2.txt",
        "Daniel Okoro opposed the plan. “It will hurt us,” Okoro said.",
        [
            {
                "name": "Daniel Okoro",
                "aliases": ["Daniel Okoro", "Okoro"],
                "says": ["Daniel Okoro", "Okoro"],
            }
        ],
        [("a1", "It will hurt us,")],
    )
    lone = article(
        "a3.txt",
        "“The bridge is safe,” Okoro said.",
        [{"name": "Okoro"}],
        [("a1", "The bridge is safe,")],
    )
    people = merged(maria, daniel, lone)
    assert {"Maria Okoro", "Daniel Okoro", "Okoro"} <= set(people)
    assert [j.name for j in people["Okoro"].joined] == ["Okoro"]
    assert people["Maria Okoro"].direct == people["Daniel Okoro"].direct == 1


def test_a_surname_alone_joins_the_one_person_who_has_it_and_says_why():
    full = article(
        "a1.txt",
        "Erik Lund, a spokesman, said ships would return. “By May,” Lund said.",
        [{"name": "Erik Lund", "aliases": ["Erik Lund", "Lund"], "says": ["Erik Lund", "Lund"]}],
        [("a1", "By May,")],
    )
    lone = article(
        "a2.txt",
        "“The port is open,” Lund said.",
        [{"name": "Lund"}],
        [("a1", "The port is open,")],
    )
    people = merged(full, lone)
    assert set(people) == {"Erik Lund"}
    lund = people["Erik Lund"]
    assert lund.articles == 2 and lund.direct == 2
    assert {(j.name, j.why) for j in lund.joined} == {
        ("Erik Lund", "same name"),
        ("Lund", "only person called so"),
    }


def test_the_articles_own_first_name_keeps_a_surname_from_another_person():
    # The analysis kept only "Dunmore", but the article says "Piet Dunmore": not Ines.
    ines = article(
        "a1.txt",
        "Ines Dunmore said it was late.",
        [{"name": "Ines Dunmore", "aliases": ["Ines Dunmore", "Dunmore"]}],
    )
    piet = article(
        "a2.txt",
        "Rivals want Piet Dunmore to quit. Dunmore said no.",
        [{"name": "Dunmore", "says": ["Dunmore", "Dunmore"]}],
    )
    assert {"Ines Dunmore", "Dunmore"} <= set(merged(ines, piet))


def test_a_middle_initial_joins_the_one_longer_name_but_not_two():
    plain = article("a1.txt", "George Bush spoke.", [{"name": "George Bush"}])
    son = article("a2.txt", "George W. Bush spoke.", [{"name": "George W. Bush"}])
    father = article("a3.txt", "George H. W. Bush spoke.", [{"name": "George H. W. Bush"}])
    assert set(merged(plain, son, father)) == {"George Bush", "George W. Bush", "George H. W. Bush"}
    joe = article("a4.txt", "Joseph R. Biden spoke.", [{"name": "Joseph R. Biden"}])
    joe2 = article("a5.txt", "Joseph Biden spoke.", [{"name": "Joseph Biden"}])
    people = merged(joe, joe2)
    assert len(people) == 1 and next(iter(people.values())).articles == 2


def test_a_country_under_two_names_is_one_place_by_its_canonical_name(nlp):
    from core.analyze import analyze
    from core.model import Article

    one = analyze(Article("a1.txt", "The United States said on Monday it would send aid."), nlp)
    two = analyze(Article("a2.txt", "The U.S. will not change course, officials said."), nlp)
    places = {a.name: a for a in merged(one, two).values() if a.kind == "place"}
    assert places["United States"].articles == 2


def test_organisations_join_by_an_alias_only_one_has():
    long = article(
        "a1.txt",
        "The Tarn Valley Water Board (TVWB) said it was looking.",
        [
            {
                "name": "Tarn Valley Water Board",
                "kind": "organization",
                "aliases": ["Tarn Valley Water Board", "TVWB"],
            }
        ],
    )
    short = article(
        "a2.txt", "The TVWB said it had shut the case.", [{"name": "TVWB", "kind": "organization"}]
    )
    orgs = merged(long, short)
    assert set(orgs) == {"Tarn Valley Water Board"}
    assert orgs["Tarn Valley Water Board"].articles == 2


def test_a_city_never_joins_its_country_by_an_alias():
    china = article(
        "a1.txt",
        "Beijing said it would not back down.",
        [{"name": "China", "kind": "place", "aliases": ["China", "Beijing"], "says": ["Beijing"]}],
    )
    city = article("a2.txt", "Beijing is cold in January.", [{"name": "Beijing", "kind": "place"}])
    assert set(merged(china, city)) == {"China", "Beijing"}


def test_a_nickname_joins_the_one_full_first_name_of_that_surname():
    formal = article("a1.txt", "Joseph R. Biden said no.", [{"name": "Joseph R. Biden"}])
    short = article("a2.txt", "Joe Biden said no.", [{"name": "Joe Biden"}])
    other = article("a3.txt", "Beau Biden said yes.", [{"name": "Beau Biden"}])
    people = merged(formal, short, other)
    assert set(people) == {"Joseph R. Biden", "Beau Biden"} or set(people) == {
        "Joe Biden",
        "Beau Biden",
    }
    joe = people.get("Joe Biden") or people["Joseph R. Biden"]
    assert ("Joe Biden", "nickname of Joseph") in {(j.name, j.why) for j in joe.joined}
    # Two Josephs of that surname: the nickname stays on its own.
    again = article("a4.txt", "Joseph K. Biden said no.", [{"name": "Joseph K. Biden"}])
    assert "Joe Biden" in merged(formal, short, again)
