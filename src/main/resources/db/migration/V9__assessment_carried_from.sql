-- A follow-up assessment starts from the patient's previous one (body weight, force unit, test positions carried
-- over, every measurement blank): carried_from_id names the assessment the values came from, so the form can say so.
ALTER TABLE assessment ADD COLUMN carried_from_id BIGINT;
ALTER TABLE assessment ADD CONSTRAINT fk_assessment_carried_from FOREIGN KEY (carried_from_id) REFERENCES assessment (id);
