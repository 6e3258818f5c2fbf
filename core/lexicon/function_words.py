"""Function words the rules read: how a reporter's tail opens, concessions, perspectives."""

from __future__ import annotations

from core.lexicon.words import words

# Small words a title-case line may leave in lower case ("Mayor Vows to Fight the Cuts").
TITLE_MINOR = words("a an the of to in on for and or but at by with from as is vs")
# Words after a comma that open an apposition or a non-restrictive tail of a noun phrase.
APPOSITION_STARTERS = words("which who whom whose where his her their its")
# Subordinators of a concession the reporter adds ("even though …"), not part of the statement.
CONCESSIVE = words("though although whereas while")
# Of those, the ones that also set two facts side by side ("X is growing, while Y will shrink"): a
# contrast the speaker draws, part of what was said, unless it is someone else's report.
CONTRASTING = words("while")
# Words that open a tail the reporter adds after a comma ("…, which …", "…, although …",
# "… in Kano, where 40 seats are at stake").
# A contrast or condition the speaker states with the claim (", while …", ", even if …",
# ", despite …", ", given …") is part of it, as attribution corpora mark it.
TAIL_STARTERS = words("which who whom whose where when although though whereas according")
# Linking words and phrases that open a sentence and tie it to the one before ("In all, 181
# donors …", "Meanwhile, her ratings …"): the writer's link, not part of what was said.
CONNECTIVES = frozenset(
    {
        *words(
            "however meanwhile nevertheless nonetheless also moreover furthermore still instead"
            " besides additionally likewise similarly conversely overall separately"
        ),
        "in particular",
        "in all",
        "in addition",
        "in contrast",
        "by contrast",
        "even so",
        "in fact",
        "of course",
        "as a result",
        "at the same time",
        "on the other hand",
        "after all",
    }
)
# Common nouns of places and occasions, after which a "where" clause tells of the place ("in
# the city, where …", "at the summit, where …"), not what a claim leads to ("retaliatory
# measures, where …").
PLACE_NOUNS = words(
    "city town village state country county district region area place site room building"
    " house home office school hospital camp border street neighborhood capital province"
    " island port station church court prison club hall center centre"
    " event meeting conference summit rally convention ceremony festival dinner debate forum"
)
# Linking adverbs that, after a comma and with no comma of their own, open the reporter's next
# sentence run on to the content ("…, however this year the share fell"); set off ("the plan,
# however, would fail") they stay inside what was said.
TAIL_LINKS = words("however")
# Word pairs that open such a tail when their second word marks a clause ("…, even as he has
# taken shots at her"; "…, even as a candidate, …" is no clause).
TAIL_MARK_PAIRS = frozenset({("even", "as")})
# Word pairs that open such a tail ("…, as the …").
TAIL_PAIRS = frozenset(
    {("as", "the"), ("as", "he"), ("as", "she"), ("as", "they"), ("as", "it")}
    # "…, as have her rivals": who else holds it, the writer's addition
    | {("as", aux) for aux in ("have", "has", "had", "do", "does", "did")}
)
# Subjects that do not name who thinks or wants something ("it seems", "you want to …").
NO_THINKER = words("it that this which you what")
# The empty subjects of "it is fair to say …", "there is no telling …": the writer speaks.
NO_SPEAKER_SUBJECTS = words("it there")
# Prepositions that open a sentence with whose view it is ("To Tom Baker, …", "For Democrats, …").
PERSPECTIVE_PREPOSITIONS = words("to for")
# Object pronouns that stand for people ("to him, …").
PEOPLE_OBJECTS = words("him her them me us")
# The copula: "X's point was that …" states something; "be" is a cue candidate however tagged.
COPULA = words("be")
# Subordinators that open a clause of its own after a quote ("“…” when renters protested", "…
# because critics complained"): a verb of saying there is no tag of the quote before it. "as" is
# not one ("“…,” as the mayor put it" tags the quote), nor "though", which is mostly an adverb
# ("“…,” though, Lund did say").
OWN_CLAUSE_OPENERS = words(
    "when whenever because while after before once until since if unless although whereas"
)
# "though" opens a clause of its own after a quote only where the parser makes it the clause's
# subordinator ("“…,” though Lund did not say how"), not as an adverb ("“…,” though, Lund said");
# so does a complementizer "that" ("“failed the town” …, and that voters would remember").
OWN_CLAUSE_MARKS = OWN_CLAUSE_OPENERS | words("though that")
# Subordinators of a condition or a question ("if X wants", "whether X will"): not a stance.
CONDITIONS = words("if unless whether")
# Punctuation that sets a phrase off from the clause before it ("…, citing …", "… — insisting …").
SETTING_OFF = frozenset({",", "—", "–", "--"})
# The dashes among them, which close an aside as well as open one.
DASHES = SETTING_OFF - {","}
# Links by which a clause the parser hangs on the cue goes on with what was said ("said the
# process was fair, but required …"; "and" adds the reporter's next fact as often).
CLAIM_LINKS = words("but")
# Punctuation that ends a clause read from the text rather than the parse.
CLAUSE_STOPS = frozenset({";", ":", "—", "--", "(", ".", "?", "!"})
# Words after "a" that make a count or a span of time, not a noun phrase of its own ("a few
# times", "a couple of days", "a while later").
COUNT_AFTER_A = words("few couple lot number bit dozen handful while")
# Subordinators by which a clause after a cue set off inside a statement goes on with it ("…, he
# said, because …", "…, she said, while others …").
GOING_ON = words("because while though although since if unless")
# Subordinators by which a clause right after a reported clause, which the parser hangs on the
# cue, qualifies the claim ("said the firms would owe $2 billion, “more than the budget,” if they
# were taxed properly", "… because the council has no money"): part of what was said.
CLAIM_QUALIFIERS = words("because if unless")
# Prepositions that place an act of saying in time, place, medium or cause, or set it against
# something ("denied it in an interview", "on Monday", "after the vote", "despite …"): after a
# cue's noun object they tell of the act, where others go on with the object ("her opposition
# to the plan", "described the tax as a burden", "visas to the United States").
ACT_PREPOSITIONS = words(
    "in on at during after before since through via over by from despite following throughout"
    " without across amid because within upon like"
)
# Prepositions that name whose a thing is, not where it was said ("accusations by X that").
AUTHOR_LINKS = words("by from")
# The words between the two numbers of a share of a group ("one in five", "three of four",
# "nine out of ten").
SHARE_LINKS = words("in of out")

# Adverbs of "aside from", "apart from" that set off one act of the clause's subject from
# the rest ("offered few ideas aside from stating …": the subject does the stating).
EXCEPTING_ADVERBS = words("aside apart")
