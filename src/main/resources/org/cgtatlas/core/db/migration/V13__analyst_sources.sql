-- Sources an analyst gives for the records they enter or edit: a web page or a document, its publisher and date,
-- an optional quoted passage and the day it was read. Like a citation, each belongs to one fact.
CREATE TABLE analyst_source (
    subject_type        VARCHAR(30) NOT NULL,
    subject_id          VARCHAR(120) NOT NULL,
    position            INT NOT NULL,
    url                 VARCHAR(2000),
    title               VARCHAR(1000),
    publisher           VARCHAR(300),
    published_on        DATE,
    published_precision VARCHAR(5),
    passage             VARCHAR(8000),
    accessed_on         DATE NOT NULL,
    PRIMARY KEY (subject_type, subject_id, position)
);
