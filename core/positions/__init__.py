"""Positions: where each actor stands, built on its quotes and on the one reference resolver."""

from core.positions.find import find_positions

__all__ = ["find_positions"]
