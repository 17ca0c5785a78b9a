"""Ships the top-level ui/ and resources/ folders inside the package.

The design fixes ``ui/`` and ``resources/`` at the top of the repository; a plain
``pip install .`` installs them as ``station_app/ui`` and ``station_app/resources`` so that
``station_app.paths`` finds them in every layout. Every folder below them is named as a
(data) package of its own, so setuptools ships its files without guessing.
"""

import sys
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent
DATA_FOLDERS = {"station_app.ui": "ui", "station_app.resources": "resources"}


def data_packages() -> dict[str, str]:
    """``{package name: folder}`` for ui/, resources/ and every folder inside them."""
    found = {}
    for package, folder in DATA_FOLDERS.items():
        for path in sorted([HERE / folder, *(HERE / folder).rglob("*")]):
            if path.is_dir() and "__pycache__" not in path.parts:
                relative = path.relative_to(HERE / folder).parts
                found[".".join((package, *relative))] = path.relative_to(HERE).as_posix()
    return found


code = find_packages(include=["station_app", "station_app.*"])
if "editable_wheel" in sys.argv:
    # A development install runs from this checkout, where ui/ and resources/ are found
    # beside the package (station_app.paths); a plain path entry is all it needs.
    setup(packages=code, package_dir={"": "."})
else:
    folders = data_packages()
    setup(packages=[*code, *folders], package_dir=folders,
          package_data={package: ["*"] for package in folders})
