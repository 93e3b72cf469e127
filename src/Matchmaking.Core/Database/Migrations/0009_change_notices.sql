-- Every committed change to the tables the read caches serve (proposals with their cities, rounds, calls, users) sends a
-- notice on the channel 'matchmaking_changes' (ChangeFeed). PostgreSQL delivers a notice only after its transaction
-- commits and folds the notices of one transaction into one, so a statement-level trigger costs a write next to nothing.
CREATE OR REPLACE FUNCTION matchmaking_change_notice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('matchmaking_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    watched text;
BEGIN
    FOREACH watched IN ARRAY ARRAY['proposals', 'rounds', 'calls', 'applicants', 'mentor_offers', 'users'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', watched || '_change_notice', watched);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION matchmaking_change_notice()', watched || '_change_notice', watched);
    END LOOP;
END;
$$;
