-- Records as clerks keep them (issue 6): the rules of organisations,
-- groupings, documents, meetings and search. It works on its own and after
-- 003. Keys folded beyond ASCII are computed by cadre's SQL functions
-- cadre_name_key and cadre_casefold (store_fold.c), the very code that
-- computes them for new rows.

-- An organisation recorded without a founding date counts in the
-- organisation figures from the day it was recorded (docs/report.md), so
-- that recording it leaves the reports of earlier periods as they were.
-- Organisations recorded before this schema keep counting as they did
-- (NULL): their tallies were written that way, and past reports stay.
ALTER TABLE org ADD COLUMN recorded_on TEXT;

-- Whether the member holds a management post: a fact recorded per member
-- (meeting opinions take it as their default role). A position text does
-- not tell it, so members recorded before this schema hold none until said.
ALTER TABLE member ADD COLUMN manager INTEGER NOT NULL DEFAULT 0
  CHECK (manager = 0 OR manager = 1);

-- Name keys now ignore punctuation ("Lý, Thị Mai" is "ly thi mai").
UPDATE member SET name_key = cadre_name_key(name);

-- Document numbers are compared with full Unicode case folding (60-QĐ/TW is
-- 60-qđ/tw). The index is not unique: a database may hold two numbers
-- that fold alike from before this rule; new ones are refused by cadre,
-- and an exact spelling finds its own document first.
ALTER TABLE document ADD COLUMN number_key TEXT NOT NULL DEFAULT '';
UPDATE document SET number_key = cadre_casefold(number);
CREATE INDEX document_by_key ON document(number_key);

-- An organisation that ended left its groupings on that day.
DELETE FROM grouping_member
  WHERE valid_from >= (SELECT ended FROM org WHERE org.id = org_id);
UPDATE grouping_member
  SET valid_to = (SELECT ended FROM org WHERE org.id = org_id)
  WHERE valid_to > (SELECT ended FROM org WHERE org.id = org_id);
