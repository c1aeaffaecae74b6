"""Review: agreement, sessions, compare mode, curation."""
