"""Catalog versions: imported by the operator, fetched by stations by version."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.changes import record_change
from server.models import CatalogVersion


class CatalogRefused(ValueError):
    """The file was not stored; ``problems`` says why (Chinese)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("；".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class ImportOutcome:
    version: str
    digest: str
    created: bool  # False: the very same version and content was already there


def import_catalog_file(session: Session, path: Path) -> ImportOutcome:
    """Validate with the client's own loader, then store as a new version."""
    from app.catalog.loader import CatalogError, catalog_digest, load_catalog

    try:
        raw = path.read_bytes()
        catalog = load_catalog(raw)
    except CatalogError as exc:
        raise CatalogRefused(list(exc.problems) or [str(exc)]) from exc
    except OSError as exc:
        raise CatalogRefused([f"无法读取文件：{exc.strerror or exc}"]) from exc
    return store_catalog(session, raw, catalog.version, catalog_digest(raw))


def store_catalog(session: Session, raw: bytes, version: str, digest: str) -> ImportOutcome:
    existing = session.scalar(select(CatalogVersion).where(CatalogVersion.version == version))
    if existing is not None:
        if existing.digest == digest:
            return ImportOutcome(version, digest, created=False)
        raise CatalogRefused([f"目录版本 {version} 已存在且内容不同，请提高 catalog_version 后再导入"])
    row = CatalogVersion(version=version, digest=digest, raw=raw)
    session.add(row)
    session.flush()
    record_change(session, "catalog", version, {"version": version, "digest": digest}, None)
    return ImportOutcome(version, digest, created=True)


def latest_catalog(session: Session) -> CatalogVersion | None:
    return session.scalars(select(CatalogVersion).order_by(CatalogVersion.id.desc()).limit(1)).first()


def catalog_by_version(session: Session, version: str) -> CatalogVersion | None:
    return session.scalar(select(CatalogVersion).where(CatalogVersion.version == version))


def category_prefixes(row: CatalogVersion) -> dict[str, str]:
    """``{category code: ticket prefix}`` from a stored catalog file."""
    try:
        document = json.loads(row.raw)
        return {c["code"]: c["prefix"] for c in document.get("queue_categories", [])}
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}
