"""The cue lexicon: words that introduce what someone said, wrote, thought or stood for, by lemma.

Hand-written for this project in the spirit of the reporting-verb lists attribution extractors
use (PARC-style cue lists, textacy's reporting verbs), and checked against the cue words of the
polnear-dev sample. One place for every cue word; `core.quotes.attribution`, `core.quotes.direct`
and `core.quotes.reported` ask it. `lexicon_size()` counts the distinct cue words (over 200).
"""

from __future__ import annotations

from core.lexicon.words import by_preposition, subset, words

# Verbs of saying and writing: they introduce direct quotes and, with a clausal complement,
# reported speech.
SPEECH_VERBS: frozenset[str] = words(
    """
    say tell add note state declare announce explain write tweet post blog text email report
    claim argue insist assert maintain contend suggest propose recommend advise urge warn caution
    acknowledge admit concede confess confirm deny reject dispute disagree agree allege accuse
    charge complain protest object lament bemoan grumble gripe mourn
    ask inquire wonder question query demand request plead beg implore appeal
    reply respond answer retort counter rebut fire_back shoot_back quip joke laugh tease jest
    blurt fume
    mock scoff sneer taunt ridicule deride
    promise pledge vow swear guarantee assure reassure vouch commit
    predict forecast project estimate anticipate
    recall remember reminisce recount relate recollect
    reveal disclose divulge leak confide whisper murmur mutter shout yell scream cry exclaim
    bellow roar thunder boom snap bark growl hiss sigh gush rave rant
    describe characterize portray depict paint label brand dub call term name
    mention cite quote point_out point emphasize emphasise stress underscore highlight
    reiterate repeat restate echo affirm reaffirm stipulate specify indicate signal
    conclude summarize sum_up observe remark comment opine editorialize muse reflect ponder
    speculate hypothesize theorize guess surmise posit
    continue go_on proceed begin start finish end
    testify attest certify swear_in depose
    instruct order command direct tell_off
    threaten challenge dare
    praise hail laud commend compliment congratulate thank credit salute
    criticize criticise blast slam attack condemn denounce decry rebuke chide scold lambaste
    castigate berate excoriate assail bash knock fault blame
    defend justify explain_away rationalize excuse
    concur
    counsel lecture preach teach
    brag boast crow gloat
    stammer stutter sing chant
    advertise proclaim publicize trumpet tout hype
    inform notify alert brief update
    read react interject chime_in weigh_in elaborate clarify marvel retweet pen scrawl
    """
)

# Verbs of thinking, knowing, wanting and showing: they count only with a clausal complement
# ("X believes that ...", "polls show that ...").
COGNITION_VERBS: frozenset[str] = words(
    """
    think believe know feel hope fear worry expect reckon suppose assume presume figure
    consider regard view see understand realize realise recognize recognise acknowledge
    find discover learn determine decide judge conclude doubt suspect imagine envision
    want wish prefer intend plan mean
    show demonstrate prove suggest indicate reveal imply
    """
)

# Verbs whose infinitival complement is the content ("X vowed to repeal it", "urged Y to act").
XCOMP_VERBS: frozenset[str] = words(
    """
    promise pledge vow swear threaten refuse decline agree offer volunteer
    urge ask tell order instruct direct advise encourage implore beg call warn caution remind
    want wish plan intend hope expect aim seek demand propose look
    """
)

# Verbs whose noun-phrase object is what was said or stood for ("rejected the plan",
# "criticized the deal", "proposed a tax cut").
OBJECT_CUES: frozenset[str] = words(
    """
    criticize criticise reject praise blame deny defend endorse support oppose attack condemn
    denounce propose announce cite demand request urge promise pledge vow recommend
    question dispute dismiss decry slam blast lambaste applaud welcome hail tout favor
    predict warn acknowledge admit concede show find reveal
    back discuss describe highlight express advocate note recall mock claim tweet
    """
)


# Verbs of viewing with an "as" complement: "seen by X as bias", "X dismissed it as propaganda"
# (a stance the positions read with the words' valence).
VIEW_VERBS: frozenset[str] = words(
    """
    see view regard perceive consider portray describe depict paint present brand label
    characterise characterize dismiss cast
    """
)

# Verbs of regarding: what their subject takes their object for ("sees X as Y", "considered
# him a traitor") is the content; they are cues only with that second part.
VIEW_CUES: frozenset[str] = subset(VIEW_VERBS, "see view regard consider")


# Verbs that say something of their object ("called Trump “unhinged”", "accused X of Y",
# "described it as …"): the object and what is said of it are the content.
PREDICATIVE_CUES: frozenset[str] = words(
    """
    call describe label brand dub term characterize accuse blame praise criticize
    criticise credit thank fault slam blast attack condemn denounce
    """
)


# Phrasal cues whose prepositional object is the content ("called for a ban", "called on Y to").
PREP_CUES: dict[str, frozenset[str]] = by_preposition(
    (
        (
            "about",
            "talk speak write tweet post comment complain ask worry joke boast brag testify "
            "rant muse warn caution think wonder argue",
        ),
        ("of", "speak warn talk think dream boast"),
        ("on", "call focus comment insist elaborate campaign reflect weigh_in remark"),
        ("to", "refer point allude object respond react reply"),
        ("for", "call push press argue advocate lobby plead pray vouch campaign appeal ask"),
        ("against", "argue warn rail caution campaign speak testify"),
        ("upon", "call"),
    )
)

# Nouns of a stance or a statement whose owner ("his support for …", "the mayor's criticism of …",
# "her call to ban …", "his claim that …") holds what follows them: the preposition(s) that
# introduce the content ("to" also takes an infinitive: "her call to ban …"; the "that" row
# takes a "that"-clause).
STANCE_NOUNS: dict[str, frozenset[str]] = by_preposition(
    (
        ("for", "support call demand push plea appeal proposal praise preference advocacy case"),
        ("of", "criticism support praise condemnation rejection endorsement denunciation"),
        ("to", "opposition objection commitment call pledge promise vow threat plan"),
        ("on", "stance view"),
        ("about", "concern worry warning comment remark doubt"),
        ("against", "warning case"),
        (
            "that",
            "claim assertion argument statement belief view insistence warning suggestion "
            "allegation accusation contention case point concern report demand",
        ),
    )
)

# Prepositional attributions: the content is the clause they modify ("according to X, ...").
SOURCE_PREPOSITIONS: frozenset[str] = frozenset({"according"})

# Nouns that carry an attribution when they have a "that"-clause or are the subject of
# "was that ..." ("Its first point was that ...", "the statement said ...").
SPEECH_NOUNS: frozenset[str] = words(
    """
    statement remark remarks comment comments claim claims argument point message view position
    assessment verdict conclusion answer
    assertion allegation announcement warning promise pledge vow belief contention insistence
    suggestion proposal demand charge accusation complaint response reply answer testimony
    tweet post letter memo email report readout release pitch appeal plea
    """
)

# Verbs that name what something is ("X called Trump unhinged", "branded the plan a failure",
# "deemed it a failure"): their object and its label are the content.
NAMING_VERBS: frozenset[str] = subset(PREDICATIVE_CUES, "call brand label dub term") | words("deem")

# Verbs that say nothing themselves but hand their subject the stance noun they take ("made
# the case that …", "voiced support for …").
LIGHT_VERBS: frozenset[str] = words("make express voice issue offer signal renew repeat")

# Verbs of evidence ("the poll shows …"): what they show of their object besides it counts.
EVIDENCE_VERBS: frozenset[str] = subset(OBJECT_CUES, "show find reveal")

# Forms the model's lemmatizer gets wrong, for the cue words it matters for ("hoped" -> "hop").
LEMMA_REPAIRS: dict[str, str] = {"hope": "hope", "hoped": "hope", "hopes": "hope", "hoping": "hope"}

# Nouns that stand for an actor's stated position ("its core position is", "his view is that").
POSITION_NOUNS: frozenset[str] = subset(
    SPEECH_NOUNS, "position point view message argument belief demand proposal"
) | words("stance opinion plan goal aim priority line policy")


def lexicon_size() -> int:
    """How many distinct cue words the lexicon holds (documented as 200+)."""
    return len(SPEECH_VERBS | COGNITION_VERBS | XCOMP_VERBS | set(PREP_CUES))


# Cue verbs that, with two objects, give or withhold a thing rather than say one ("denied the
# visitors a win", "refused him entry"): with one object they still report ("denied the report").
WITHHOLDING_VERBS: frozenset[str] = subset(SPEECH_VERBS | OBJECT_CUES, "deny") | words("refuse")

# Verbs of reporting whose passive with a "by" agent says the agent reported the subject ("the
# merger was first reported by the Gazette", "her death was confirmed by the league").
REPORTED_PASSIVES: frozenset[str] = subset(SPEECH_VERBS, "report confirm announce disclose reveal")

# Words of permission whose infinitive is what someone may do, not what they said ("was not
# authorized to speak publicly about the talks", "is not allowed to comment").
PERMISSION_WORDS: frozenset[str] = words("authorize authorise allow permit entitle free able")
# Passives of thinking that, with an infinitive, say what is due or planned, not what anyone
# thinks ("the minutes are supposed to be public by May", "the parade that was supposed to follow").
DUTY_PASSIVES: frozenset[str] = words("suppose")

# Verbs of remarking that vouch for the clause an "as" clause leads into ("As Smith noted, the
# plan failed").
AS_CUES: frozenset[str] = subset(
    SPEECH_VERBS,
    "note observe say explain write report predict warn argue suggest recall acknowledge admit "
    "concede point_out point remark mention tell",
)

# Verbs of saying whose object is the one spoken to ("told reporters", "asked the panel"): the
# object leaves the quote before the verb its content.
ADDRESSEE_VERBS: frozenset[str] = subset(SPEECH_VERBS, "tell ask inform assure warn urge")

# Verbs of asking: "asked the panel if …" puts the question the "if" clause holds to the object.
ASKING_VERBS: frozenset[str] = subset(SPEECH_VERBS, "ask inquire query question")

# The plain verbs of saying, whose content the parser may lose in a misparse of the statement
# ("Those who borrow struggle, Lund said."): they report whatever stands as their content.
PLAIN_SAYING: frozenset[str] = subset(SPEECH_VERBS, "say tell add write note state")
# "say" alone, which the tagger may read as a noun after a share ("One in five say …").
SAY: frozenset[str] = subset(SPEECH_VERBS, "say")

# Nouns of an occasion taken or an effort made, whose infinitive or "of" gerund is the act of the
# one who takes it ("made a point of saying", "took the opportunity to say", "took pains to note").
OCCASION_NOUNS: frozenset[str] = words("point opportunity occasion effort pains care trouble")
# The verbs that take or make them ("make a point of", "take the opportunity", "seize the
# occasion", "go to the trouble of").
TAKING_VERBS: frozenset[str] = words("make take use seize go")

# Prepositions that name who made a document or finding ("according to an analysis by Pew", "a
# post from Huffington"), and, for a talk, who spoke in it ("interviews with party leaders").
AUTHOR_PREPOSITIONS: frozenset[str] = words("by from")
TALK_NOUNS: frozenset[str] = words("interview conversation")
TALK_PREPOSITIONS: frozenset[str] = AUTHOR_PREPOSITIONS | words("with")

# Words that open a question and never a relative clause of a person ("asked by a caller why …").
QUESTION_WORDS: frozenset[str] = words("why whether if how what when where")

# Verbs that bring someone to do what their infinitive says, so the object did it ("That prompted
# Rubio to call Trump …"): unlike "asked Lund to say …", which leaves open whether Lund spoke.
PROMPTING_VERBS: frozenset[str] = words("prompt lead cause force spur drive push compel provoke")

# Verbs of saying that, with an infinitive, only say how something goes on ("prices continue to
# rise", "began to fall"): a report of their own only with a clause ("“…,” she continued").
ASPECT_VERBS: frozenset[str] = subset(SPEECH_VERBS, "continue go_on proceed begin start finish end")

# Verbs of saying whose gerund is what was said, done or put forward ("admitted lying to the
# court", "reported raising $9 million", "suggested meeting on Monday"); other verbs of saying
# take a gerund for what they go on to do ("started working at the bank").
GERUND_CUES: frozenset[str] = subset(
    SPEECH_VERBS,
    "admit deny acknowledge confess concede report confirm recall recount mention suggest "
    "propose recommend",
)

# Marks of a concession that opens the clause a source vouches for ("Although …, he leads,
# according to polls": the polls say he leads); "while" often opens a contrast the source
# states too.
CONCEDING_MARKS: frozenset[str] = words("although though")

# Words that link a clause of time to a report: "…, before adding …", "after claiming …".
TIME_LINKS: frozenset[str] = words("before after while")


def _third_person(verb: str) -> str:
    """ "say" -> "says", "deny" -> "denies", "push" -> "pushes": the form a headline uses."""
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u"):
        return verb[:-1] + "ies"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    return verb + "s"


# The third-person forms of the verbs of saying ("claims", "warns", "pushes"), which the tagger
# may read as plural nouns.
THIRD_PERSON_SPEECH: frozenset[str] = frozenset(
    _third_person(v) for v in SPEECH_VERBS if "_" not in v
)


# A headline's verb of saying as it is written in title case ("Okafor Warns Plan Will Fail"),
# to its lemma: the present tense of one speaker, and the bare form of several ("Unions Vow …").
# Only verbs that say something in a headline: "Begins", "Charges", "Orders", "Reads" and the
# like read as acts or nouns there.
HEADLINE_VERBS: dict[str, str] = {
    form.capitalize(): verb
    for verb in subset(
        SPEECH_VERBS,
        "say tell warn claim call urge vow pledge promise deny insist argue ask announce admit "
        "concede confirm predict reveal explain suggest declare demand accuse blast slam praise "
        "criticize condemn defend respond reply tweet write recall",
    )
    for form in (verb, _third_person(verb))
}
