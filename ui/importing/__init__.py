"""Bringing articles in: the import preview and batch imports."""
