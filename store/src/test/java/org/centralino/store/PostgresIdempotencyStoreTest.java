package org.centralino.store;

/** Runs only when CENTRALINO_TEST_PG_URL names a PostgreSQL database; skipped otherwise. */
class PostgresIdempotencyStoreTest extends IdempotencyStoreContract {
    @Override
    protected TestDatabase newTestDatabase() {
        return TestDatabase.postgres();
    }
}
