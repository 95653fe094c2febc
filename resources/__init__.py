"""Fonts and icons, installed as the package ``kimbai_desktop.resources`` (pyproject.toml maps it
to this folder) so that ``config.resource_path`` finds them in every kind of installation."""
