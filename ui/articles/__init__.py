"""The article list and article details."""
