"""webhooks: the notification outbox, webhook subscriptions and deliveries, deadline notices

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa
import referral_service.db


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def _tx_id_column() -> sa.Column:
    """PostgreSQL stamps each outbox row with its transaction id (the feed's visibility horizon)."""
    if op.get_bind().dialect.name == 'postgresql':
        return sa.Column('tx_id', sa.BigInteger(), server_default=sa.text('(pg_current_xact_id()::text)::bigint'),
                         nullable=True)
    return sa.Column('tx_id', sa.BigInteger(), nullable=True)


def upgrade() -> None:
    op.create_table('notifications',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('subject_kind', sa.String(length=32), nullable=False),
    sa.Column('subject_id', sa.String(length=64), nullable=False),
    sa.Column('occurred_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('fanned_out', sa.Boolean(), nullable=False),
    _tx_id_column(),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_notifications_agency_id_agencies')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_notifications')),
    sa.UniqueConstraint('event_id', 'agency_id', name='uq_notifications_event_id_agency_id')
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index('ix_notifications_agency_id_seq', ['agency_id', 'seq'], unique=False)
        batch_op.create_index('ix_notifications_agency_id_tx_id_seq', ['agency_id', 'tx_id', 'seq'], unique=False)
        batch_op.create_index('ix_notifications_pending_fan_out', ['seq'], unique=False, sqlite_where=sa.text('NOT fanned_out'), postgresql_where=sa.text('NOT fanned_out'))

    op.create_table('deadline_notices',
    sa.Column('referral_id', sa.String(length=36), nullable=False),
    sa.Column('due_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'], name=op.f('fk_deadline_notices_referral_id_referrals')),
    sa.PrimaryKeyConstraint('referral_id', 'due_at', 'kind', name=op.f('pk_deadline_notices'))
    )
    op.create_table('webhook_subscriptions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=64), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=False),
    sa.Column('event_types', sa.JSON(), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('disabled_reason', sa.String(length=500), nullable=True),
    sa.Column('disabled_at', referral_service.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('failing_since', referral_service.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('secret_ciphertext', sa.Text(), nullable=False),
    sa.Column('previous_secret_ciphertext', sa.Text(), nullable=True),
    sa.Column('previous_secret_expires_at', referral_service.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_webhook_subscriptions_agency_id_agencies')),
    sa.ForeignKeyConstraint(['client_id'], ['oauth_clients.client_id'], name=op.f('fk_webhook_subscriptions_client_id_oauth_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_webhook_subscriptions'))
    )
    with op.batch_alter_table('webhook_subscriptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_webhook_subscriptions_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index('ix_webhook_subscriptions_client_id_created', ['client_id', 'created_at', 'id'], unique=False)

    op.create_table('webhook_deliveries',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('subscription_id', sa.String(length=36), nullable=False),
    sa.Column('notification_seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('event_type', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('retry_until', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('lease_expires_at', referral_service.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_attempt_at', referral_service.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_status_code', sa.Integer(), nullable=True),
    sa.Column('last_error', sa.String(length=500), nullable=True),
    sa.Column('delivered_at', referral_service.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['notification_seq'], ['notifications.seq'], name=op.f('fk_webhook_deliveries_notification_seq_notifications')),
    sa.ForeignKeyConstraint(['subscription_id'], ['webhook_subscriptions.id'], name=op.f('fk_webhook_deliveries_subscription_id_webhook_subscriptions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_webhook_deliveries')),
    sa.UniqueConstraint('subscription_id', 'notification_seq', name='uq_webhook_deliveries_subscription_event')
    )
    with op.batch_alter_table('webhook_deliveries', schema=None) as batch_op:
        batch_op.create_index('ix_webhook_deliveries_due', ['next_attempt_at'], unique=False, sqlite_where=sa.text("status = 'pending'"), postgresql_where=sa.text("status = 'pending'"))
        batch_op.create_index('ix_webhook_deliveries_subscription_created', ['subscription_id', 'created_at', 'id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('webhook_deliveries', schema=None) as batch_op:
        batch_op.drop_index('ix_webhook_deliveries_subscription_created')
        batch_op.drop_index('ix_webhook_deliveries_due', sqlite_where=sa.text("status = 'pending'"), postgresql_where=sa.text("status = 'pending'"))

    op.drop_table('webhook_deliveries')
    with op.batch_alter_table('webhook_subscriptions', schema=None) as batch_op:
        batch_op.drop_index('ix_webhook_subscriptions_client_id_created')
        batch_op.drop_index(batch_op.f('ix_webhook_subscriptions_agency_id'))

    op.drop_table('webhook_subscriptions')
    op.drop_table('deadline_notices')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index('ix_notifications_pending_fan_out', sqlite_where=sa.text('NOT fanned_out'), postgresql_where=sa.text('NOT fanned_out'))
        batch_op.drop_index('ix_notifications_agency_id_tx_id_seq')
        batch_op.drop_index('ix_notifications_agency_id_seq')

    op.drop_table('notifications')
