-- The contract between ingest, classify and review: what an ASN did online (items and their
-- versions), what the classifier concluded (judgements), and what goes to reviewers (flags).

CREATE TABLE items (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  platform          text NOT NULL,
  platform_item_id  text NOT NULL,
  -- The monitored account that posted, liked, shared or commented.
  account_id        uuid REFERENCES social_accounts (id),
  asn_id            uuid REFERENCES asn (id),
  -- The ASN's region of duty when the item was taken in: decides which contests apply and who may see it.
  region_code       text NOT NULL REFERENCES regions (code),
  kind              text NOT NULL CHECK (kind IN ('post', 'comment', 'like', 'share')),
  url               text,
  posted_at         timestamptz NOT NULL,
  first_seen_at     timestamptz NOT NULL DEFAULT now(),
  last_seen_at      timestamptz NOT NULL DEFAULT now(),
  -- Set when the item vanished from the account's feed on consecutive polls; last_seen_at keeps when it was last there.
  deleted_at        timestamptz,
  current_version   integer NOT NULL DEFAULT 1,
  source            text NOT NULL CHECK (source IN ('connector', 'push', 'csv', 'complaint', 'simulator')),
  UNIQUE (platform, platform_item_id)
);
CREATE INDEX items_account ON items (account_id, posted_at DESC);
CREATE INDEX items_region ON items (region_code text_pattern_ops);
CREATE INDEX items_asn ON items (asn_id);

CREATE TABLE item_versions (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id       uuid NOT NULL REFERENCES items (id),
  version       integer NOT NULL CHECK (version >= 1),
  text          text NOT NULL DEFAULT '',
  -- { author_handle, text, url?, platform_item_id? }: what was liked, shared or commented on.
  target        jsonb,
  media         jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- SHA-256 over the normalised content (text, target, media): equal hash means re-ingest is a no-op.
  content_hash  text NOT NULL,
  seen_at       timestamptz NOT NULL DEFAULT now(),
  -- Against the previous version: { text: { before, after }, ... }.
  diff          jsonb,
  -- The platform's payload as received, gzip-compressed.
  raw_payload   bytea,
  UNIQUE (item_id, version)
);
CREATE INDEX item_versions_hash ON item_versions (item_id, content_hash);

-- Everything that happened to an item, in order: consumed by webhooks, evidence and re-scoring.
CREATE TABLE item_events (
  seq        bigserial PRIMARY KEY,
  item_id    uuid NOT NULL REFERENCES items (id),
  version    integer,
  kind       text NOT NULL CHECK (kind IN ('created', 'edited', 'deleted', 'restored')),
  at         timestamptz NOT NULL DEFAULT now(),
  details    jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX item_events_item ON item_events (item_id, seq);

CREATE TABLE judgements (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_version_id  uuid NOT NULL REFERENCES item_versions (id),
  contest_id       text REFERENCES contests (id),
  model_version    text NOT NULL,
  -- Which registry state the judgement used (contest ids and revisions): a change triggers re-scoring.
  lexicon_key      text NOT NULL,
  score            real NOT NULL CHECK (score BETWEEN 0 AND 1),
  flagged          boolean NOT NULL,
  candidate        integer,
  stance           text CHECK (stance IN ('support', 'oppose')),
  category         text CHECK (category IN ('social_media_campaign', 'engagement', 'attributes_symbols', 'organising', 'attacking')),
  signals          jsonb NOT NULL DEFAULT '[]'::jsonb,
  reason           jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (item_version_id, model_version, lexicon_key)
);

-- One flag per item version above the threshold: what reviewers work on.
CREATE TABLE flags (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id          uuid NOT NULL REFERENCES items (id),
  item_version_id  uuid NOT NULL UNIQUE REFERENCES item_versions (id),
  judgement_id     uuid NOT NULL REFERENCES judgements (id),
  contest_id       text REFERENCES contests (id),
  region_code      text NOT NULL REFERENCES regions (code),
  asn_id           uuid REFERENCES asn (id),
  candidate        integer,
  stance           text CHECK (stance IN ('support', 'oppose')),
  category         text,
  score            real NOT NULL,
  status           text NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'in_review', 'awaiting_second', 'disputed', 'needs_info', 'confirmed', 'dismissed', 'superseded')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX flags_queue ON flags (status, region_code text_pattern_ops, created_at);
CREATE INDEX flags_asn ON flags (asn_id, contest_id);
