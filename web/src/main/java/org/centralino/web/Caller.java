package org.centralino.web;

import io.javalin.http.Context;
import org.centralino.core.account.UserAccount;

/** The user a request was authenticated as (set by {@link BearerAuth} before the handler runs). */
final class Caller {
    private Caller() {
    }

    /** The authenticated user; only for routes that are not {@link Access#PUBLIC}. */
    static UserAccount of(Context ctx) {
        UserAccount account = ctx.attribute(BearerAuth.ACCOUNT_ATTRIBUTE);
        if (account == null) {
            throw new IllegalStateException("no authenticated user on " + ctx.method() + " " + ctx.path()
                + ": the route must not be PUBLIC");
        }
        return account;
    }
}
