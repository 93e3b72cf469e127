-- A re-run after a decline or an expiry offers the next best mentor to the applicant who lost its mentor.
ALTER TABLE rounds ADD COLUMN reoffer_applicant_id text NULL;
