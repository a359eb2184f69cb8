"""The `claimgraph` command: `main` assembles the commands; each command module parses options, calls the
public API and formats.
"""
