"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 18:54:29.763287
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key_hash"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "audit_breaks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("station_code", sa.String(length=24), nullable=False),
        sa.Column("hall_code", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_breaks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_breaks_station_code"), ["station_code"], unique=False)

    op.create_table(
        "calendar_days",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("day"),
    )
    op.create_table(
        "case_status_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_no", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_status_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_status_log_case_no"), ["case_no"], unique=False)

    op.create_table(
        "cases",
        sa.Column("case_no", sa.String(length=64), nullable=False),
        sa.Column("hall_code", sa.String(length=16), nullable=False),
        sa.Column("station_code", sa.String(length=24), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("matter_code", sa.String(length=64), nullable=False),
        sa.Column("situation_code", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_note", sa.Text(), nullable=False),
        sa.Column("status_at", sa.String(length=40), nullable=False),
        sa.Column("accepted_at", sa.String(length=40), nullable=True),
        sa.Column("promised_date", sa.String(length=10), nullable=True),
        sa.Column("with_gaps", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("case_no"),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_hall_code"), ["hall_code"], unique=False)

    op.create_table(
        "catalog_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("version", name="uq_catalog_version"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "changes",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("hall_code", sa.String(length=16), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.create_index("ix_changes_hall_seq", ["hall_code", "seq"], unique=False)

    op.create_table(
        "halls",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "queue_counters",
        sa.Column("hall_code", sa.String(length=16), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("hall_code", "day", "category"),
    )
    op.create_table(
        "queue_events",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("hall_code", sa.String(length=16), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("queue_events", schema=None) as batch_op:
        batch_op.create_index("ix_queue_events_hall_seq", ["hall_code", "seq"], unique=False)

    op.create_table(
        "ratings",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("hall_code", sa.String(length=16), nullable=False),
        sa.Column("station_code", sa.String(length=24), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("case_no", sa.String(length=64), nullable=True),
        sa.Column("ticket_no", sa.String(length=64), nullable=True),
        sa.Column("staff_no", sa.String(length=64), nullable=True),
        sa.Column("window_no", sa.String(length=64), nullable=True),
        sa.Column("rated_at", sa.String(length=40), nullable=False),
        sa.Column("rated_day", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ratings_hall_code"), ["hall_code"], unique=False)

    op.create_table(
        "rejected_records",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("station_code", sa.String(length=24), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("envelope", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("rejected_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rejected_records_station_code"), ["station_code"], unique=False)

    op.create_table(
        "tickets",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("hall_code", sa.String(length=16), nullable=False),
        sa.Column("station_code", sa.String(length=24), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("ticket_no", sa.String(length=64), nullable=False),
        sa.Column("priority", sa.Boolean(), nullable=False),
        sa.Column("taken_at", sa.String(length=40), nullable=False),
        sa.Column("taken_day", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tickets_hall_code"), ["hall_code"], unique=False)

    op.create_table(
        "appointments",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("hall_code", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("matter_code", sa.String(length=64), nullable=True),
        sa.Column("slot_date", sa.String(length=10), nullable=False),
        sa.Column("slot_start", sa.String(length=5), nullable=False),
        sa.Column("slot_end", sa.String(length=5), nullable=False),
        sa.Column("applicant_masked", sa.String(length=50), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["hall_code"],
            ["halls.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointments_hall_code"), ["hall_code"], unique=False)

    op.create_table(
        "queue_tickets",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hall_code", sa.String(length=16), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("ticket_no", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.Boolean(), nullable=False),
        sa.Column("priority_reason", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("station_code", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("window_no", sa.String(length=16), nullable=True),
        sa.Column("staff_no", sa.String(length=32), nullable=True),
        sa.Column("call_count", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["hall_code"],
            ["halls.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("hall_code", "client_id", name="uq_queue_ticket_client"),
        sa.UniqueConstraint("hall_code", "day", "ticket_no", name="uq_queue_ticket_no"),
    )
    with op.batch_alter_table("queue_tickets", schema=None) as batch_op:
        batch_op.create_index("ix_queue_waiting", ["hall_code", "day", "status"], unique=False)

    op.create_table(
        "stations",
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("hall_code", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("enrolment_hash", sa.String(length=64), nullable=True),
        sa.Column("secret_hash", sa.String(length=64), nullable=True),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["hall_code"],
            ["halls.code"],
        ),
        sa.PrimaryKeyConstraint("code"),
        sa.UniqueConstraint("hall_code", "seq", name="uq_station_hall_seq"),
        sa.UniqueConstraint("secret_hash"),
    )
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stations_hall_code"), ["hall_code"], unique=False)

    op.create_table(
        "users",
        sa.Column("staff_no", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("hall_code", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("offline_hash", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["hall_code"],
            ["halls.code"],
        ),
        sa.PrimaryKeyConstraint("staff_no"),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_hall_code"), ["hall_code"], unique=False)

    op.create_table(
        "audit_chains",
        sa.Column("station_code", sa.String(length=24), nullable=False),
        sa.Column("verified_seq", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["station_code"],
            ["stations.code"],
        ),
        sa.PrimaryKeyConstraint("station_code"),
    )
    op.create_table(
        "clerk_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("staff_no", sa.String(length=32), nullable=False),
        sa.Column("station_code", sa.String(length=24), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_no"],
            ["users.staff_no"],
        ),
        sa.ForeignKeyConstraint(
            ["station_code"],
            ["stations.code"],
        ),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    with op.batch_alter_table("clerk_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clerk_sessions_staff_no"), ["staff_no"], unique=False)

    op.create_table(
        "records",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("station_code", sa.String(length=24), nullable=False),
        sa.Column("hall_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("created_day", sa.String(length=10), nullable=False),
        sa.Column("catalog_version", sa.String(length=40), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("payload_sha256", sa.String(length=64), nullable=False),
        sa.Column("audit", sa.JSON(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("audit_hash", sa.String(length=64), nullable=False),
        sa.Column("audit_prev_hash", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["station_code"],
            ["stations.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.create_index("ix_records_hall_day", ["hall_code", "created_day"], unique=False)
        batch_op.create_index("ix_records_station_kind", ["station_code", "kind"], unique=False)
        batch_op.create_index("ix_records_station_seq", ["station_code", "audit_seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_index("ix_records_station_seq")
        batch_op.drop_index("ix_records_station_kind")
        batch_op.drop_index("ix_records_hall_day")

    op.drop_table("records")
    with op.batch_alter_table("clerk_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clerk_sessions_staff_no"))

    op.drop_table("clerk_sessions")
    op.drop_table("audit_chains")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_hall_code"))

    op.drop_table("users")
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stations_hall_code"))

    op.drop_table("stations")
    with op.batch_alter_table("queue_tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_queue_waiting")

    op.drop_table("queue_tickets")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_hall_code"))

    op.drop_table("appointments")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tickets_hall_code"))

    op.drop_table("tickets")
    with op.batch_alter_table("rejected_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rejected_records_station_code"))

    op.drop_table("rejected_records")
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ratings_hall_code"))

    op.drop_table("ratings")
    with op.batch_alter_table("queue_events", schema=None) as batch_op:
        batch_op.drop_index("ix_queue_events_hall_seq")

    op.drop_table("queue_events")
    op.drop_table("queue_counters")
    op.drop_table("halls")
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_index("ix_changes_hall_seq")

    op.drop_table("changes")
    op.drop_table("catalog_versions")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_hall_code"))

    op.drop_table("cases")
    with op.batch_alter_table("case_status_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_status_log_case_no"))

    op.drop_table("case_status_log")
    op.drop_table("calendar_days")
    with op.batch_alter_table("audit_breaks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_breaks_station_code"))

    op.drop_table("audit_breaks")
    op.drop_table("api_keys")
