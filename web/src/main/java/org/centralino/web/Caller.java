package org.centralino.web;

import io.javalin.http.Context;
import org.centralino.core.account.Authenticated;
import org.centralino.core.account.UserAccount;

/** The user a request was authenticated as (set by {@link Authenticator} before the handler runs). */
final class Caller {
    private Caller() {
    }

    /** The authenticated user; only for routes that are not {@link Access#PUBLIC}. */
    static UserAccount of(Context ctx) {
        return credential(ctx).account();
    }

    /** The user and how it authenticated (session or API token); only for routes that are not PUBLIC. */
    static Authenticated credential(Context ctx) {
        Authenticated who = ctx.attribute(Authenticator.AUTHENTICATED_ATTRIBUTE);
        if (who == null) {
            throw new IllegalStateException("no authenticated user on " + ctx.method() + " " + ctx.path()
                + ": the route must not be PUBLIC");
        }
        return who;
    }
}
