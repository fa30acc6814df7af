-- Netra core: regions, people and their access, the audit log, agencies, ASN, social accounts,
-- elections and escalation authorities. Names are unqualified: the search_path picks the schema.

CREATE TABLE regions (
  code        text PRIMARY KEY CHECK (code ~ '^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$'),
  name        text NOT NULL,
  level       smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
  kind        text NOT NULL CHECK (kind IN ('provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa')),
  parent_code text REFERENCES regions (code)
);
-- "A region contains its children": containment is a code prefix, so `code LIKE '63.%'`
-- uses this index.
CREATE INDEX regions_code_prefix ON regions (code text_pattern_ops);
CREATE INDEX regions_parent ON regions (parent_code);

CREATE TABLE agencies (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL UNIQUE,
  name        text NOT NULL,
  region_code text NOT NULL REFERENCES regions (code),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agencies_region ON agencies (region_code text_pattern_ops);

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
  display_name  text NOT NULL,
  role          text NOT NULL CHECK (role IN ('admin', 'supervisor', 'reviewer', 'liaison', 'integrator')),
  -- NULL: national scope. Otherwise the user sees this region and everything inside it.
  region_code   text REFERENCES regions (code),
  -- The reviewer's own agency: nobody reviews an ASN of their own agency.
  agency_id     uuid REFERENCES agencies (id),
  password_hash text,
  locale        text NOT NULL DEFAULT 'id' CHECK (locale IN ('id', 'en')),
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id      uuid NOT NULL REFERENCES users (id),
  name         text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('api', 'session')),
  -- Only the SHA-256 of the token is stored; the token itself is shown once.
  token_hash   text NOT NULL UNIQUE,
  prefix       text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz,
  revoked_at   timestamptz,
  last_used_at timestamptz
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Append-only and hash-chained: each row's hash covers its content and the previous row's hash,
-- so removing or altering a row breaks the chain (`netra audit verify`).
CREATE TABLE audit_log (
  seq          bigserial PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor_id     uuid,
  actor_label  text NOT NULL,
  actor_role   text,
  action       text NOT NULL,
  entity_type  text NOT NULL,
  entity_id    text,
  region_code  text,
  ip           text,
  user_agent   text,
  request_id   text,
  details      jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash    text NOT NULL,
  hash         text NOT NULL UNIQUE
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE asn (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  nip             char(18) NOT NULL UNIQUE CHECK (nip ~ '^[0-9]{18}$'),
  name            text NOT NULL,
  employment_type text NOT NULL DEFAULT 'PNS' CHECK (employment_type IN ('PNS', 'PPPK')),
  position_class  text NOT NULL CHECK (position_class IN ('jpt', 'administrator', 'pengawas', 'fungsional', 'pelaksana', 'kepala_wilayah')),
  position_title  text,
  agency_id       uuid NOT NULL REFERENCES agencies (id),
  region_code     text NOT NULL REFERENCES regions (code),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX asn_region ON asn (region_code text_pattern_ops);
CREATE INDEX asn_agency ON asn (agency_id);

CREATE TABLE social_accounts (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  platform         text NOT NULL CHECK (platform IN ('facebook', 'instagram', 'x', 'tiktok', 'youtube', 'bluesky', 'threads', 'other')),
  handle           text NOT NULL,
  platform_user_id text,
  asn_id           uuid NOT NULL REFERENCES asn (id),
  link_method      text NOT NULL CHECK (link_method IN ('self_declared', 'agency_list', 'investigator')),
  link_confidence  numeric(3, 2) NOT NULL CHECK (link_confidence BETWEEN 0 AND 1),
  monitoring_state text NOT NULL DEFAULT 'active' CHECK (monitoring_state IN ('active', 'paused', 'stopped')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX social_accounts_handle ON social_accounts (platform, lower(handle));
CREATE UNIQUE INDEX social_accounts_platform_id ON social_accounts (platform, platform_user_id) WHERE platform_user_id IS NOT NULL;
CREATE INDEX social_accounts_asn ON social_accounts (asn_id);

CREATE TABLE contests (
  id                       text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{2,80}$'),
  name                     text NOT NULL,
  level                    text NOT NULL CHECK (level IN ('provinsi', 'kabupaten', 'kota')),
  region_code              text NOT NULL REFERENCES regions (code),
  election_year            integer NOT NULL,
  pair_determination_date  date,
  campaign_start           date,
  campaign_end             date,
  quiet_start              date,
  quiet_end                date,
  voting_day               date NOT NULL,
  -- Single-pair races run against the empty box (kolom kosong); it has a ballot number but is no pair.
  empty_box_number         integer,
  source                   text NOT NULL DEFAULT 'manual',
  -- Bumped on every change of the contest or its pairs: the classifier rebuilds its matcher.
  revision                 integer NOT NULL DEFAULT 1,
  created_at               timestamptz NOT NULL DEFAULT now(),
  updated_at               timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_code, level, election_year)
);
CREATE INDEX contests_region ON contests (region_code text_pattern_ops);

CREATE TABLE candidate_pairs (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contest_id    text NOT NULL REFERENCES contests (id) ON DELETE CASCADE,
  ballot_number integer NOT NULL CHECK (ballot_number BETWEEN 1 AND 20),
  head          text NOT NULL,
  deputy        text NOT NULL,
  aliases       text[] NOT NULL DEFAULT '{}',
  parties       text[] NOT NULL DEFAULT '{}',
  slogans       text[] NOT NULL DEFAULT '{}',
  hashtags      text[] NOT NULL DEFAULT '{}',
  colors        text[] NOT NULL DEFAULT '{}',
  accounts      jsonb NOT NULL DEFAULT '[]'::jsonb,
  incumbent     boolean NOT NULL DEFAULT false,
  independent   boolean NOT NULL DEFAULT false,
  kpu_id        text,
  UNIQUE (contest_id, ballot_number)
);

CREATE TABLE escalation_authorities (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code       text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]{2,32}$'),
  name       text NOT NULL,
  channel    text NOT NULL CHECK (channel IN ('letter', 'sbt', 'email', 'api')),
  endpoint   text,
  active     boolean NOT NULL DEFAULT true,
  notes      text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- KASN was named in the request; UU 20/2023 moved its tasks to BKN (reported through the SBT
-- channel). Both are records so the escalation target is configuration, not code.
INSERT INTO escalation_authorities (code, name, channel, notes) VALUES
  ('KASN', 'Komisi Aparatur Sipil Negara', 'letter', 'Tugas dialihkan ke BKN berdasarkan UU 20/2023'),
  ('BKN', 'Badan Kepegawaian Negara (kanal SBT)', 'sbt', 'Pengawasan netralitas ASN setelah UU 20/2023');
