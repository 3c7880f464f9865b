-- Issue #8, import speed: one row per trial. Sites' countries and interventions move into array columns (no
-- join-table rows), the key becomes the NCT number's 8 digits, and the raw record is no longer copied into the
-- database: each import keeps a copy of its file in the data folder's imports/ folder, and a trial stores where
-- its record is in that copy. Trials imported before this version keep their raw text in raw_source. A rule's
-- explanation is stored once in trial_rule instead of in every trial it classified.

ALTER TABLE trial_import ADD COLUMN archive_file VARCHAR(300); -- the kept copy in imports/; NULL before version 4 or once removed
ALTER TABLE trial_import ADD COLUMN superseded_at TIMESTAMP WITH TIME ZONE; -- when its last trial moved to a newer import

CREATE TABLE trial_record (
    nct_number             BIGINT PRIMARY KEY,               -- NCT01234567 is stored as 1234567
    title                  VARCHAR(4000) NOT NULL,
    status                 VARCHAR(60)   NOT NULL,
    phases                 VARCHAR(200)  NOT NULL,           -- '|'-separated, e.g. PHASE1|PHASE2
    conditions             VARCHAR(100000) NOT NULL,         -- '|'-separated, as in the registry's CSV
    intervention_types     VARCHAR(40) ARRAY NOT NULL,       -- parallel to intervention_names
    intervention_names     VARCHAR(4000) ARRAY NOT NULL,
    country_codes          CHAR(2) ARRAY NOT NULL,           -- ISO 3166-1 alpha-2 of its sites; HK is its own region
    sponsor                VARCHAR(1000) NOT NULL,
    funder_type            VARCHAR(40)   NOT NULL,
    start_date             DATE,
    start_precision        VARCHAR(5),
    completion_date        DATE,
    completion_precision   VARCHAR(5),
    enrollment             INTEGER,
    modality               VARCHAR(40),                      -- org.cgtatlas.domain.Modality name; NULL = not CGT
    classification_rule    VARCHAR(60)   NOT NULL,           -- empty when no rule matched
    classification_field   VARCHAR(20)   NOT NULL,
    classification_match   VARCHAR(1000) NOT NULL,
    source_start           BIGINT,  -- where the record is in its import's kept copy: CSV first line, JSON first char
    source_end             BIGINT,  -- CSV last line, JSON char after the object
    raw_source             VARCHAR(1000000000),              -- only trials imported before version 4
    first_import_id        BIGINT NOT NULL REFERENCES trial_import (id),
    last_import_id         BIGINT NOT NULL REFERENCES trial_import (id)
);

INSERT INTO trial_record
SELECT CAST(SUBSTRING(t.nct_id, 4) AS BIGINT), t.title, t.status, t.phases, t.conditions,
       COALESCE((SELECT ARRAY_AGG(i.intervention_type ORDER BY i.position) FROM trial_intervention i WHERE i.nct_id = t.nct_id),
                CAST(ARRAY[] AS VARCHAR(40) ARRAY)),
       COALESCE((SELECT ARRAY_AGG(i.name ORDER BY i.position) FROM trial_intervention i WHERE i.nct_id = t.nct_id),
                CAST(ARRAY[] AS VARCHAR(4000) ARRAY)),
       COALESCE((SELECT ARRAY_AGG(c.country_code ORDER BY c.country_code) FROM trial_country c WHERE c.nct_id = t.nct_id),
                CAST(ARRAY[] AS CHAR(2) ARRAY)),
       t.sponsor, t.funder_type, t.start_date, t.start_precision, t.completion_date, t.completion_precision,
       t.enrollment, t.modality, t.classification_rule, t.classification_field, t.classification_match,
       NULL, NULL, t.raw_source, t.first_import_id, t.last_import_id
FROM trial t;

CREATE TABLE trial_rule (
    id           VARCHAR(60)   PRIMARY KEY,  -- a rule of cgt-classification-rules.csv
    explanation  VARCHAR(1000) NOT NULL      -- its explanation when it last classified a trial
);

INSERT INTO trial_rule
SELECT classification_rule, MAX(classification_reason) FROM trial WHERE classification_rule <> '' GROUP BY classification_rule;

DROP TABLE trial_intervention;
DROP TABLE trial_country;
DROP TABLE trial;
ALTER TABLE trial_record RENAME TO trial;
