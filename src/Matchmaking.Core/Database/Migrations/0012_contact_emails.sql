-- A profile's contact e-mail (optional in the import formats): where the notices for that city go. An import with one
-- also writes the contacts row of the city's recipient label ("applicant city Kumasi", "mentor city Bologna").
ALTER TABLE applicants ADD COLUMN contact_email text NULL;
ALTER TABLE mentor_offers ADD COLUMN contact_email text NULL;
