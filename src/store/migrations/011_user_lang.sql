-- The language each user reads the web application and the API's
-- messages in (issue 8): the tag of a catalog ("vi", as util_lang_tag
-- writes it), or NULL when the user has set none and their browser's
-- Accept-Language decides. A tag whose catalog a later binary lacks is
-- read as no setting, never refused: the file stays readable.
ALTER TABLE user ADD COLUMN lang TEXT;
