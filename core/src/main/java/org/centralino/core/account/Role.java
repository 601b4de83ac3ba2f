package org.centralino.core.account;

/** What a web account may do. Only administrators exist for now; portal users come with their feature. */
public enum Role {
    /** Full access to the administration API. */
    ADMIN
}
