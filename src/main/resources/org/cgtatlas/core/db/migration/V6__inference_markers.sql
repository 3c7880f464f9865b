-- Curator inferences: a field of a fact whose value the cited passages do not state, with the curator's reason.
-- Like a citation, a marker belongs to one fact: subject_type names its table, subject_id its row.
CREATE TABLE inference_marker (
    subject_type VARCHAR(30) NOT NULL,
    subject_id   VARCHAR(120) NOT NULL,
    field_name   VARCHAR(60) NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    position     INT NOT NULL,
    PRIMARY KEY (subject_type, subject_id, field_name)
);

-- Figures about one organization, programme or event rather than a whole country (a society's members, a product's
-- sales, a delegation's size): about_id names it.
ALTER TABLE country_metric ADD COLUMN about_id VARCHAR(120);

-- A highlight that an event records too: aggregates count the happening once, as the event.
CREATE TABLE milestone_event (
    milestone_id VARCHAR(120) NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    event_id     VARCHAR(120) NOT NULL REFERENCES collaboration_event (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    PRIMARY KEY (milestone_id, event_id)
);
