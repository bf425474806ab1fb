-- Corrections (issue 6): every event has an id that people cite, and a
-- mistaken one is voided, not deleted: it stays in the history with who
-- voided it, when and why, and stops counting everywhere. Member and
-- organisation events share one series of ids, so `cadre event void ID`
-- names one event whatever it is about.

ALTER TABLE member_event ADD COLUMN id INTEGER;
ALTER TABLE member_event ADD COLUMN voided_at TEXT;
ALTER TABLE member_event ADD COLUMN voided_by TEXT;
ALTER TABLE member_event ADD COLUMN void_reason TEXT;
-- A correction voids an event and enters another in its place: this one.
ALTER TABLE member_event ADD COLUMN corrected_by INTEGER;
-- registered: registration in the cell began on this day, after the
-- admission (a historic register whose cell was founded later).
ALTER TABLE member_event ADD COLUMN registered TEXT;

ALTER TABLE org_event ADD COLUMN voided_at TEXT;
ALTER TABLE org_event ADD COLUMN voided_by TEXT;
ALTER TABLE org_event ADD COLUMN void_reason TEXT;
ALTER TABLE org_event ADD COLUMN corrected_by INTEGER;

-- Existing member events are numbered after the organisations' events, in
-- the order they were recorded.
UPDATE member_event SET id = r.n + (SELECT coalesce(max(id), 0) FROM org_event)
  FROM (SELECT member_id, seq,
               row_number() OVER (ORDER BY member_id, seq) AS n
          FROM member_event) AS r
 WHERE r.member_id = member_event.member_id AND r.seq = member_event.seq;
CREATE UNIQUE INDEX member_event_by_id ON member_event(id);

-- Dated changes of a member's profile: the value of `field` from `since`
-- on. The member row holds the values in force today; this table holds
-- their history. The first change of a field also keeps the value it
-- replaced, as a row with `since` NULL (the value from the beginning).
-- Ids are from the series of event ids: a change is voided like an event.
CREATE TABLE member_change(
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES member(id),
  field TEXT NOT NULL CHECK (field = 'name' OR field = 'position' OR
    field = 'key_cadre' OR field = 'theory' OR field = 'education' OR
    field = 'profession' OR field = 'religion' OR field = 'ethnicity' OR
    field = 'card' OR field = 'hometown' OR field = 'manager'),
  since TEXT,                  -- NULL: the value before the first change
  value TEXT,                  -- NULL: none
  event_id INTEGER,            -- the event that made it (a dismissal)
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  voided_at TEXT,
  voided_by TEXT,
  void_reason TEXT
) STRICT;
CREATE INDEX member_change_by_member ON member_change(member_id, since);
