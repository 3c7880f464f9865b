-- Issue #17: an analyst's own verdict on a trial's modality, with a note. Kept apart from the imported trial, so
-- that re-imports and refreshes, which rewrite the trial and its machine classification, never touch it.
CREATE TABLE trial_override (
    trial_id  VARCHAR(40)   PRIMARY KEY,   -- the registry's id as shown, e.g. NCT01234567
    modality  VARCHAR(40),                 -- org.cgtatlas.domain.Modality name; NULL = not CGT
    note      VARCHAR(1000) NOT NULL,
    set_at    TIMESTAMP     NOT NULL
);
