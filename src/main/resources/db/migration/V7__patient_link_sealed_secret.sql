-- Staff can print a patient's link again: the secret is also kept sealed (AES-256-GCM, base64 of nonce,
-- ciphertext and tag) under a key kept outside the database, with the name of that key beside it. Lookups still
-- go by secret_hash. Links made before this have neither and cannot be shown again; revoking clears both.
ALTER TABLE patient_link ADD COLUMN sealed_secret VARCHAR(100);
ALTER TABLE patient_link ADD COLUMN sealed_key_id VARCHAR(16);
