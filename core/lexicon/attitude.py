"""Attitude words: what an actor wants, believes, welcomes or resents, beyond CAMEO's verbs.

`core.lexicon.stance` holds the CAMEO classes (appeal, demand, support, disapprove, reject,
threaten); these are the private states news reports just as often: desire and intention
("wants to join", "plans to sign"), belief ("believes that talks can work"), feelings about
something ("welcomed", "regrets", "fears") and the nouns and adjectives that name them ("his
concern over", "X's commitment to", "X is ready to", "X is worried about"). The lists are common
English attitude words, in the spirit of subjectivity lexicons (Wilson, Wiebe & Hoffmann 2005),
chosen for what an actor holds rather than how a writer describes.
"""

from __future__ import annotations

from core.lexicon.stance import (
    DEMAND,
    DISAPPROVE,
    INTEND,
    STANCE_ADJECTIVES,
    SUPPORT,
    THREATEN,
    StanceClass,
)
from core.lexicon.words import subset, words

# Not CAMEO: arguing that something is so ("believes", "insists"); weakest cue for a headline.
BELIEVE = StanceClass("belief", "support", (), 1)
# Not CAMEO: a good or bad feeling toward something ("appreciates", "regrets").
APPROVE = StanceClass("approval", "support", (), 2)
RESENT = StanceClass("resentment", "oppose", (), 2)

# Not CAMEO: what a holder expects or predicts ("expects sales to fall", "predicted a long war"):
# a view without an evaluation, so neutral; "does not expect" is an expectation still.
EXPECT = StanceClass("expectation", "neutral", (), 1)

# Not CAMEO: weighing a course without choosing it ("is considering a merger"): neutral.
DELIBERATE = StanceClass("deliberation", "neutral", (), 1)

# Not CAMEO: granting that something is so ("admitted that the plan had failed") or not knowing
# ("is unsure whether to sign"): a view without a side, neutral.
GRANT = StanceClass("concession", "neutral", (), 1)

# Not CAMEO: knowing or coming to know that something is so, or not knowing it ("knows that the
# talks failed", "did not know whether the ferry had left", "realised that"): a view without a
# side, neutral; "does not know" is a view still.
KNOW = StanceClass("knowledge", "neutral", (), 1)

# "is interested in": the participle of an attitude, read as support.
INTEREST = StanceClass("interest", "support", (), 1)

# Classes whose negation is the opposite stance ("does not want", "does not believe", "does not
# accept"); for the others, negation only voids the cue ("did not condemn" is not support).
FLIP_ON_NEGATION: frozenset[str] = frozenset({"belief", "approval", "interest"})
# Classes whose negation keeps the cue as it is ("does not expect a recovery" is a forecast too).
KEEP_ON_NEGATION: frozenset[str] = frozenset({"expectation", "knowledge"})

# Verbs whose subject holds the attitude toward their object or complement.
ATTITUDE_VERBS: dict[str, StanceClass] = {
    **dict.fromkeys(
        words("want wish hope plan intend aim vow pledge promise decide resolve aspire strive")
        | words("swear guarantee")
        | words("prefer desire propose plot scheme conspire pursue"),
        INTEND,
    ),
    **dict.fromkeys(
        words("believe think argue maintain contend assert claim stress emphasise")
        | words("emphasize affirm reaffirm reiterate conclude agree feel allege suggest"),
        BELIEVE,
    ),
    **dict.fromkeys(
        words("congratulate thank appreciate admire respect value trust approve like love")
        | words("accept embrace recognize recognise"),
        APPROVE,
    ),
    **dict.fromkeys(
        words("regret lament complain fear worry doubt question suspect resent hate dislike")
        | words("mistrust distrust ridicule mock scorn boycott deny refuse"),
        RESENT,
    ),
    **dict.fromkeys(words("expect anticipate predict forecast foresee"), EXPECT),
    **dict.fromkeys(words("consider contemplate weigh mull"), DELIBERATE),
    **dict.fromkeys(words("admit acknowledge concede"), GRANT),
}
# Verbs of knowing (class KNOW), read as the attitude verbs are but kept out of ATTITUDE_VERBS:
# their subject is often nobody with a view to report ("readers know that ..."), so they do not
# make an actor of it (`core.actors.phrases` reads the attitude words for that).
KNOW_VERBS: frozenset[str] = words("know understand realize realise")
# Of these, the ones that state an attitude only with a clause ("plans to sign", "maintains
# that ..."): "plans a visit", "maintains its ties" are facts.
CLAUSE_ONLY: frozenset[str] = (
    words("plan maintain decide resolve feel stress conclude")
    | words("allege plot scheme conspire suggest admit acknowledge concede swear guarantee")
    | KNOW_VERBS
)

# Of these, the ones that take a side only as an act of recognition: of a government, a state,
# an election's result ("does not recognise the result", "recognised the new state"). Of
# anything else they only grant or notice it ("recognizes the need for", "recognised that ...",
# "no one recognised him").
RECOGNITION_VERBS: frozenset[str] = words("recognize recognise")
RECOGNISED_THINGS: frozenset[str] = words(
    "government state regime result outcome election victory independence sovereignty"
) | words("legitimacy authority")

# Of these, the ones whose passive is another verb ("was questioned by the police" is an
# interrogation, not a doubt).
OTHER_PASSIVES: frozenset[str] = words("question")

# Nouns naming a held attitude; the holder is their possessor ("Japan's support for"), the "by"
# phrase, or the subject of a verb that expresses them ("voiced concern over").
ATTITUDE_NOUNS: dict[str, StanceClass] = {
    **dict.fromkeys(
        words("support backing approval praise welcome hope wish desire commitment")
        | words("determination readiness willingness confidence trust satisfaction gratitude")
        | words("appreciation sympathy solidarity agreement endorsement demand appeal")
        | words("belief conviction insistence resolve pledge promise vow plan decision")
        | words("request invitation offer proposal view position stance opinion attitude")
        | words("perception assessment will understanding pleasure delight"),
        SUPPORT,
    ),
    # "international pressure to back down", "pressure from the unions for a raise": CAMEO 100
    # demand, as a noun
    "pressure": DEMAND,
    # "issued a warning against the levy", "threats by the unions": CAMEO 130 threaten, as a noun
    **dict.fromkeys(words("warning threat"), THREATEN),
    **dict.fromkeys(words("objective ambition priority intention"), INTEND),
    **dict.fromkeys(
        words("opposition criticism condemnation concern fear worry anxiety doubt suspicion")
        | words("objection protest refusal rejection denial disapproval anger outrage")
        | words("indignation displeasure dissatisfaction disappointment regret frustration")
        | words("alarm distrust mistrust hostility resentment complaint accusation skepticism")
        | words("scepticism reservation allegation"),
        DISAPPROVE,
    ),
    **dict.fromkeys(words("expectation prediction forecast"), EXPECT),
    "interest": INTEREST,
}
# Of these, the ones that are an attitude only toward an act, in the singular ("has an interest
# in buying the field", "voiced interest in joining"): "a 20% interest in the firm" and "its
# interests in the region" are stakes, "interest rates" a price.
ACT_ONLY_NOUNS: frozenset[str] = words("interest")
# Of these, a held view: arguing for what its clause says ("the view that talks can work"),
# neutral when it only says what it is about ("its position on the accord").
VIEW_NOUNS: frozenset[str] = words("view position stance opinion attitude perception assessment")
# "in his view, ...", "in the opinion of the court, ...": the sentence is the holder's argument.
IN_VIEW_NOUNS: frozenset[str] = words("view opinion judgment judgement estimation")
# Of these, the ones whose "from" phrase names the holder ("criticism from the EU", "support from
# the unions"); for the others "from" is a source or a distance ("fear from afar").
FROM_HOLDER_NOUNS: frozenset[str] = words(
    "support backing criticism condemnation opposition objection protest pressure"
)
# Of these, the ones whose "of" phrase names the holder ("the wishes of the growers", "the first
# priority of Kenya"); "the support of X", "the approval of the treaty" name what is backed.
OF_HOLDER_NOUNS: frozenset[str] = (
    words("wish will view position stance opinion attitude")
    | words("request demand decision invitation")
    | words("opposition concern commitment objective priority")
)
# Of these, the ones that state a stance with no object when their holder is named ("Okafor's
# criticism", "the will of the people", "at the request of Japan", "criticism from Europe",
# "Brazil's hostility", "support from Kenya"); without a holder or an object ("the request was
# filed") they say nothing of anyone. Not "opposition" ("Japan's opposition" is a party).
HELD_NOUNS: frozenset[str] = (
    words("will wish request invitation approval criticism")
    | words("condemnation rebuke objective priority demand goal claim")
    | words("support backing pledge endorsement hostility determination")
    | words("warning threat")
)

# Of these, the ones a name right before them holds with no object said ("Peru fears were
# raised", "without Peru support", "without Mexico approval"); "the Ohio concern" is a firm,
# "the Kenya opposition" a party.
NAMED_HELD_NOUNS: frozenset[str] = words("fear anger outrage hostility support backing") | words(
    "approval pledge"
)

# Of these, the feelings, which need no "for"/"over" phrase to be a stance ("voiced concern");
# the others do ("had a call" is a telephone call, "its plan" may be a timetable).
FEELING_NOUNS: frozenset[str] = words(
    "concern fear worry anxiety anger outrage indignation displeasure dissatisfaction regret"
) | words("disappointment frustration alarm satisfaction gratitude sympathy solidarity pleasure")

# Nouns that name their referent by the side it takes ("opposition supporters", "critics of the
# plan"): the people so named hold the stance toward the one named with them.
PARTISAN_NOUNS: dict[str, StanceClass] = {
    **dict.fromkeys(words("supporter backer proponent loyalist"), SUPPORT),
    **dict.fromkeys(words("opponent critic detractor"), DISAPPROVE),
}

# Verbs by which a holder expresses such a noun: "expressed concern", "voiced support".
EXPRESS_VERBS: frozenset[str] = (
    words(
        "express voice show state reiterate reaffirm declare announce give offer lend have extend"
    )
    | words("convey register signal hold uphold take share render pledge adopt exhibit issue")
    | words(
        "file lodge"  # "filed a complaint against the mayor", "lodged a protest over the raid"
    )
)
# Of these, the ones that express only a grievance ("filed a complaint"; "filed a plan" is
# paperwork).
GRIEVANCE_VERBS: frozenset[str] = words("file lodge")

# Support one receives: "has the support of Chile", "won the backing of the unions" (the backer
# is the "of" phrase, not the subject, who has or wins it).
RECEIVED_NOUNS: frozenset[str] = words("support backing endorsement confidence trust sympathy")
RECEIVE_VERBS: frozenset[str] = words("have enjoy win gain receive get secure garner")

# Support taken back ("withdrew its support from Ortega", "pulled its backing for the plan"):
# against the one it was given to.
WITHDRAW_VERBS: frozenset[str] = words("withdraw pull drop end suspend")
# Support given by coming to someone ("came to the support of the ferrymen", "rallied to his
# defence"): the subject backs them.
COME_VERBS: frozenset[str] = words("come rally rush spring leap")
GIVEN_NOUNS: frozenset[str] = words("support backing defence defense aid rescue")

# Verbs whose object, not their subject, holds the feeling: "the sale infuriated Beijing",
# "the remark has riled its allies", "the plan alienated the unions" (the object resents the
# subject); in the passive the subject holds it ("voters were outraged by the ruling"). Left
# out: the ones whose object is mostly no one who feels ("frustrated the talks", "upset the
# balance", "concerns a loan", "disturbed the peace", "satisfied the terms").
EXPERIENCER_VERBS: frozenset[str] = words(
    "anger infuriate enrage rile irk annoy irritate incense outrage dismay alarm alienate"
) | words("offend shock horrify appal appall sadden")
# The prepositions that name what a feeling in the passive is about, besides its agent ("was
# outraged at the ruling", "angered over the delay").
EXPERIENCED_PREPS: frozenset[str] = words("at over about")

# Clauses that say what a feeling in the passive answers ("was angered when the envoy left",
# "was offended after the visit was refused").
EXPERIENCED_MARKS: frozenset[str] = words("when after")

# Verbs that stir a feeling in someone: "the raid provoked anger among the unions", "the plan
# caused concern in Chile": those named by "in" or "among" hold it toward the subject.
AROUSE_VERBS: frozenset[str] = words(
    "provoke cause spark trigger arouse generate stir fuel prompt raise create"
)
AROUSED_IN: frozenset[str] = words("in among within")

# "committed itself to win back the harbour", "bound himself to ...": a reflexive object makes
# the verb an intention (CAMEO 03 express intent); "committed a crime" is an act.
REFLEXIVE_INTENT_VERBS: frozenset[str] = words("commit bind")
REFLEXIVES: frozenset[str] = words("itself himself herself themselves ourselves myself")

# Predicate adjectives: "X is determined to", "X was worried about" (the CAMEO ones, "ready",
# "opposed", are in `core.lexicon.stance`).
ATTITUDE_ADJECTIVES: dict[str, StanceClass] = {
    **dict.fromkeys(
        words("determined eager keen prepared happy glad pleased")
        | words("delighted satisfied grateful optimistic confident hopeful sure convinced")
        | words("thankful appreciative enthusiastic inclined intent desperate"),
        SUPPORT,
    ),
    **dict.fromkeys(
        words("concerned worried afraid fearful anxious angry furious unhappy displeased")
        | words("dissatisfied disappointed frustrated upset alarmed sceptical skeptical")
        | words("suspicious reluctant unwilling wary pessimistic")
        | words("doubtful sorry bitter nervous hesitant resentful indignant uneasy disillusioned"),
        DISAPPROVE,
    ),
    # "was baffled at the ruling", "surprised at the vote": struck by it, without a side
    **dict.fromkeys(
        words("unsure undecided uncertain baffled puzzled perplexed bewildered surprised"), GRANT
    ),
}

# Of these, the ones that name no feeling with a given preposition ("concerned with getting
# its way" is occupied with it, "concerned about" is worried).
OCCUPIED_WITH: dict[str, str] = {"concerned": "with"}
# Of these, the ones that are no feeling in a clause of what a sentence is about ("where Zimbabwe
# is concerned", "as far as we are concerned"), unless they say about what.
ABOUT_ONLY: frozenset[str] = words("concerned")

# Of these, the worried ones that mean eager with an infinitive ("anxious to sign the deal").
EAGER_TO: frozenset[str] = subset(frozenset(ATTITUDE_ADJECTIVES), "anxious")

# Every lemma above, for the cue scan.
ATTITUDE_LEMMAS: frozenset[str] = frozenset(
    {
        *ATTITUDE_VERBS,
        *ATTITUDE_NOUNS,
        *ATTITUDE_ADJECTIVES,
        *REFLEXIVE_INTENT_VERBS,
        *IN_VIEW_NOUNS,
        *PARTISAN_NOUNS,
        *GIVEN_NOUNS,
    }
)
# The small model reads "hoped" as the verb "hop"; and an adjective of attitude is often parsed
# as a passive participle ("was determined to", "is interested in"): these are scanned as words.
HOPE_FORMS: frozenset[str] = words("hopes hoped hoping")
PARTICIPLES: frozenset[str] = frozenset({*ATTITUDE_ADJECTIVES, *STANCE_ADJECTIVES, "interested"})
ATTITUDE_WORDS: frozenset[str] = HOPE_FORMS | PARTICIPLES

# Prepositions that introduce what an attitude noun or adjective is about.
ABOUT_PREPS: frozenset[str] = frozenset(
    {"for", "to", "of", "over", "about", "at", "with", "on", "against", "in", "toward", "towards"}
)
