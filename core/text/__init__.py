"""Text: the spaCy pipeline, the per-document view every rule reads, syntax helpers, quote marks.

The bottom layer: it knows nothing of actors, quotes or positions.
"""
