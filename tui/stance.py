"""How a position's stance on its topic reads in the reader and in the Markdown export.

Core's JSON keeps `polarity` and `topic` apart (the contract); people read them together. A
neutral position's topic often names the neutrality itself ("neutrality in the Ukraine
conflict"), so "neutral on neutrality in ..." would say it twice: such a topic reads as the
adjective instead ("neutral in the Ukraine conflict").
"""

from __future__ import annotations

POLARITY_WORD = {"support": "for", "oppose": "against", "neutral": "neutral on"}

# A topic that starts with one of these words already states the neutrality.
_NEUTRALITY_ADJECTIVE = {
    "neutrality": "neutral",
    "neutral": "neutral",
    "impartiality": "impartial",
    "impartial": "impartial",
}


def stance_phrase(polarity: str, topic: str | None) -> str:
    """`for peace talks`, `against sanctions`, `neutral on the vote`, `neutral in the war`;
    without a topic the polarity alone (`neutral`)."""
    topic = " ".join((topic or "").split())
    if not topic:
        return polarity
    if polarity == "neutral":
        first, _, rest = topic.partition(" ")
        adjective = _NEUTRALITY_ADJECTIVE.get(first.lower())
        if adjective is not None:
            return f"{adjective} {rest}" if rest else adjective
    return f"{POLARITY_WORD.get(polarity, polarity)} {topic}"
