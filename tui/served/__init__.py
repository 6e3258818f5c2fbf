"""The shared reader: `newsreader serve PATH` runs the reader in browsers (textual-serve), each
session its own process, confined to PATH (core.sources.confine) and never writing the server's
disk: exports are downloads, copies go to the browser's clipboard."""
