-- Review: claims (leases) on flags, near-duplicate groups, reviewers' decisions (and the labelled
-- data the classifier trains from), cases with their lifecycle, deadlines and overdue alerts.

-- A claim is a lease: a flag is held by claimed_by until lease_expires_at; an expired lease is as
-- good as no claim, so the flag is back in the queue without any job having to run.
ALTER TABLE flags
  ADD COLUMN claimed_by       uuid REFERENCES users (id),
  ADD COLUMN claimed_at       timestamptz,
  ADD COLUMN lease_expires_at timestamptz,
  -- Near-duplicates: the same normalised text, or the same liked/shared target, across accounts.
  ADD COLUMN group_key        text,
  ADD COLUMN case_id          uuid;
CREATE INDEX flags_claimed_by ON flags (claimed_by) WHERE claimed_by IS NOT NULL;
CREATE INDEX flags_group ON flags (group_key) WHERE group_key IS NOT NULL;

-- Lower-cased, punctuation folded to single spaces, trimmed.
CREATE FUNCTION review_normalise(body text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT btrim(regexp_replace(lower(coalesce(body, '')), '[^[:alnum:]]+', ' ', 'g'))
$$;

-- Likes and shares group by what they point at; posts and comments by their own words (short
-- texts such as "mantap" say too little to group on).
CREATE FUNCTION review_group_key(kind text, body text, target jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN kind IN ('like', 'share') AND target IS NOT NULL THEN
      'target:' || md5(coalesce(nullif(target->>'platform_item_id', ''), nullif(target->>'platformItemId', ''), nullif(target->>'url', ''),
                                lower(coalesce(target->>'author_handle', target->>'authorHandle', '')) || '|' || review_normalise(target->>'text')))
    WHEN length(review_normalise(body)) >= 12 THEN 'text:' || md5(review_normalise(body))
    ELSE NULL
  END
$$;

CREATE FUNCTION flags_set_group_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.group_key IS NULL THEN
    SELECT review_group_key(i.kind, v.text, v.target) INTO NEW.group_key
      FROM item_versions v JOIN items i ON i.id = v.item_id
     WHERE v.id = NEW.item_version_id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER flags_group_key BEFORE INSERT ON flags FOR EACH ROW EXECUTE FUNCTION flags_set_group_key();

UPDATE flags f SET group_key = review_group_key(i.kind, v.text, v.target)
  FROM item_versions v JOIN items i ON i.id = v.item_id
 WHERE v.id = f.item_version_id;

-- Every decision a reviewer takes. Round 'first' and 'second' are the four eyes on a
-- confirmation; 'resolution' is a supervisor settling a dispute.
CREATE TABLE flag_decisions (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  flag_id            uuid NOT NULL REFERENCES flags (id),
  reviewer_id        uuid NOT NULL REFERENCES users (id),
  round              text NOT NULL CHECK (round IN ('first', 'second', 'resolution')),
  decision           text NOT NULL CHECK (decision IN ('confirm', 'dismiss', 'request_info')),
  violation_category text CHECK (violation_category IN ('social_media_campaign', 'engagement', 'attributes_symbols', 'organising', 'attacking', 'other')),
  reason_code        text CHECK (reason_code IN ('not_asn', 'account_not_theirs', 'not_partisan', 'news_or_information', 'duplicate', 'outside_jurisdiction', 'other')),
  note               text,
  via_group          boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK ((decision = 'confirm') = (violation_category IS NOT NULL)),
  CHECK ((decision = 'dismiss') = (reason_code IS NOT NULL))
);
CREATE INDEX flag_decisions_flag ON flag_decisions (flag_id, created_at);

-- The outcome of review per item version, for the classifier to train and evaluate on.
CREATE TABLE review_labels (
  item_version_id uuid PRIMARY KEY REFERENCES item_versions (id),
  flag_id         uuid NOT NULL REFERENCES flags (id),
  judgement_id    uuid NOT NULL REFERENCES judgements (id),
  contest_id      text REFERENCES contests (id),
  violation       boolean NOT NULL,
  category        text,
  candidate       integer,
  stance          text,
  reason_code     text,
  model_score     real NOT NULL,
  decided_at      timestamptz NOT NULL DEFAULT now()
);

-- Confirmed flags of one ASN in one contest form a case.
CREATE TABLE cases (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  asn_id               uuid NOT NULL REFERENCES asn (id),
  contest_id           text REFERENCES contests (id),
  region_code          text NOT NULL REFERENCES regions (code),
  stage                text NOT NULL DEFAULT 'open'
                       CHECK (stage IN ('open', 'under_review', 'confirmed', 'escalated', 'recommendation_received', 'sanction_recorded', 'closed', 'dismissed')),
  authority_id         uuid REFERENCES escalation_authorities (id),
  stage_started_at     timestamptz NOT NULL DEFAULT now(),
  -- The clock of the current stage; NULL for a stage without one (closed, dismissed).
  due_at               timestamptz,
  extended_days        integer NOT NULL DEFAULT 0,
  overdue_escalated_at timestamptz,
  opened_at            timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX cases_one_active ON cases (asn_id, coalesce(contest_id, '')) WHERE stage NOT IN ('closed', 'dismissed');
CREATE INDEX cases_region ON cases (region_code text_pattern_ops, opened_at);
CREATE INDEX cases_due ON cases (due_at) WHERE due_at IS NOT NULL;
ALTER TABLE flags ADD CONSTRAINT flags_case FOREIGN KEY (case_id) REFERENCES cases (id);

-- Every move of a case: who, when, why, and the letter it rests on.
CREATE TABLE case_transitions (
  id              bigserial PRIMARY KEY,
  case_id         uuid NOT NULL REFERENCES cases (id),
  from_stage      text,
  to_stage        text NOT NULL,
  actor_id        uuid REFERENCES users (id),
  actor_label     text NOT NULL,
  at              timestamptz NOT NULL DEFAULT now(),
  reason          text,
  document_number text,
  document_date   date,
  authority_id    uuid REFERENCES escalation_authorities (id)
);
CREATE INDEX case_transitions_case ON case_transitions (case_id, id);
CREATE INDEX case_transitions_stage ON case_transitions (to_stage, case_id);

-- Clarification: what the ASN says, recorded before the case is decided.
CREATE TABLE case_statements (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL REFERENCES cases (id),
  statement       text NOT NULL,
  statement_date  date,
  document_number text,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_statements_case ON case_statements (case_id);

-- A passed deadline, raised to the supervisors of the case's region (once per stage clock).
CREATE TABLE case_alerts (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id      uuid NOT NULL REFERENCES cases (id),
  kind         text NOT NULL CHECK (kind IN ('overdue')),
  stage        text NOT NULL,
  due_at       timestamptz NOT NULL,
  raised_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, kind, stage, due_at)
);
