"""Names the model missed: untagged speakers and transcript labels (core.actors.scans)."""

from __future__ import annotations

from tests.core.actors.helpers import actors_of, at


def test_untagged_speaker_is_a_person(nlp):
    text = "The officer, known only as Bob, was at the base. Bob said the team waited. He left."
    actors = actors_of(nlp, text)
    bob = at(actors, text, "Bob", 1)
    assert bob is not None and bob.kind == "person"
    assert at(actors, text, "He") is bob


def test_transcript_speaker_labels(nlp):
    text = (
        "Transcript of the show.\nJANE FOSTER: Welcome back.\nOMAR REID: Thanks.\n"
        "FOSTER: What did he say?\nREID: He said no."
    )
    actors = actors_of(nlp, text)
    foster = at(actors, text, "JANE FOSTER")
    assert foster is not None and foster.kind == "person" and foster.name == "Jane Foster"
    assert at(actors, text, "FOSTER", 1) is foster
    assert at(actors, text, "REID", 1) is at(actors, text, "OMAR REID")
