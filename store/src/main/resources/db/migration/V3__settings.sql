-- System settings that must survive restarts (e.g. the SIP realm every stored HA1 depends on).
CREATE TABLE setting (
    name  VARCHAR(100)  NOT NULL PRIMARY KEY,
    value VARCHAR(1000) NOT NULL
);
