"""Corpus runs: batches through `nlp.pipe`, N processes, Dask, the cache, `newsreader extract`."""
