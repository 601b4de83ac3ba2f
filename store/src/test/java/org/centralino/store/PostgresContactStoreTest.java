package org.centralino.store;

/** Runs only when CENTRALINO_TEST_PG_URL names a PostgreSQL database; skipped otherwise. */
class PostgresContactStoreTest extends ContactStoreContract {
    @Override
    protected TestDatabase newTestDatabase() {
        return TestDatabase.postgres();
    }
}
