-- Issue 21: one question, one query; meaning in columns rather than in magic strings.

-- "The latest completed round covering this field": the round whose proposals are current for the field.
CREATE FUNCTION current_round(in_year integer, in_field text) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT max(id) FROM rounds
    WHERE call_year = in_year AND status = 'completed' AND (creative_field IS NULL OR creative_field = in_field)
$$;

-- A pair a coordinator replaced by pairing the applicant by hand: not a rejection of the coordinator's.
ALTER TABLE proposals DROP CONSTRAINT IF EXISTS proposals_status_check;
ALTER TABLE proposals ADD CONSTRAINT proposals_status_check
    CHECK (status IN ('proposed', 'approved', 'established', 'rejected', 'declined', 'expired', 'replaced'));

-- "The mentor has room": the pairs that hold one of its places for an applicant, when the field's current round is field_round.
CREATE FUNCTION holds_place(pair_status text, pair_round bigint, field_round bigint) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT pair_status IN ('approved', 'established') OR (pair_status = 'proposed' AND pair_round = field_round)
$$;

-- How a pair came to be proposed: by a round, as the next best after a reject, as the coordinator's pick of an
-- alternative, or by hand; the mentor it replaces; for a re-run's change of a pending proposal, the applicant that
-- took the previous mentor's place; and whether the system offered it at once after a decline (a re-offer).
ALTER TABLE proposals ADD COLUMN origin text NOT NULL DEFAULT 'round'
    CHECK (origin IN ('round', 'next_best', 'alternative', 'by_hand'));
ALTER TABLE proposals ADD COLUMN replaces_mentor_id text NULL;
ALTER TABLE proposals ADD COLUMN place_taken_by text NULL;
ALTER TABLE proposals ADD COLUMN reoffered boolean NOT NULL DEFAULT false;

UPDATE proposals SET origin = CASE
        WHEN explanation ? 'next_best_after_reject' THEN 'next_best'
        WHEN explanation ? 'chosen_by_coordinator' THEN 'alternative'
        WHEN explanation ? 'paired_by_hand' THEN 'by_hand'
        ELSE 'round' END,
    replaces_mentor_id = explanation ->> 'replaces',
    reoffered = coalesce(decided_by = 'system:re-offer', false);
