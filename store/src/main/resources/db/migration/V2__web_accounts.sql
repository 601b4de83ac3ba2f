-- Web accounts and their sessions. Timestamps are BIGINT epoch milliseconds (see V1).
CREATE TABLE web_account (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    role          VARCHAR(20)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    BIGINT       NOT NULL
);

-- Only the SHA-256 (hex) of a bearer token is stored: a copy of the database holds no usable token.
CREATE TABLE web_session (
    token_hash CHAR(64)     NOT NULL PRIMARY KEY,
    username   VARCHAR(100) NOT NULL REFERENCES web_account (username) ON DELETE CASCADE,
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL
);

CREATE INDEX web_session_expires_at ON web_session (expires_at);
