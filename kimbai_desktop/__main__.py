"""`python -m kimbai_desktop` starts the desktop application."""

from kimbai_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
