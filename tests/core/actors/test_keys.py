"""Actor keys: the same key is the same actor."""

from __future__ import annotations

from typing import get_args

from core.actors.keys import ActorKey, KeyKind, body_key, group_key, location_key, org_key


def test_an_organisation_with_or_without_the_is_one_key():
    assert org_key("The Federal Reserve") == org_key("Federal Reserve")
    assert org_key("Federal Reserve") != org_key("Federal Reserve Bank")


def test_a_persons_body_is_an_organisation_of_theirs():
    key = body_key(ActorKey("person", "jane roe"), "campaign")
    assert key == ActorKey("organization", "jane roe campaign")
    assert key.kind == "organization"


def test_kinds_are_apart_even_for_one_name():
    assert group_key("Georgia") != location_key("Georgia")


def test_kinds_sort_by_their_initials():
    # read_roles walks (token, key) pairs in sorted order: a new kind must not reorder them
    kinds = list(get_args(KeyKind))
    assert sorted(kinds) == sorted(kinds, key=lambda k: k[0])
    assert len({k[0] for k in kinds}) == len(kinds)
