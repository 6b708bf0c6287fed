"""Tacitus: political event data from news, explained."""

__version__ = "0.1.0"
