"""Start Nisba: ``python main.py [PROJECT.nisba]`` (without a path, the default project)."""

from ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
