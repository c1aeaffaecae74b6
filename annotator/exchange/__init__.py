"""Exchange with other tools: W3C Web Annotation files, read and written."""
