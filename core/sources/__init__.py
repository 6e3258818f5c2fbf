"""Sources: where articles come from (files, folders, stdin, web pages, feeds, JSONL corpora).

No spaCy here: reading an article never needs the pipeline.
"""
