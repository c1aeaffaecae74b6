"""The sources registry and the source picker."""
