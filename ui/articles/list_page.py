"""How many articles the article list reads at a time (the rest as it scrolls): in a module of its own, so the
start-up can tell which articles the list holds at first without loading the list's model."""

PAGE = 500
