"""Persistence: the DuckDB event store (stage ``tacitus.store.duckdb.v1``) and export."""

from __future__ import annotations

from .duckdb import SCHEMA_VERSION, Store, StoreStage, WriteResult, export

__all__ = ["SCHEMA_VERSION", "Store", "StoreStage", "WriteResult", "export"]
