"""Package list for setuptools: designer, costing, and resources/ shipped as `jamii_resources`."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["designer", "designer.*", "costing", "costing.*"]), "jamii_resources"],
    package_dir={"jamii_resources": "resources"},
    package_data={"jamii_resources": ["**/*"]},
    include_package_data=True,
)
