-- Columns the incident list filters and flags on, copied from the record on every change like the others:
-- how many action items are still open, the earliest due date among them (days since 1970-01-01, so both
-- databases compare it the same way), and the affected services folded to lower case between bars
-- ("|checkout|payments api|") so that a service filter matches whole names only.
-- Rows written before this migration have NULL here; the store fills them in when it opens.
ALTER TABLE incidents ADD COLUMN open_actions INTEGER;
ALTER TABLE incidents ADD COLUMN next_action_due BIGINT;
ALTER TABLE incidents ADD COLUMN services_search VARCHAR(4000);
CREATE INDEX incidents_by_updated_desc ON incidents (updated_at DESC, id DESC);
