"""The README documents every command and every option of the CLI (datasette's test_docs idea)."""

from __future__ import annotations

import argparse

from tacitus.cli import parser

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_is_in_the_readme():
    for name in _subcommands():
        assert f"tacitus {name}" in README, f"README does not show `tacitus {name}`"


def test_every_option_is_in_the_readme():
    for name, sub in _subcommands().items():
        for action in sub._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in README, f"README does not mention `tacitus {name} {flag}`"


def test_quick_start_is_two_commands():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = [
        line.split("#")[0].strip() for line in quick.splitlines() if line.startswith("make ")
    ]
    assert commands == ["make demo", "make test"]
