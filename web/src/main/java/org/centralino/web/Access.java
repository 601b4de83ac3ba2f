package org.centralino.web;

import io.javalin.security.RouteRole;

/** Who may call a route; checked by {@link Authenticator} before the handler runs. */
enum Access implements RouteRole {
    /** No token needed: login and the OpenAPI document. */
    PUBLIC,
    /** A live session or token of any account; the route checks finer rights itself. */
    AUTHENTICATED,
    /** A live session or token of an ADMIN account. */
    ADMIN,
    /** ADMIN, or a delegated administrator with the {@code reports} right (seed 002: call reports). */
    REPORTS,
    /** ADMIN, or a delegated administrator with the {@code system} right (seed 002: general system settings). */
    SYSTEM
}
