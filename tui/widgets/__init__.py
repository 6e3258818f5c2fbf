"""The reader's widgets: the article view, the analysis panes, the search bar."""
