-- Supervisors acknowledge the overdue alerts raised to them (GET /v1/alerts, POST
-- /v1/alerts/{id}/acknowledge): who took it on and when. An alert is never deleted.
ALTER TABLE case_alerts
  ADD COLUMN acknowledged_at timestamptz,
  ADD COLUMN acknowledged_by uuid REFERENCES users (id),
  ADD CONSTRAINT case_alerts_acknowledgement CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL));
CREATE INDEX case_alerts_open ON case_alerts (raised_at DESC) WHERE acknowledged_at IS NULL;
