-- The audit trail with the values before and after (issue 7): where each
-- change came from, the organisation it concerns, and every row it wrote
-- in the tables that hold what users entered (store_audit.c lists them).

-- Where from: "cli", or the web client's address. NULL on the rows written
-- before this schema, which did not record it.
ALTER TABLE audit ADD COLUMN origin TEXT;
-- The organisation the change concerns (the first one the operation
-- resolved: for a member, their cell), so that an administrator can list
-- the changes of a branch; NULL when none. No foreign key: the voided
-- founding of an organisation deletes it, and its audit stays.
ALTER TABLE audit ADD COLUMN org_id INTEGER;
CREATE INDEX audit_by_org ON audit(org_id) WHERE org_id IS NOT NULL;
CREATE INDEX audit_by_at ON audit(at);

-- The rows one audited change wrote, in the order of its audit entry's
-- changes: the table, insert, update or delete, the row's key and the
-- values before and after as JSON objects keyed by column (an update holds
-- only the columns it changed, and the key). A password is never copied
-- here: its value reads "(hidden)".
CREATE TABLE audit_change(
  audit_id INTEGER NOT NULL REFERENCES audit(id),
  seq INTEGER NOT NULL,
  table_name TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op = 'insert' OR op = 'update' OR op = 'delete'),
  row_key TEXT NOT NULL,       -- JSON object: the primary key's columns
  before_values TEXT,          -- JSON object; NULL for an insert
  after_values TEXT,           -- JSON object; NULL for a delete
  PRIMARY KEY (audit_id, seq)
) STRICT, WITHOUT ROWID;
