"""Ships the top-level ui/ and resources/ folders inside the package.

The design fixes ``ui/`` and ``resources/`` at the top of the repository; a plain
``pip install .`` installs them as ``station_app/ui`` and ``station_app/resources`` so that
``station_app.paths`` finds them in every layout.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["station_app", "station_app.*"]),
              "station_app.ui", "station_app.resources"],
    package_dir={"station_app.ui": "ui", "station_app.resources": "resources"},
    package_data={"station_app.ui": ["**/*"], "station_app.resources": ["**/*"]},
)
