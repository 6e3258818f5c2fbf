"""Every word list the rules read, one module per family (speech, stance, people, geo).

A list lives in exactly one module here; a rule that needs a word family imports it from here.
"""
