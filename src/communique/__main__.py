"""`python -m communique` runs the command line."""

from communique.cli.main import main

main()
