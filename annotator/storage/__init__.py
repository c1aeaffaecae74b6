"""Storage: the models, the engine and its SQLite flavour, schema versions and migrations, the lock,
backups, the search index and the change records of committed transactions."""
