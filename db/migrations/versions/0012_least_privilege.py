"""Least privilege on PostgreSQL: what only the operations that own them may change

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

Issue #20: the bench role (resources/postgres/site-roles.sql) reads and writes rows, so with a
database client it could make an operator a supervisor, copy a PIN hash, set a sent refund back
to pending, change a refunded amount or delete the record of delivery attempts; the reporting
role could read PIN hashes.  Column privileges cannot say "only while the refund has not been
sent", and the roles' names are the site's, so the rules are triggers that hold for every role
but the schema's owner (and superusers: IT):

- operators: no INSERT or DELETE; an UPDATE may change only the language, the count of wrong
  PINs and the lock (what signing in writes), never the role, PIN hash, badge or active state;
- outbox_events: no DELETE; what an event says (kind, key, RMA, payload, when it was made)
  never changes, and a sent event does not change (but for the shop's reference, written once);
- outbox_attempts: append-only, as the audit log;
- received_units: a unit's refund amount and restocking fee do not change once its refund
  is being sent or was sent (while the event waits, what it sends is its own payload, which
  does not change).

And every role that may read operators but not write them (the reporting role) reads every
column but the PIN hash.  SQLite has no roles: nothing to do there.
"""

from __future__ import annotations

from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

# true for the table's owner, its members and superusers: IT, `db upgrade`, the demo's owner
_OWNER = "pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE')"

FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION rs_guard_operators() RETURNS trigger AS $$
BEGIN
    IF {_OWNER} THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'operators: only IT (the schema owner) adds or removes operators'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.id, NEW.badge_code, NEW.name, NEW.role, NEW.pin_hash, NEW.active, NEW.created_at)
       IS DISTINCT FROM
       (OLD.id, OLD.badge_code, OLD.name, OLD.role, OLD.pin_hash, OLD.active, OLD.created_at)
    THEN
        RAISE EXCEPTION 'operators: only IT (the schema owner) changes a role, PIN, badge or active state'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION rs_guard_outbox_events() RETURNS trigger AS $$
BEGIN
    IF {_OWNER} THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'outbox_events: an event is kept (a lead resolves it instead)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- a sent event does not change, but for the shop's reference written once with it
    IF OLD.state = 'sent' AND (
        (NEW.state, NEW.attempts, NEW.next_attempt_at, NEW.last_error, NEW.lease_owner,
         NEW.lease_expires_at, NEW.sent_at, NEW.resolved_by_id, NEW.resolution_note)
        IS DISTINCT FROM
        (OLD.state, OLD.attempts, OLD.next_attempt_at, OLD.last_error, OLD.lease_owner,
         OLD.lease_expires_at, OLD.sent_at, OLD.resolved_by_id, OLD.resolution_note)
        OR (OLD.upstream_reference IS NOT NULL
            AND NEW.upstream_reference IS DISTINCT FROM OLD.upstream_reference)
    ) THEN
        RAISE EXCEPTION 'outbox_events: event % was sent: it does not change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.kind, NEW.idempotency_key, NEW.rma_number, NEW.payload::text, NEW.created_at)
       IS DISTINCT FROM
       (OLD.kind, OLD.idempotency_key, OLD.rma_number, OLD.payload::text, OLD.created_at)
    THEN
        RAISE EXCEPTION 'outbox_events: what event % says does not change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION rs_guard_outbox_attempts() RETURNS trigger AS $$
BEGIN
    IF {_OWNER} THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    RAISE EXCEPTION 'outbox_attempts is append-only'
        USING ERRCODE = 'insufficient_privilege';
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION rs_guard_refund_amount() RETURNS trigger AS $$
BEGIN
    IF {_OWNER} THEN
        RETURN NEW;
    END IF;
    IF (NEW.refund_amount, NEW.restocking_fee) IS DISTINCT FROM (OLD.refund_amount, OLD.restocking_fee)
       AND EXISTS (SELECT 1 FROM outbox_events
                   WHERE idempotency_key = 'refund:' || OLD.lpn AND state <> 'pending')
    THEN
        RAISE EXCEPTION 'received_units: the refund of % is being sent or was sent: its amount does not change', OLD.lpn
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
"""

TRIGGERS = """
CREATE TRIGGER rs_guard_operators BEFORE INSERT OR UPDATE OR DELETE ON operators
    FOR EACH ROW EXECUTE FUNCTION rs_guard_operators();
CREATE TRIGGER rs_guard_outbox_events BEFORE UPDATE OR DELETE ON outbox_events
    FOR EACH ROW EXECUTE FUNCTION rs_guard_outbox_events();
CREATE TRIGGER rs_guard_outbox_attempts BEFORE UPDATE OR DELETE ON outbox_attempts
    FOR EACH ROW EXECUTE FUNCTION rs_guard_outbox_attempts();
CREATE TRIGGER rs_guard_refund_amount BEFORE UPDATE OF refund_amount, restocking_fee
    ON received_units FOR EACH ROW EXECUTE FUNCTION rs_guard_refund_amount();
"""

# The columns of operators a reader sees: all but the PIN hash.
READABLE = "id, badge_code, name, role, active, language, created_at, failed_sign_ins, locked_until"

NO_PIN_FOR_READERS = f"""
DO $$
DECLARE reader text;
BEGIN
    FOR reader IN
        SELECT r.rolname FROM pg_roles r
        WHERE has_table_privilege(r.oid, 'operators', 'SELECT')
          AND NOT has_table_privilege(r.oid, 'operators', 'UPDATE')
          AND NOT r.rolsuper
          AND NOT pg_has_role(r.oid, (SELECT relowner FROM pg_class WHERE relname = 'operators'
                                      AND relnamespace = 'public'::regnamespace), 'USAGE')
          AND r.rolname NOT LIKE 'pg!_%' ESCAPE '!'
    LOOP
        EXECUTE format('REVOKE SELECT ON operators FROM %I', reader);
        EXECUTE format('GRANT SELECT ({READABLE}) ON operators TO %I', reader);
    END LOOP;
END $$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(FUNCTIONS)
    op.execute(TRIGGERS)
    op.execute(NO_PIN_FOR_READERS)


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for trigger, table in (
        ('rs_guard_operators', 'operators'),
        ('rs_guard_outbox_events', 'outbox_events'),
        ('rs_guard_outbox_attempts', 'outbox_attempts'),
        ('rs_guard_refund_amount', 'received_units'),
    ):
        op.execute(f'DROP TRIGGER IF EXISTS {trigger} ON {table}')
        op.execute(f'DROP FUNCTION IF EXISTS {trigger}()')
