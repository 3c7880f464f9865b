-- Issue #14: the briefing names the registry files its trial counts come from, with their data dates. An export does
-- not state when it was taken from the registry; the file's last-modified time when it was imported (when it was
-- saved from the registry) is kept instead. Imports from before this version have no row here.
CREATE TABLE trial_import_file_date (
    import_id BIGINT PRIMARY KEY REFERENCES trial_import (id) ON DELETE CASCADE,
    file_date TIMESTAMP WITH TIME ZONE NOT NULL
);
