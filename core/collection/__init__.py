"""Many articles at once: one actor across articles (merge), gender as the text shows it (gender,
names), and the streaming report `newsreader stats` (stats, report, cli). Reads analyses only: no
spaCy here."""
