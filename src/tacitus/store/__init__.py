"""Persistence: the DuckDB event store (stage ``tacitus.store.duckdb.v1``), cross-article
linking (:mod:`.dedup`), migrations, queries and exports."""

from __future__ import annotations

from .duckdb import SCHEMA_VERSION, Store, StoreStage, WriteResult, export

__all__ = ["SCHEMA_VERSION", "Store", "StoreStage", "WriteResult", "export"]
