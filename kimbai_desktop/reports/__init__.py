"""Official documents (Nghị định 30/2020 format) built with reportlab from service results.

No Qt here: the CLI, the tests and the GUI's preview all use the same code. Documents render in
memory (:func:`kimbai_desktop.reports.document.render_pdf`); services decide who may have which
report and write files only where the user asks.
"""
