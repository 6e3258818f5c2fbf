"""What a Pilot-driven app shows, as plain text lines."""

from __future__ import annotations

from textual.app import App


def screen_text(app: App) -> str:
    # The compositor's strips are exactly what the terminal would receive, minus the styles.
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)
