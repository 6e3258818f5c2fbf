"""Quotes: who said what, direct and reported, each with its cue, speaker words and actor."""

from core.quotes.find import find_quotes

__all__ = ["find_quotes"]
