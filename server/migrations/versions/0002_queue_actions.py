"""shared queue actions: lanes, queue position, transfer to a window, no-show count,
appointment check-in, the ordering policy's memory per window

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 22:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("queue_tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lane", sa.String(length=16), nullable=False, server_default="normal"))
        batch_op.add_column(sa.Column("order_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("target_window", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("no_shows", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("appointment_id", sa.String(length=64), nullable=True))
    # Tickets issued before this migration: their place in the queue is their take time.
    op.execute("UPDATE queue_tickets SET order_at = taken_at WHERE order_at IS NULL")
    op.execute("UPDATE queue_tickets SET lane = 'priority' WHERE priority")
    with op.batch_alter_table("queue_tickets", schema=None) as batch_op:
        batch_op.alter_column("order_at", existing_type=sa.DateTime(timezone=True), nullable=False)
        batch_op.create_unique_constraint("uq_queue_ticket_appointment", ["hall_code", "appointment_id"])

    op.create_table(
        "queue_windows",
        sa.Column("hall_code", sa.String(length=16), nullable=False),
        sa.Column("window_no", sa.String(length=16), nullable=False),
        sa.Column("front_streak", sa.Integer(), nullable=False),
        sa.Column("credits", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("hall_code", "window_no"),
    )


def downgrade() -> None:
    op.drop_table("queue_windows")
    with op.batch_alter_table("queue_tickets", schema=None) as batch_op:
        batch_op.drop_constraint("uq_queue_ticket_appointment", type_="unique")
        batch_op.drop_column("appointment_id")
        batch_op.drop_column("no_shows")
        batch_op.drop_column("target_window")
        batch_op.drop_column("order_at")
        batch_op.drop_column("lane")
