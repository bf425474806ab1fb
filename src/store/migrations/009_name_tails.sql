-- The index of members' names for search as you type (issue 7), in place
-- of the FTS5 index of 007. A search reads a range of this table's key in
-- its order, so that the first page costs its own rows whatever the number
-- of matches, where FTS5 read the whole list of every common word ("thi",
-- "van": half the names) and the results were then sorted.
--
-- For every word of a member's folded name (member.name_key), one row:
-- the name from that word on (tail) and the words before it (head, '' for
-- the first word). A text Q is found in the names whose words follow each
-- other as Q's do, the last one from its start: the tails that start with
-- Q. `shared` is how many bytes the tail's start has in common with an
-- earlier tail of the same name at most: a text no longer than that was
-- found in the name earlier on, so a search keeps the rows with shared <
-- length(Q), and each member is found once, at its first match.
--
-- Kept in step by store_name.c where name_key is written, and checked by
-- `cadre check` (cadre_name_shared is registered on every connection).
DROP TABLE member_name;
CREATE TABLE member_name_tail(
  tail TEXT NOT NULL,
  head TEXT NOT NULL,
  member_id INTEGER NOT NULL, -- member(id)
  shared INTEGER NOT NULL,
  PRIMARY KEY (tail, head, member_id)
) STRICT, WITHOUT ROWID;
WITH RECURSIVE w(id, head, tail) AS (
  SELECT id, '', name_key FROM member WHERE name_key <> ''
  UNION ALL
  SELECT id, head || iif(head = '', '', ' ')
               || substr(tail, 1, instr(tail, ' ') - 1),
         substr(tail, instr(tail, ' ') + 1)
  FROM w WHERE instr(tail, ' ') > 0)
INSERT INTO member_name_tail(tail, head, member_id, shared)
  SELECT tail, head, id, cadre_name_shared(head, tail) FROM w
  ORDER BY tail, head, id;
