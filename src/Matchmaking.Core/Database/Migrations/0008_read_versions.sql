-- A version per call that changes with every write to what the proposals list shows (proposals, rounds, applicants,
-- mentor offers), so the service can keep that list in memory and check it with one primary-key read. Versions come from
-- a sequence, so they never repeat, even after a TRUNCATE (which bumps every call).
CREATE SEQUENCE read_version_seq;

CREATE TABLE read_versions (
    call_year int PRIMARY KEY,
    version   bigint NOT NULL
);

CREATE FUNCTION bump_read_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    year int;
BEGIN
    IF TG_OP = 'DELETE' THEN
        year := OLD.call_year;
    ELSE
        year := NEW.call_year;
    END IF;
    INSERT INTO read_versions (call_year, version) VALUES (year, nextval('read_version_seq'))
    ON CONFLICT (call_year) DO UPDATE SET version = excluded.version;
    IF TG_OP = 'UPDATE' AND OLD.call_year IS DISTINCT FROM NEW.call_year THEN
        INSERT INTO read_versions (call_year, version) VALUES (OLD.call_year, nextval('read_version_seq'))
        ON CONFLICT (call_year) DO UPDATE SET version = excluded.version;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION bump_all_read_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE read_versions SET version = nextval('read_version_seq');
    RETURN NULL;
END $$;

CREATE TRIGGER proposals_read_version AFTER INSERT OR UPDATE OR DELETE ON proposals FOR EACH ROW EXECUTE FUNCTION bump_read_version();
CREATE TRIGGER rounds_read_version AFTER INSERT OR UPDATE OR DELETE ON rounds FOR EACH ROW EXECUTE FUNCTION bump_read_version();
CREATE TRIGGER applicants_read_version AFTER INSERT OR UPDATE OR DELETE ON applicants FOR EACH ROW EXECUTE FUNCTION bump_read_version();
CREATE TRIGGER mentor_offers_read_version AFTER INSERT OR UPDATE OR DELETE ON mentor_offers FOR EACH ROW EXECUTE FUNCTION bump_read_version();
CREATE TRIGGER proposals_read_version_truncate AFTER TRUNCATE ON proposals FOR EACH STATEMENT EXECUTE FUNCTION bump_all_read_versions();
CREATE TRIGGER rounds_read_version_truncate AFTER TRUNCATE ON rounds FOR EACH STATEMENT EXECUTE FUNCTION bump_all_read_versions();
CREATE TRIGGER applicants_read_version_truncate AFTER TRUNCATE ON applicants FOR EACH STATEMENT EXECUTE FUNCTION bump_all_read_versions();
CREATE TRIGGER mentor_offers_read_version_truncate AFTER TRUNCATE ON mentor_offers FOR EACH STATEMENT EXECUTE FUNCTION bump_all_read_versions();
