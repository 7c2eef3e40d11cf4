"""newscrawl's version, for the package, `newscrawl --version` and the dataset card."""

__version__ = "0.1.0"
