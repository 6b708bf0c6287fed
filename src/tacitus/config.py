"""Settings that users give once instead of on every command: environment variables and a TOML file.

Looked up in this order (later wins): the config file, then environment variables, then command-line
options (the CLI sets the environment variable, so worker processes see the same settings).

Config file: ``$TACITUS_CONFIG``, else ``./tacitus.toml``, else ``~/.config/tacitus/config.toml``::

    [kb]
    extra = ["my_people.tsv", "~/kb/orgs.tsv"]   # actor files layered on the packaged ones

    [nlp]
    model = "en_core_web_md"

Relative paths in the file are relative to the file. Environment variables:
``TACITUS_KB_EXTRA`` (paths separated by ``os.pathsep``), ``TACITUS_MODEL``.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from .errors import TacitusError

KB_EXTRA_ENV = "TACITUS_KB_EXTRA"
CONFIG_ENV = "TACITUS_CONFIG"


def config_file() -> Path | None:
    """The config file in use, if any."""
    given = os.environ.get(CONFIG_ENV)
    if given:
        path = Path(given).expanduser()
        if not path.is_file():
            raise TacitusError(f"{path}: ${CONFIG_ENV} names a config file that does not exist")
        return path
    for path in (Path("tacitus.toml"), Path.home() / ".config" / "tacitus" / "config.toml"):
        if path.is_file():
            return path
    return None


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise TacitusError(
            f"{path}: not valid TOML ({exc}); fix the file or unset ${CONFIG_ENV}"
        ) from None


def kb_extra() -> list[Path]:
    """User actor files to layer on the packaged knowledge base, config file first."""
    paths: list[Path] = []
    path = config_file()
    if path is not None:
        extra = _read(path).get("kb", {}).get("extra", [])
        if isinstance(extra, str):
            extra = [extra]
        if not isinstance(extra, list) or not all(isinstance(p, str) for p in extra):
            raise TacitusError(f"{path}: [kb] extra must be a list of file paths")
        paths += [(path.parent / Path(p).expanduser()) for p in extra]
    env = os.environ.get(KB_EXTRA_ENV, "")
    paths += [Path(p).expanduser() for p in env.split(os.pathsep) if p.strip()]
    for p in paths:
        if not p.is_file():
            raise TacitusError(f"{p}: actor file given in the KB settings does not exist")
    return paths


def model() -> str | None:
    """The spaCy pipeline named in the environment or the config file, if any."""
    if os.environ.get("TACITUS_MODEL"):
        return os.environ["TACITUS_MODEL"]
    path = config_file()
    if path is not None:
        value = _read(path).get("nlp", {}).get("model")
        return str(value) if value else None
    return None


def use_kb_extra(paths: list[str]) -> None:
    """Add ``paths`` to this process's (and its children's) KB settings, as ``--kb-extra`` does."""
    if not paths:
        return
    for p in paths:
        if not Path(p).expanduser().is_file():
            raise TacitusError(f"{p}: --kb-extra file does not exist")
    current = [p for p in os.environ.get(KB_EXTRA_ENV, "").split(os.pathsep) if p]
    full = [str(Path(p).expanduser().resolve()) for p in paths]
    os.environ[KB_EXTRA_ENV] = os.pathsep.join(current + full)
    from .actors.kb import KnowledgeBase

    KnowledgeBase.reset_default()
