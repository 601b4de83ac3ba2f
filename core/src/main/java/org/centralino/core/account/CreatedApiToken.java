package org.centralino.core.account;

/** A token just made, with its secret: the only moment the secret exists outside the client. */
public record CreatedApiToken(ApiToken token, String secret) {
    @Override
    public String toString() {
        return "CreatedApiToken[id=" + token.id() + ", secret=<hidden>]";
    }
}
