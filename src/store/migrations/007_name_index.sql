-- The words of members' names, for `member find` and the web application's
-- search as you type (issue 7): a full-text index over member.name_key
-- (the folded name), holding no copy of it. Kept in step by store_member.c
-- and store_change.c where they write name_key (SQLite runs no trigger on
-- a virtual table while trusted_schema is off, as cadre keeps it), and
-- checked by `cadre check`.
CREATE VIRTUAL TABLE member_name USING fts5(
  name_key, content = 'member', content_rowid = 'id');
INSERT INTO member_name(member_name) VALUES ('rebuild');
