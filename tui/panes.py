"""Side panes listing what core found: actors, quotes, positions."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from core.model import Actor, Analysis, Position, Quote
from tui.safe import plain


def _one_line(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class AnalysisPane(OptionList):
    """An OptionList whose options are made from an Analysis; empty until one arrives."""

    DEFAULT_CSS = """
    AnalysisPane { height: 1fr; border: round $secondary; }
    AnalysisPane:focus { border: round $accent; }
    """

    def show(self, analysis: Analysis) -> None:
        self.clear_options()
        options = self.options_for(analysis)
        if options:
            self.add_options(options)
        else:
            self.add_option(Option(Text("(none found)", style="dim italic"), disabled=True))

    def options_for(self, analysis: Analysis) -> list[Option]:
        raise NotImplementedError


class ActorPane(AnalysisPane):
    BORDER_TITLE = "Actors"

    def options_for(self, analysis: Analysis) -> list[Option]:
        return [Option(self.label(a), id=a.id) for a in analysis.actors]

    @staticmethod
    def label(actor: Actor) -> Text:
        t = plain(actor.name, "bold")
        t.append(f"  {actor.kind} · {len(actor.mentions)}×", style="dim")
        return t


class QuotePane(AnalysisPane):
    BORDER_TITLE = "Quotes"

    def options_for(self, analysis: Analysis) -> list[Option]:
        return [Option(self.label(q, analysis), id=q.id) for q in analysis.quotes]

    @staticmethod
    def label(quote: Quote, analysis: Analysis) -> Text:
        speaker = analysis.actor(quote.speaker)
        t = plain(speaker.name if speaker else "(unattributed)", "bold")
        t.append(": ")
        t.append_text(plain(_one_line(quote.text)))
        return t


class PositionPane(AnalysisPane):
    BORDER_TITLE = "Positions"

    def options_for(self, analysis: Analysis) -> list[Option]:
        return [Option(self.label(p, analysis), id=p.id) for p in analysis.positions]

    @staticmethod
    def label(position: Position, analysis: Analysis) -> Text:
        actor = analysis.actor(position.actor)
        t = plain(actor.name if actor else "?", "bold")
        t.append(f" {position.polarity}s " if position.polarity != "neutral" else " is neutral on ")
        t.append_text(plain(_one_line(position.topic or position.claim)))
        return t
