"""Gender as the text shows it (pronouns, honorifics, gendered roles), and what a first name
suggests where the text shows nothing: for corpus statistics and the CSV table, not the analysis."""
