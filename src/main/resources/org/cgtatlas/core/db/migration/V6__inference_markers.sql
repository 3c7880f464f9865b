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
