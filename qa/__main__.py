"""`python -m qa …` runs the `qa` command (for a venv whose scripts folder is not on PATH)."""
from .cli import main

raise SystemExit(main())
