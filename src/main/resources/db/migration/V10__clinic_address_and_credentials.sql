-- The printed assessment report names the clinic with its address, and the therapist with their professional
-- credentials ("PT, DPT", "MSc Physiotherapy, HCPC PH123456"). Both are optional: a clinic set up before this
-- simply prints no address line.
ALTER TABLE clinic ADD COLUMN address VARCHAR(500);
ALTER TABLE user_account ADD COLUMN credentials VARCHAR(200);

-- Kept at signing like finalized_by_name: what the therapist was when they signed does not change with the account.
ALTER TABLE assessment ADD COLUMN finalized_by_credentials VARCHAR(200);
