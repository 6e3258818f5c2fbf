"""`newsreader eval`: score the analysis against a user's own annotations (brat or JSONL gold)."""
