"""Documents that speak for whoever issued them, and the verbs that tie them to their issuer."""

from __future__ import annotations

from core.lexicon.speech import SPEECH_VERBS
from core.lexicon.words import subset, words

# Documents that speak for whoever issued them: "the paper called for", "the statement said".
DOCUMENT_NOUNS: frozenset[str] = words(
    """
    paper plan proposal statement report readout document letter resolution communique
    communiqué declaration memo memorandum framework initiative blueprint manifesto platform op
    editorial transcript release note bill treaty agreement accord
    email post tweet message text filing complaint lawsuit ruling order website site ad
    advertisement
    """
)

# Verbs that tie a document to its author ("published by China", "China issued a plan").
ISSUE_VERBS: frozenset[str] = subset(SPEECH_VERBS, "propose write announce") | words(
    "publish issue release unveil put present draft sign circulate adopt submit introduce launch"
)

# Verbs of saying that are cues only with a document for their subject ("the paper read").
DOCUMENT_VERBS: frozenset[str] = subset(SPEECH_VERBS, "read")

# Capitalised labels that open a line with a colon but name no speaker ("UPDATE: …", "NOTE: …").
NOT_SPEAKER_LABELS: frozenset[str] = words(
    """
    update updated note notes breaking correction clarification editor editors editor's
    watch read related video photo photos listen live exclusive opinion analysis advertisement
    source sources credit warning alert disclaimer transcript crosstalk applause laughter
    inaudible unknown unidentified voice narrator announcer caption summary background
    """
)

# What finds things out, and who, so that what they "found" is a finding ("the review found
# gaps"), where someone who "found ways to …" or "found common ground" came upon them.
RESEARCH_NOUNS: frozenset[str] = words(
    """
    poll survey study review analysis investigation inquiry audit probe research census count
    report test researcher author investigator auditor pollster
    """
)
