-- Title search folds case in Java (every alphabet, not only ASCII), so both databases find "échec" in "ÉCHEC".
ALTER TABLE incidents ADD COLUMN title_search VARCHAR(300);
UPDATE incidents SET title_search = LOWER(title);
