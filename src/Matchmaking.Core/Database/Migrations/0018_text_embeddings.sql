-- Sentence embeddings of the texts the engine compares, computed once per text and encoder (Embeddings/EmbeddingStore.cs).
-- Keyed by the encoder's name and the SHA-256 of the exact text it read, not by applicant or offer: a text shared by two
-- records, or unchanged by a re-import, is encoded once, and new weights (a new name) never read old vectors.
CREATE TABLE IF NOT EXISTS text_embeddings (
    model       text        NOT NULL,
    text_sha256 bytea       NOT NULL,
    vector      real[]      NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (model, text_sha256)
);
