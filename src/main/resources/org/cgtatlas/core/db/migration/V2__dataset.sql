-- The curated East Asia CGT dataset. Every fact table carries its provenance:
--   origin       BUNDLED (came with the app) or USER (entered by the analyst)
--   user_edited  TRUE once the analyst changed it; a dataset upgrade then leaves it alone
--   updated_by / updated_at  who changed it last, and when
-- Dates a source states to a year or month are kept as their first day plus a precision.

CREATE TABLE country (
    code        VARCHAR(8) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    local_name  VARCHAR(200),
    in_region   BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE source (
    id             VARCHAR(120) PRIMARY KEY,
    title          VARCHAR(1000) NOT NULL,
    publisher      VARCHAR(300),
    published_on   DATE,
    published_precision VARCHAR(5),
    language       VARCHAR(10) NOT NULL,
    url            VARCHAR(2000),
    cleaning_note  VARCHAR(2000),
    full_text      CLOB NOT NULL
);

CREATE TABLE organization (
    id           VARCHAR(120) PRIMARY KEY,
    name         VARCHAR(500) NOT NULL,
    local_name   VARCHAR(500),
    country_code VARCHAR(8) REFERENCES country (code),
    org_type     VARCHAR(40) NOT NULL,
    description  VARCHAR(4000),
    origin       VARCHAR(10) NOT NULL DEFAULT 'BUNDLED',
    user_edited  BOOLEAN NOT NULL DEFAULT FALSE,
    updated_by   VARCHAR(200),
    updated_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE organization_alias (
    organization_id VARCHAR(120) NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    alias           VARCHAR(500) NOT NULL,
    position        INT NOT NULL,
    PRIMARY KEY (organization_id, alias)
);

CREATE TABLE country_metric (
    id           VARCHAR(120) PRIMARY KEY,
    country_code VARCHAR(8) NOT NULL REFERENCES country (code),
    kind         VARCHAR(60) NOT NULL,
    metric_value DECIMAL(20, 4) NOT NULL,
    value_high   DECIMAL(20, 4),
    qualifier    VARCHAR(20) NOT NULL,
    wording      VARCHAR(200) NOT NULL,
    unit         VARCHAR(60),
    as_of        DATE,
    as_of_precision VARCHAR(5),
    note         VARCHAR(2000),
    origin       VARCHAR(10) NOT NULL DEFAULT 'BUNDLED',
    user_edited  BOOLEAN NOT NULL DEFAULT FALSE,
    updated_by   VARCHAR(200),
    updated_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE milestone (
    id           VARCHAR(120) PRIMARY KEY,
    country_code VARCHAR(8) NOT NULL REFERENCES country (code),
    category     VARCHAR(30) NOT NULL,
    title        VARCHAR(500) NOT NULL,
    description  VARCHAR(4000),
    occurred_on  DATE,
    occurred_precision VARCHAR(5),
    origin       VARCHAR(10) NOT NULL DEFAULT 'BUNDLED',
    user_edited  BOOLEAN NOT NULL DEFAULT FALSE,
    updated_by   VARCHAR(200),
    updated_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE milestone_organization (
    milestone_id    VARCHAR(120) NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    organization_id VARCHAR(120) NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    PRIMARY KEY (milestone_id, organization_id)
);

CREATE TABLE pipeline_listing (
    id              VARCHAR(120) PRIMARY KEY,
    organization_id VARCHAR(120) NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    country_code    VARCHAR(8) NOT NULL REFERENCES country (code),
    origin          VARCHAR(10) NOT NULL DEFAULT 'BUNDLED',
    user_edited     BOOLEAN NOT NULL DEFAULT FALSE,
    updated_by      VARCHAR(200),
    updated_at      TIMESTAMP WITH TIME ZONE
);

CREATE TABLE programme (
    id              VARCHAR(120) PRIMARY KEY,
    name            VARCHAR(500) NOT NULL,
    name_key        VARCHAR(500) GENERATED ALWAYS AS (LOWER(TRIM(name))),
    organization_id VARCHAR(120) NOT NULL REFERENCES organization (id),
    country_code    VARCHAR(8) REFERENCES country (code),
    modality        VARCHAR(40),
    target          VARCHAR(200),
    indication      VARCHAR(1000),
    stage           VARCHAR(30),
    status_text     VARCHAR(1000),
    description     VARCHAR(4000),
    origin          VARCHAR(10) NOT NULL DEFAULT 'BUNDLED',
    user_edited     BOOLEAN NOT NULL DEFAULT FALSE,
    updated_by      VARCHAR(200),
    updated_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT programme_unique_per_organization UNIQUE (organization_id, name_key)
);

CREATE TABLE programme_partner (
    programme_id    VARCHAR(120) NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    organization_id VARCHAR(120) NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    PRIMARY KEY (programme_id, organization_id)
);

CREATE TABLE collaboration_event (
    id              VARCHAR(120) PRIMARY KEY,
    event_type      VARCHAR(40) NOT NULL,
    title           VARCHAR(1000) NOT NULL,
    occurred_on     DATE,
    occurred_precision VARCHAR(5),
    ended_on        DATE,
    ended_precision VARCHAR(5),
    deal_value      DECIMAL(20, 2),
    currency        VARCHAR(10),
    place           VARCHAR(500),
    description     VARCHAR(8000),
    parent_event_id VARCHAR(120) REFERENCES collaboration_event (id) ON DELETE SET NULL,
    origin          VARCHAR(10) NOT NULL DEFAULT 'BUNDLED',
    user_edited     BOOLEAN NOT NULL DEFAULT FALSE,
    updated_by      VARCHAR(200),
    updated_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX collaboration_event_date ON collaboration_event (occurred_on);

CREATE TABLE event_participant (
    event_id        VARCHAR(120) NOT NULL REFERENCES collaboration_event (id) ON DELETE CASCADE,
    organization_id VARCHAR(120) NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    participant_role VARCHAR(200),
    position        INT NOT NULL,
    PRIMARY KEY (event_id, organization_id)
);

CREATE TABLE event_country (
    event_id     VARCHAR(120) NOT NULL REFERENCES collaboration_event (id) ON DELETE CASCADE,
    country_code VARCHAR(8) NOT NULL REFERENCES country (code),
    position     INT NOT NULL,
    PRIMARY KEY (event_id, country_code)
);

CREATE TABLE person (
    id              VARCHAR(120) PRIMARY KEY,
    name            VARCHAR(300) NOT NULL,
    local_name      VARCHAR(300),
    honorifics      VARCHAR(100),
    person_role     VARCHAR(1000),
    organization_id VARCHAR(120) REFERENCES organization (id) ON DELETE SET NULL,
    country_code    VARCHAR(8) REFERENCES country (code),
    origin          VARCHAR(10) NOT NULL DEFAULT 'BUNDLED',
    user_edited     BOOLEAN NOT NULL DEFAULT FALSE,
    updated_by      VARCHAR(200),
    updated_at      TIMESTAMP WITH TIME ZONE
);

CREATE TABLE person_event (
    person_id VARCHAR(120) NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    event_id  VARCHAR(120) NOT NULL REFERENCES collaboration_event (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    PRIMARY KEY (person_id, event_id)
);

-- A citation supports one fact: subject_type names its table, subject_id its row.
CREATE TABLE citation (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    subject_type VARCHAR(30) NOT NULL,
    subject_id   VARCHAR(120) NOT NULL,
    source_id    VARCHAR(120) NOT NULL REFERENCES source (id),
    quote        VARCHAR(8000) NOT NULL,
    position     INT NOT NULL
);

CREATE INDEX citation_subject ON citation (subject_type, subject_id);

-- Bundled records the analyst deleted: a dataset upgrade must not bring them back.
CREATE TABLE deleted_bundled_record (
    subject_type VARCHAR(30) NOT NULL,
    subject_id   VARCHAR(120) NOT NULL,
    deleted_by   VARCHAR(200),
    deleted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subject_type, subject_id)
);
