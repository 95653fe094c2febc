"""The Qt desktop interface: windows, pages, dialogs and the one database worker thread.

Only this package (and ``kimbai_desktop.app``) imports PySide6. It calls services and shows the
plain data they return; every database or key-derivation call goes through :mod:`.worker`.
"""
