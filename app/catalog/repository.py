"""Catalog versions in the local store: install a validated version, read the active one.

A file is validated completely before anything is written, and the switch to the
new version is one transaction: a bad catalog never replaces a good one.
"""

from __future__ import annotations

import json

from app.catalog.loader import catalog_digest, load_catalog
from app.catalog.model import Catalog
from app.catalog.search import SearchKeys, compute_keys
from app.clock import iso
from app.store import Store


def install_catalog(store: Store, raw: bytes, source: str) -> Catalog:
    """Validate ``raw`` and make it the active catalog (CatalogError if it is bad)."""
    catalog = load_catalog(raw)  # raises CatalogError before anything is written
    digest = catalog_digest(raw)
    keys = compute_keys(catalog.matters, {d.code: d.name for d in catalog.departments})
    keys_blob = json.dumps(keys, ensure_ascii=False).encode("utf-8")
    with store.transaction() as conn:
        conn.execute("UPDATE catalog_versions SET active = 0 WHERE active = 1")
        conn.execute(
            "INSERT INTO catalog_versions (version, digest, raw, imported_at, source, active, search_keys)"
            " VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT(version) DO UPDATE SET digest = excluded.digest,"
            " raw = excluded.raw, imported_at = excluded.imported_at, source = excluded.source, active = 1,"
            " search_keys = excluded.search_keys",
            (catalog.version, digest, raw, iso(store.clock.now()), source, keys_blob),
        )
        conn.execute(
            "INSERT INTO station_meta (key, value) VALUES ('catalog_version', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (catalog.version,),
        )
    return catalog


def active_catalog(store: Store) -> Catalog | None:
    """The active version; it was validated when installed, so only its digest is checked."""
    row = store.query_one("SELECT raw, digest FROM catalog_versions WHERE active = 1")
    return load_catalog(bytes(row["raw"]), known_good_digest=row["digest"]) if row else None


def catalog_version(store: Store, version: str) -> Catalog | None:
    """An older version, for cases made with a matter that has since been removed."""
    row = store.query_one("SELECT raw, digest FROM catalog_versions WHERE version = ?", (version,))
    return load_catalog(bytes(row["raw"]), known_good_digest=row["digest"]) if row else None


def active_search_keys(store: Store) -> SearchKeys | None:
    row = store.query_one("SELECT search_keys FROM catalog_versions WHERE active = 1")
    if row is None or row["search_keys"] is None:
        return None
    data = json.loads(bytes(row["search_keys"]))
    return {code: (v[0], v[1], v[2]) for code, v in data.items()}
