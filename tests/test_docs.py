"""Every command has help text and a section in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from lifestory.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_has_help(runner, name):
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output, f"{name} --help has no example"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_is_documented(name):
    assert f"### `lifestory {name}`" in README


def test_readme_leads_with_the_two_commands():
    setup = README.split("## Set up and try it", 1)[1].split("##", 1)[0]
    assert "make demo" in setup and "make test" in setup
