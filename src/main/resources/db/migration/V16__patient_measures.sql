-- The outcome questionnaires a therapist chose for a patient (LEFS, PSFS, AKPS, ...), as their codes comma-separated.
-- No row: nothing chosen yet, and the suggestion for the patient's problem applies (assessments/measures/BodyRegion).
CREATE TABLE patient_measures (
    patient_id BIGINT       PRIMARY KEY REFERENCES patient (id),
    measures   VARCHAR(200) NOT NULL,
    version    INTEGER      NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by BIGINT
);
