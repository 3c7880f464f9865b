-- Facts about this database itself: when it was created, which dataset version it holds.
CREATE TABLE app_metadata (
    meta_key   VARCHAR(100) PRIMARY KEY,
    meta_value VARCHAR(1000) NOT NULL
);

INSERT INTO app_metadata (meta_key, meta_value) VALUES ('created_at', FORMATDATETIME(CURRENT_TIMESTAMP, 'yyyy-MM-dd''T''HH:mm:ssXXX'));
