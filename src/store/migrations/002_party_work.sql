-- Party work records (issue 3): oversight, discipline of organisations and
-- the votes behind every discipline decision, annual assessment, awards,
-- cell meetings scored on a rubric, documents, groupings and their
-- conferences, funds mobilised. Each record that a report counts also
-- writes a point (below): what it adds to the figures, where and when it
-- happened.

-- The votes of the deciding body (and, for expulsion, of the proposal).
ALTER TABLE member_event ADD COLUMN votes_for INTEGER;
ALTER TABLE member_event ADD COLUMN votes_total INTEGER;
ALTER TABLE member_event ADD COLUMN proposal_for INTEGER;
ALTER TABLE member_event ADD COLUMN proposal_total INTEGER;

-- What a record adds to the tallies of the organisations above `org_id`
-- as the tree stood on `day`: an encoded tally (core/tally.c). Derived
-- from the record named by (source, source_id), in the same transaction.
CREATE TABLE point(
  source TEXT NOT NULL,        -- the table of the record
  source_id INTEGER NOT NULL,
  org_id INTEGER NOT NULL,     -- org(id): where it happened
  day TEXT NOT NULL,
  counts BLOB NOT NULL,
  member_id INTEGER,           -- member(id): whom it is about, if a member;
                               -- their later events may move it
  PRIMARY KEY (source, source_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX point_by_org ON point(org_id, day);
CREATE INDEX point_by_member ON point(member_id, day)
  WHERE member_id IS NOT NULL;

-- Inspection and supervision of an organisation or a member.
CREATE TABLE oversight(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind = 'inspection' OR kind = 'supervision'),
  by_org_id INTEGER NOT NULL REFERENCES org(id),
  org_id INTEGER REFERENCES org(id),
  member_id INTEGER REFERENCES member(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  subject TEXT,
  conclusion TEXT,
  violation INTEGER NOT NULL CHECK (violation = 0 OR violation = 1),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  CHECK ((org_id IS NULL) != (member_id IS NULL))
) STRICT;

-- Discipline of organisations; a dissolution also ends the organisation.
CREATE TABLE org_discipline(
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES org(id),
  date TEXT NOT NULL,
  form TEXT NOT NULL CHECK (form = 'reprimand' OR form = 'warning' OR
    form = 'dissolution'),
  by_org_id INTEGER REFERENCES org(id),
  votes_for INTEGER NOT NULL,
  votes_total INTEGER NOT NULL,
  decision TEXT,
  reason TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;

-- The classification of a member or an organisation for a year.
CREATE TABLE assessment(
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  org_id INTEGER REFERENCES org(id),
  member_id INTEGER REFERENCES member(id),
  grade TEXT NOT NULL CHECK (grade = 'excellent' OR grade = 'well' OR
    grade = 'completed' OR grade = 'not-completed'),
  score INTEGER CHECK (score BETWEEN 0 AND 100),
  grassroots_id INTEGER REFERENCES org(id), -- whose quota it counts in
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  CHECK ((org_id IS NULL) != (member_id IS NULL)),
  UNIQUE (year, org_id),
  UNIQUE (year, member_id)
) STRICT;
CREATE INDEX assessment_by_grassroots ON assessment(grassroots_id, year);

-- Awards to members and to organisations (collectives).
CREATE TABLE award(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind = 'merit' OR kind = 'flag' OR
    kind = 'order' OR kind = 'badge' OR kind = 'other'),
  title TEXT NOT NULL,
  org_id INTEGER REFERENCES org(id),
  member_id INTEGER REFERENCES member(id),
  by_org_id INTEGER NOT NULL REFERENCES org(id),
  date TEXT NOT NULL,
  badge_years INTEGER,         -- party badges: the milestone
  decision TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  CHECK ((org_id IS NULL) != (member_id IS NULL))
) STRICT;
CREATE INDEX award_by_member ON award(member_id);

-- Rubrics for scoring cell meetings: the criteria as JSON (docs/rubric.md).
CREATE TABLE rubric(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  definition TEXT NOT NULL,
  loaded_at TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 0 CHECK (active = 0 OR active = 1)
) STRICT;

-- A cell meeting and what the rubric needs of it.
CREATE TABLE meeting(
  id INTEGER PRIMARY KEY,
  cell_id INTEGER NOT NULL REFERENCES org(id),
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind = 'regular' OR kind = 'thematic'),
  chair_id INTEGER REFERENCES member(id),
  minutes INTEGER NOT NULL CHECK (minutes > 0),
  theme TEXT,
  registered INTEGER NOT NULL,   -- members of the cell on the day
  present INTEGER NOT NULL,      -- of them, present
  speakers INTEGER NOT NULL,     -- members who spoke
  resolution_pct INTEGER CHECK (resolution_pct BETWEEN 0 AND 100),
  rubric_id INTEGER REFERENCES rubric(id),
  score INTEGER,                 -- NULL until every criterion has points
  grade TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_by_cell ON meeting(cell_id, date);

CREATE TABLE meeting_attendance(
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  member_id INTEGER NOT NULL REFERENCES member(id),
  present INTEGER NOT NULL CHECK (present = 0 OR present = 1),
  visitor INTEGER NOT NULL DEFAULT 0,  -- on a temporary transfer here
  reason TEXT,                          -- why absent
  PRIMARY KEY (meeting_id, member_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE meeting_opinion(
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  seq INTEGER NOT NULL,
  member_id INTEGER NOT NULL REFERENCES member(id),
  manager INTEGER NOT NULL CHECK (manager = 0 OR manager = 1),
  text TEXT,
  PRIMARY KEY (meeting_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE meeting_task(
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  seq INTEGER NOT NULL,
  task TEXT NOT NULL,
  PRIMARY KEY (meeting_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE meeting_points(
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  criterion TEXT NOT NULL,
  points INTEGER NOT NULL,
  computed INTEGER NOT NULL CHECK (computed = 0 OR computed = 1),
  PRIMARY KEY (meeting_id, criterion)
) STRICT, WITHOUT ROWID;

-- The register of documents, and who disseminated and implemented them.
CREATE TABLE document(
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind = 'resolution' OR kind = 'directive' OR
    kind = 'regulation' OR kind = 'conclusion' OR kind = 'instruction' OR
    kind = 'other'),
  issuer TEXT NOT NULL,
  date TEXT NOT NULL,
  title TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;

CREATE TABLE dissemination(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  org_id INTEGER NOT NULL REFERENCES org(id),
  step TEXT NOT NULL CHECK (step = 'disseminated' OR step = 'implemented'),
  date TEXT NOT NULL,
  meeting_id INTEGER REFERENCES meeting(id),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  UNIQUE (document_id, org_id, step)
) STRICT;
CREATE INDEX dissemination_by_org ON dissemination(org_id, date);

-- Groupings that cut across the tree: regional blocks, emulation clusters.
CREATE TABLE grouping(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind = 'region' OR kind = 'cluster'),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;

CREATE TABLE grouping_member(
  grouping_id INTEGER NOT NULL REFERENCES grouping(id),
  org_id INTEGER NOT NULL REFERENCES org(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT NOT NULL,
  PRIMARY KEY (grouping_id, org_id, valid_from),
  CHECK (valid_from < valid_to)
) STRICT, WITHOUT ROWID;

-- Conferences and workshops, of a grouping or of an organisation.
CREATE TABLE conference(
  id INTEGER PRIMARY KEY,
  grouping_id INTEGER REFERENCES grouping(id),
  host_id INTEGER NOT NULL REFERENCES org(id),
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind = 'review' OR kind = 'workshop' OR
    kind = 'anniversary' OR kind = 'other'),
  theme TEXT NOT NULL,
  delegates INTEGER CHECK (delegates >= 0),
  papers INTEGER CHECK (papers >= 0),
  flag_to_id INTEGER REFERENCES org(id), -- the next host, given the flag
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;

-- A grouping's outstanding models.
CREATE TABLE model(
  id INTEGER PRIMARY KEY,
  grouping_id INTEGER NOT NULL REFERENCES grouping(id),
  org_id INTEGER REFERENCES org(id),
  member_id INTEGER REFERENCES member(id),
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  CHECK ((org_id IS NULL) != (member_id IS NULL))
) STRICT;

-- Funds mobilised, in whole VND.
CREATE TABLE fund(
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES org(id),
  campaign TEXT NOT NULL,
  date TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount > 0),
  note TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;
