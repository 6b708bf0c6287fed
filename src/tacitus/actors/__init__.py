"""Actors: the knowledge base of countries, organisations, people and role nouns, and the stage
that finds actor mentions in articles and resolves them (``tacitus.actors.resolve.v1``)."""

from .kb import Entity, KnowledgeBase

__all__ = ["Entity", "KnowledgeBase"]
