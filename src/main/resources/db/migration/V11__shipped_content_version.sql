-- Which version of each kind of shipped content (the exercise library, the starter program templates) the
-- database holds: one table with a row per kind instead of a one-row table per kind. The versions already
-- imported are kept, so nothing is imported again.
CREATE TABLE shipped_content_version (
    content_kind VARCHAR(40)  PRIMARY KEY,
    version      INTEGER      NOT NULL,
    imported_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
INSERT INTO shipped_content_version (content_kind, version, imported_at)
    SELECT 'exercise_library', version, imported_at FROM exercise_library WHERE id = 1;
INSERT INTO shipped_content_version (content_kind, version, imported_at)
    SELECT 'program_templates', version, imported_at FROM program_template_library WHERE id = 1;
DROP TABLE exercise_library;
DROP TABLE program_template_library;
