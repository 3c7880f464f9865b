-- Issue #14: the briefing names the registry files its trial counts come from, with their data dates. An export does
-- not state when it was taken from the registry; the file's last-modified time when it was imported (when it was
-- saved from the registry) is kept instead. NULL for files imported before this version.
ALTER TABLE trial_import ADD COLUMN file_date TIMESTAMP WITH TIME ZONE;
