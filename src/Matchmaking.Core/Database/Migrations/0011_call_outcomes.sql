-- What became of each applicant of a call once designations are announced (29 October): designated or not. The
-- unsuccessful ones are the call history that the four-year pause rule reads in later calls, beside what applicants
-- declare in previous_calls. The city is kept as written with its key (case and diacritics folded) to match later calls.
CREATE TABLE call_outcomes (
    call_year      int NOT NULL REFERENCES calls (year),
    applicant_id   text NOT NULL,
    city           text NOT NULL,
    city_key       text NOT NULL,
    country_code   char(2) NOT NULL,
    creative_field text NOT NULL,
    designated     boolean NOT NULL,
    recorded_by    text NOT NULL,
    recorded_at    timestamptz NOT NULL,
    PRIMARY KEY (call_year, applicant_id)
);
CREATE INDEX call_outcomes_city ON call_outcomes (city_key, country_code) WHERE NOT designated;
