from lifestory.cli import cli

cli()
