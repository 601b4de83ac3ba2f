package org.centralino.web;

import io.javalin.config.RoutesConfig;
import org.centralino.core.phonebook.Phonebooks;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every phonebook route (issue 5 slice D). Without phonebooks wired in, the routes exist (the API is the same on
 * every build) and answer 503.
 */
final class PhonebookRoutes {
    private final Phonebooks phonebooks;
    private final ContactRoutes contacts;
    private final PhonebookSearchRoutes search;
    private final PhonebookCsvRoutes csv;

    /** @param phonebooks null when the phonebooks are not wired in */
    PhonebookRoutes(Phonebooks phonebooks, JsonMapper mapper, Auditor audit) {
        this.phonebooks = phonebooks;
        this.contacts = new ContactRoutes(phonebooks == null ? null : phonebooks.service(), mapper, audit);
        this.search = new PhonebookSearchRoutes(phonebooks == null ? null : phonebooks.search(),
            phonebooks == null ? null : phonebooks.lookup());
        this.csv = new PhonebookCsvRoutes(phonebooks == null ? null : phonebooks.transfer(), audit);
    }

    void register(RoutesConfig routes) {
        if (phonebooks == null) {
            for (String path : new String[] {PhonebookSearchRoutes.BASE + "/*", ContactRoutes.CONTACTS,
                ContactRoutes.CONTACTS + "/*"}) {
                routes.before(path, ctx -> {
                    throw new ApiException(503, "unavailable", "the phonebooks are not enabled on this server");
                });
            }
        }
        csv.register(routes); // before the /{id} routes: "export.csv" is no contact id
        search.register(routes);
        contacts.register(routes);
    }
}
