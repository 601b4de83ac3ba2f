package org.centralino.web;

import org.centralino.core.rights.AdminScope;

/** A delegated administration scope: extensions NONE, OWN, GROUPS or ALL, and the system areas. */
record ScopeJson(String extensions, boolean trunks, boolean system, boolean reports, boolean recordings) {
    static ScopeJson of(AdminScope s) {
        return new ScopeJson(s.extensions().name(), s.trunks(), s.system(), s.reports(), s.recordings());
    }
}
