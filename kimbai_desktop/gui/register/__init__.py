"""The register of pupils (sổ theo dõi): the lazy table model, the filter bar, the detail pane,
the dialogs (pupil, group, risk, level, review, leaving school, new school year), the Excel
import wizard and the export. ``gui/pages/register_page.py`` puts them together."""
