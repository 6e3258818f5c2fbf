"""Actors: one registry per article, every way the article names an actor folded into it."""

from core.actors.registry import actor_at, find_actors

__all__ = ["actor_at", "find_actors"]
