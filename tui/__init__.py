"""newsreader's terminal reader: renders what core/ returns."""
