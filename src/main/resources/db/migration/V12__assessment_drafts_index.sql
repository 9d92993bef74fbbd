-- The work list's "unsigned drafts" reads a clinic's drafts in visit order. With only the clinic index it read
-- every assessment of the clinic (12,500 in the benchmark's seeded data, each with its values) to find the few
-- hundred drafts: about 1 s of the home page (issue 14). This index finds the drafts, already in order.
CREATE INDEX ix_assessment_clinic_status ON assessment (clinic_id, status, visit_date);
