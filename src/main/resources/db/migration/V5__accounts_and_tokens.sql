-- Local accounts and API tokens. Passwords are Argon2id hashes (PHC strings); tokens are stored as SHA-256
-- digests (they are long random strings, so a fast digest is enough), never as themselves.
CREATE TABLE users (
    name          VARCHAR(100) NOT NULL PRIMARY KEY,
    role          VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    created_at    BIGINT       NOT NULL
);

CREATE TABLE api_tokens (
    id           VARCHAR(32)  NOT NULL PRIMARY KEY,
    user_name    VARCHAR(100) NOT NULL REFERENCES users (name),
    label        VARCHAR(200) NOT NULL,
    token_digest VARCHAR(64)  NOT NULL UNIQUE,
    created_at   BIGINT       NOT NULL,
    revoked_at   BIGINT
);
