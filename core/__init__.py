"""newsreader core: reading articles and analysing who says what. Never imports the UI."""

__version__ = "0.1.0"
