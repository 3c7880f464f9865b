-- Issue #17: how sure each trial's classification is, from the field that decided it (interventions: high;
-- titles and intervention details: medium; the summary alone: low; no rule at all: high). Trials classified before
-- this version were decided by their interventions or their title only.

ALTER TABLE trial ADD COLUMN classification_confidence VARCHAR(6) DEFAULT 'HIGH' NOT NULL;
UPDATE trial SET classification_confidence = 'MEDIUM' WHERE classification_field = 'title';

-- Products analysts add to the classifier's dictionary (beside the bundled cgt-products.csv); aliases '|'-separated.
CREATE TABLE product_entry (
    id         VARCHAR(80)   PRIMARY KEY,
    name       VARCHAR(200)  NOT NULL,
    aliases    VARCHAR(4000) NOT NULL,
    modality   VARCHAR(40)   NOT NULL,   -- org.cgtatlas.domain.Modality name
    developer  VARCHAR(300)  NOT NULL,
    country    VARCHAR(2)    NOT NULL,
    reference  VARCHAR(1000) NOT NULL
);
