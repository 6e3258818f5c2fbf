"""The reader's screens: reading one article, the library, help, opening, prompts."""
