-- Ingest writes a batch at a time. Costs that were paid per item become costs per batch:
--
-- * Raw payloads. The raw payloads of the new versions one write stored are kept together as one
--   gzip-compressed NDJSON document; a version points at its line. One zlib stream per batch
--   instead of one per item, and payloads of one platform compress far better together.
-- * The classify outbox. One row per write lists its new versions and is published as one
--   'classify-batch' job under a deterministic id (the row's batch_id), instead of one row and
--   one job per version. Every version is still in exactly one outbox row, so it is still queued
--   exactly once.

CREATE TABLE raw_payload_batches (
  id          uuid PRIMARY KEY,
  source      text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  -- Payloads in the document, one JSON value a line, in raw_line order.
  lines       integer NOT NULL CHECK (lines > 0),
  -- Uncompressed size of the NDJSON document.
  bytes       integer NOT NULL CHECK (bytes > 0),
  ndjson_gz   bytea NOT NULL
);

-- No foreign key on raw_batch_id: the batch row is written by the same statement as the versions
-- that point at it and is never deleted (see the trigger below); a per-row check would cost as
-- much as the rest of the version's write. raw_payload stays for versions written before 0009.
ALTER TABLE item_versions
  ADD COLUMN raw_batch_id uuid,
  ADD COLUMN raw_line integer CHECK (raw_line >= 0),
  ADD CONSTRAINT item_versions_raw_pointer CHECK ((raw_batch_id IS NULL) = (raw_line IS NULL));

CREATE FUNCTION raw_payload_batches_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'raw payloads are evidence: rows of raw_payload_batches are never updated or deleted';
END;
$$;
CREATE TRIGGER raw_payload_batches_keep BEFORE UPDATE OR DELETE ON raw_payload_batches
  FOR EACH ROW EXECUTE FUNCTION raw_payload_batches_keep();

CREATE TABLE classify_outbox_batches (
  id                bigserial PRIMARY KEY,
  -- The deterministic identity of the 'classify-batch' job (classifyBatchJobId).
  batch_id          uuid NOT NULL UNIQUE,
  item_version_ids  uuid[] NOT NULL CHECK (cardinality(item_version_ids) > 0),
  created_at        timestamptz NOT NULL DEFAULT now(),
  sent_at           timestamptz,
  attempts          integer NOT NULL DEFAULT 0,
  last_error        text
);
CREATE INDEX classify_outbox_batches_unsent ON classify_outbox_batches (id) WHERE sent_at IS NULL;

-- Versions still waiting in the per-version outbox move over as one batch; nothing is lost.
INSERT INTO classify_outbox_batches (batch_id, item_version_ids)
SELECT gen_random_uuid(), array_agg(item_version_id ORDER BY id)
  FROM classify_outbox WHERE sent_at IS NULL
HAVING count(*) > 0;
DROP TABLE classify_outbox;

-- Nothing looks versions up by hash (the current version is found by (item_id, version)).
DROP INDEX item_versions_hash;
