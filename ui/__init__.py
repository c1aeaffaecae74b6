"""Nisba's desktop interface (PySide6): thin widgets over the annotator core."""
