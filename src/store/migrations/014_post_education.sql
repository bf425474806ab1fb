-- The education a post requires of its candidates (issue 9: "theory and
-- education requirements per post"): the values of member.education that
-- meet it, separated by ';' ("Đại học;Thạc sĩ;Tiến sĩ"), compared without
-- case (core_education_meets); NULL: any. Education is recorded as text,
-- not as levels, so a post names the values it accepts.
ALTER TABLE post ADD COLUMN education TEXT;
