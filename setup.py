"""The build step that puts the shipped files inside the package.

People edit resources/ (fonts, policy profiles, translations, style sheets) and forms/ at the top
of the repository. A wheel must carry them, so building copies both into wulian_desk/shipped/ in
the build tree; wulian_desk/paths.py finds them there through importlib.resources. Everything else
about the package is in pyproject.toml.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = ("resources", "forms")
SKIP = {"__pycache__", ".DS_Store"}


class BuildWithShippedFiles(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the top-level folders themselves
            return
        for name in SHIPPED:
            self._copy_folder(ROOT / name, Path(self.build_lib) / "wulian_desk" / "shipped" / name)

    def _copy_folder(self, source: Path, target: Path) -> None:
        for path in sorted(source.rglob("*")):
            if path.is_file() and not SKIP & set(path.parts) and path.suffix not in {".ts", ".sh", ".pyc"}:
                destination = target / path.relative_to(source)
                destination.parent.mkdir(parents=True, exist_ok=True)
                self.copy_file(str(path), str(destination))


setup(cmdclass={"build_py": BuildWithShippedFiles})
