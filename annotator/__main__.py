"""``python -m annotator``: the command-line interface."""

from annotator.cli import main

raise SystemExit(main())
