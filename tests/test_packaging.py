"""The wheel's contents as pyproject.toml declares them: every package folder, and the fonts,
icons and translations the program looks up with config.resource_path. (.ci/run builds the real
wheel, installs it outside the repository and runs the self-test from it.)"""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch

from kimbai_desktop.config import RESOURCE_FOLDERS, project_root, resource_path

ROOT = project_root()
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "setuptools"]


def test_every_package_folder_is_listed():
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "kimbai_desktop").rglob("__init__.py")}
    found |= {f"kimbai_desktop.{folder}" for folder in RESOURCE_FOLDERS}
    assert set(SETUPTOOLS["packages"]) == found


def test_the_resource_folders_are_mapped_to_the_top_level():
    assert SETUPTOOLS["package-dir"] == {f"kimbai_desktop.{f}": f for f in RESOURCE_FOLDERS}


def test_package_data_names_every_file_the_program_reads():
    for folder in RESOURCE_FOLDERS:
        patterns = SETUPTOOLS["package-data"][f"kimbai_desktop.{folder}"]
        shipped = {p.relative_to(ROOT / folder).as_posix()
                   for p in (ROOT / folder).rglob("*") if p.is_file()
                   and any(fnmatch(p.relative_to(ROOT / folder).as_posix(), pat)
                           for pat in patterns)}
        needed = {"translations": {"kimbai_vi.qm", "kimbai_vi.ts"},
                  "resources": {f"fonts/LiberationSerif-{face}.ttf"
                                for face in ("Regular", "Bold", "Italic", "BoldItalic")}
                  | {"fonts/LICENSE-LiberationSerif.txt", "icons/kimbai.ico"}
                  | {f"icons/kimbai-{size}.png" for size in (16, 32, 48, 64, 128, 256)}}[folder]
        assert needed <= shipped


def test_resource_path_finds_the_files_through_the_packages():
    assert resource_path("translations", "kimbai_vi.qm").is_file()
    assert resource_path("resources", "fonts", "LICENSE-LiberationSerif.txt").is_file()
    assert resource_path("resources").resolve() == (ROOT / "resources").resolve()  # editable
