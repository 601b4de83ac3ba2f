package org.centralino.web;

import io.javalin.security.RouteRole;

/** Who may call a route; checked by {@link BearerAuth} before the handler runs. */
enum Access implements RouteRole {
    /** No token needed: login and the OpenAPI document. */
    PUBLIC,
    /** A valid bearer token of any account (logout). */
    AUTHENTICATED,
    /** A valid bearer token of an ADMIN account. */
    ADMIN
}
