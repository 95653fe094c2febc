"""Pages of the main window, one module per page (only features that really exist)."""
