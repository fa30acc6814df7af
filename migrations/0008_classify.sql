-- What the classify worker last scored each contest's region with: when a contest's revision or
-- the model version differs, the region's items are re-scored.
CREATE TABLE contest_scoring (
  contest_id     text PRIMARY KEY REFERENCES contests (id) ON DELETE CASCADE,
  revision       integer NOT NULL,
  model_version  text NOT NULL,
  scored_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX judgements_version ON judgements (item_version_id);
