-- What each exercise asks of the body that a precaution may rule out (deep hip flexion, prone, single-leg stance,
-- ...), as " code code " like targets and equipment, so a list can filter on it without reading the content. The
-- content (library format) holds the same list; rows written before this column existed say nothing yet and are
-- filled from their content at the next save or library import.
ALTER TABLE exercise ADD COLUMN loads VARCHAR(400) DEFAULT ' ' NOT NULL;

-- The precaution warnings the therapist saw and overrode when saving a program version: one line per exercise
-- added despite a recorded precaution ("Knee-to-chest stretch: hip replacement (posterior approach, 6 weeks):
-- bends the hip past 90°"). Empty when nothing conflicted. Kept with the version, never changed.
ALTER TABLE program_version ADD COLUMN precaution_warnings VARCHAR(4000) DEFAULT '' NOT NULL;
