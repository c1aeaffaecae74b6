"""Where things live: the user's data folder, the default project, bundled resources."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLE_ARTICLE = RESOURCES / "ar-news-putin-kim.txt"
PROJECT_SUFFIX = ".nisba"


def data_dir() -> Path:
    """The user's data folder for Nisba (XDG_DATA_HOME/Nisba on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("Nisba", appauthor=False)


def default_project_path() -> Path:
    """The project the app opens when none is named."""
    return data_dir() / f"default{PROJECT_SUFFIX}"
