"""Builds saywho._native with the project's CMake (the repository around
this folder), then packages it with the pure-Python files.

The native module comes from the `native` preset's build tree
(build/native, configured on first use), so `./saywho build native` and
`pip install ./python --no-build-isolation` share one build of the core.
SAYWHO_BUILD_DIR overrides the build tree.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent.parent


class CMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        build_dir = Path(os.environ.get("SAYWHO_BUILD_DIR", ROOT / "build" / "native"))
        if not (ROOT / "CMakePresets.json").exists():
            sys.exit(f"saywho: {ROOT} is not the Saywho repository: install from a clone (pip install ./python)")
        if not (build_dir / "CMakeCache.txt").exists():
            subprocess.run(["cmake", "--preset", "native", "-S", str(ROOT), "-B", str(build_dir),
                            f"-DPython_EXECUTABLE={sys.executable}"], check=True)
        jobs = os.environ.get("SAYWHO_BUILD_JOBS", str(os.cpu_count() or 2))
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "saywho_python", "-j", jobs], check=True)
        built = next((build_dir / "python" / "saywho").glob("_native*.so"), None)
        if built is None:
            sys.exit(f"saywho: no _native module under {build_dir}/python/saywho (is pybind11-dev installed?)")
        target = Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, target)


setup(
    ext_modules=[Extension("saywho._native", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
)
