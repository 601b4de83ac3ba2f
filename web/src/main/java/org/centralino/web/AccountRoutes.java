package org.centralino.web;

import io.javalin.config.RoutesConfig;
import tools.jackson.databind.json.JsonMapper;

/** The routes of accounts and rights, registered together: me, users, scopes, groups and the audit log. */
final class AccountRoutes {
    private final MeRoutes me;
    private final UserRoutes users;
    private final ScopeRoutes scopes;
    private final GroupRoutes groups;
    private final AuditRoutes audit;

    AccountRoutes(AccountServices services, JsonMapper mapper, Auditor auditor) {
        this.me = new MeRoutes(services, mapper, auditor);
        this.users = new UserRoutes(services, mapper, auditor);
        this.scopes = new ScopeRoutes(services, mapper, auditor);
        this.groups = new GroupRoutes(services, mapper, auditor);
        this.audit = new AuditRoutes(services, mapper);
    }

    void register(RoutesConfig routes) {
        me.register(routes);
        users.register(routes);
        scopes.register(routes);
        groups.register(routes);
        audit.register(routes);
    }
}
