-- Issue #16: trials imported from WHO ICTRP exports (ChiCTR, JPRN/jRCT, CRiS, EU CTR, … in one file). One row per
-- TrialID; an ICTRP record whose TrialID is an NCT number, or that names another record in its secondary ids, is the
-- same trial as that record: the link is made when reading, so it holds whichever import brought either record.

ALTER TABLE trial_import ADD COLUMN exported_at TIMESTAMP WITH TIME ZONE; -- the export date the file states, if any

CREATE TABLE ictrp_trial (
    trial_key              VARCHAR(100)  PRIMARY KEY,        -- the TrialID trimmed and upper-cased
    trial_id               VARCHAR(100)  NOT NULL,           -- the TrialID as written
    source_register        VARCHAR(200)  NOT NULL,           -- e.g. ChiCTR, JPRN, CRiS, ClinicalTrials.gov
    secondary_ids          VARCHAR(200) ARRAY NOT NULL,      -- Secondary_ID entries as written
    public_title           VARCHAR(4000) NOT NULL,
    scientific_title       VARCHAR(4000) NOT NULL,
    sponsor                VARCHAR(1000) NOT NULL,
    status                 VARCHAR(60)   NOT NULL,           -- RECRUITING, NOT_RECRUITING, … (the raw text upper-cased)
    phases                 VARCHAR(200)  NOT NULL,           -- '|'-separated as for ClinicalTrials.gov; empty if not understood
    phase_text             VARCHAR(4000) NOT NULL,           -- the Phase value as written
    conditions             VARCHAR(100000) NOT NULL,         -- '|'-separated
    interventions          VARCHAR(100000) NOT NULL,         -- the Intervention text
    country_codes          CHAR(2) ARRAY NOT NULL,
    countries_inferred     BOOLEAN NOT NULL,                 -- blank Countries: the register's home country
    countries_text         VARCHAR(100000) NOT NULL,         -- the Countries value as written
    registration_date      DATE,
    enrolment_date         DATE,
    enrolment_precision    VARCHAR(5),
    target_size            INTEGER,
    web_address            VARCHAR(2000) NOT NULL,
    modality               VARCHAR(40),                      -- org.cgtatlas.domain.Modality name; NULL = not CGT
    classification_rule    VARCHAR(60)   NOT NULL,
    classification_field   VARCHAR(20)   NOT NULL,
    classification_match   VARCHAR(1000) NOT NULL,
    classification_confidence VARCHAR(6) NOT NULL,           -- org.cgtatlas.domain.Confidence name
    source_start           BIGINT NOT NULL,                  -- first line of the record in its import's kept copy
    source_end             BIGINT NOT NULL,                  -- last line
    first_import_id        BIGINT NOT NULL REFERENCES trial_import (id),
    last_import_id         BIGINT NOT NULL REFERENCES trial_import (id)
);
