-- Ingest: the transactional outbox that puts every new item version on the classify queue exactly
-- once, the miss counter behind deletion detection, and public complaints (aduan masyarakat).

-- One row per item version, written in the same transaction as the version. A relay publishes
-- unsent rows to the 'classify' queue under a deterministic job id and then sets sent_at, so a
-- crash between commit and enqueue, a Redis outage or a killed relay loses nothing, and a
-- re-publish is a no-op in BullMQ.
CREATE TABLE classify_outbox (
  id               bigserial PRIMARY KEY,
  item_version_id  uuid NOT NULL UNIQUE REFERENCES item_versions (id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  sent_at          timestamptz,
  attempts         integer NOT NULL DEFAULT 0,
  last_error       text
);
CREATE INDEX classify_outbox_unsent ON classify_outbox (id) WHERE sent_at IS NULL;

-- Consecutive complete polls of the account whose feed window did not contain the item; reset
-- whenever the item is seen. At the configured count the item is marked deleted.
ALTER TABLE items ADD COLUMN missed_polls integer NOT NULL DEFAULT 0;

-- A public complaint. Kept apart from the ASN registry: it names a URL, not a person, and the
-- reporter's contact lives in its own table that only supervisors and admins may read (audited).
CREATE TABLE complaints (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  url          text NOT NULL,
  platform     text CHECK (platform IN ('facebook', 'instagram', 'x', 'tiktok', 'youtube', 'bluesky', 'threads', 'other')),
  description  text NOT NULL,
  -- [{ kind: 'url', url } | { kind: 'inline', contentType, sha256, bytes }]; inline data lives in complaint_screenshots.
  screenshots  jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- The region the complaint is about: decides which reviewers see it.
  region_code  text NOT NULL REFERENCES regions (code),
  status       text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'triaged', 'linked', 'closed')),
  -- Set when the complaint is matched to an ingested item.
  item_id      uuid REFERENCES items (id),
  created_by   uuid REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX complaints_region ON complaints (region_code text_pattern_ops, created_at DESC);

CREATE TABLE complaint_reporters (
  complaint_id  uuid PRIMARY KEY REFERENCES complaints (id) ON DELETE CASCADE,
  name          text,
  contact       text NOT NULL
);

CREATE TABLE complaint_screenshots (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  complaint_id  uuid NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
  content_type  text NOT NULL,
  sha256        text NOT NULL,
  data          bytea NOT NULL
);
CREATE INDEX complaint_screenshots_complaint ON complaint_screenshots (complaint_id);
