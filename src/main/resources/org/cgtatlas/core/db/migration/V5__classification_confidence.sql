-- Issue #17: how sure each trial's classification is, from the field that decided it (interventions: high;
-- titles and intervention details: medium; the summary alone: low; no rule at all: high). Trials classified before
-- this version were decided by their interventions or their title only.

ALTER TABLE trial ADD COLUMN classification_confidence VARCHAR(6) DEFAULT 'HIGH' NOT NULL;
UPDATE trial SET classification_confidence = 'MEDIUM' WHERE classification_field = 'title';
