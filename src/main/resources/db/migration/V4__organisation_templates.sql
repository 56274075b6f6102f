-- An organisation's own document templates (Mustache over Markdown), checked when saved.
CREATE TABLE document_templates (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    description VARCHAR(300) NOT NULL,
    source      TEXT         NOT NULL,
    saved_by    VARCHAR(200) NOT NULL,
    saved_at    BIGINT       NOT NULL
);
