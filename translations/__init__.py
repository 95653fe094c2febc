"""The translation catalogues, installed as the package ``kimbai_desktop.translations``
(pyproject.toml maps it to this folder) so that ``config.resource_path`` finds them in every kind
of installation."""
