"""Data safety: backups, restore, the damaged-file answers."""
