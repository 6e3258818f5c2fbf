"""Every word list the rules read, one module per word family.

speech (verbs and nouns of saying, thinking, naming and viewing), documents (documents that speak
for their issuer), stance (CAMEO stance classes, topic words), people (titles, roles, bodies),
pronouns, function_words (how a reporter's tail opens, concessions, perspectives), geo (places).
A list lives in exactly one module; a list that is part of a larger one is written with
`core.lexicon.words.subset`, which refuses a word the larger list lacks.
"""
