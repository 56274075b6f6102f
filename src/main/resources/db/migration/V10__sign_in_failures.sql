-- Failed sign-ins (and wrong current passwords) of the last few minutes, by account name and address, so that
-- every node counts the same guesses and the command line can clear an account's count. Rows older than the
-- throttle's window are deleted as new attempts arrive.
CREATE TABLE sign_in_failures (
    account   VARCHAR(100) NOT NULL,
    address   VARCHAR(64)  NOT NULL,
    failed_at BIGINT       NOT NULL
);

CREATE INDEX sign_in_failures_by_pair ON sign_in_failures (account, address, failed_at);
CREATE INDEX sign_in_failures_by_address ON sign_in_failures (address, failed_at);
