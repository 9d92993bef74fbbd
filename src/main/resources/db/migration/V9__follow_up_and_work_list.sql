-- A follow-up assessment starts from the patient's previous one (body weight, force unit, test positions carried
-- over, every measurement blank): carried_from_id names the assessment the values came from, so the form can say so.
ALTER TABLE assessment ADD COLUMN carried_from_id BIGINT;
ALTER TABLE assessment ADD CONSTRAINT fk_assessment_carried_from FOREIGN KEY (carried_from_id) REFERENCES assessment (id);

-- The home page's work list: entries of the last days across a clinic's programs ("too hard", high pain), and the
-- clinic's links by expiry, each found by a range of an index instead of a scan of every row.
CREATE INDEX ix_exercise_log_done_on ON exercise_log (done_on, program_id);
CREATE INDEX ix_patient_link_expiry ON patient_link (clinic_id, expires_at);
