package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.web.PortalFixture.code;

import java.util.List;
import java.util.Set;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;
import org.centralino.core.rights.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may read and change which extension's forwarding: its owner, and whoever {@link Visibility#canManageExtension}
 * allows. The delegated administrator here stands in for slice A's scopes: "delegate" manages 1002 only.
 */
class ForwardingAccessTest extends WebTestBase {
    static final String ONE = "/api/v1/extensions/1001/forwarding";
    static final String TWO = "/api/v1/extensions/1002/forwarding";
    static final String THREE = "/api/v1/extensions/1003/forwarding";
    static final String ME = "/api/v1/me/forwarding";

    PortalFixture fixture;
    Api anna;

    @Override
    Visibility visibility() {
        Visibility roles = Visibility.roleBased();
        return new Visibility() {
            @Override
            public boolean canSeePresence(UserAccount viewer, String extension) {
                return roles.canSeePresence(viewer, extension);
            }

            @Override
            public boolean canSeeCalls(UserAccount viewer, String extension) {
                return roles.canSeeCalls(viewer, extension);
            }

            @Override
            public boolean canManageExtension(UserAccount viewer, String extension) {
                return roles.canManageExtension(viewer, extension)
                    || viewer.username().equals("delegate") && Set.of("1002").contains(extension);
            }

            @Override
            public boolean canManageSharedPhonebook(UserAccount viewer) {
                return roles.canManageSharedPhonebook(viewer);
            }
        };
    }

    @BeforeEach
    void users() {
        fixture = new PortalFixture(server);
        fixture.extension("1001", "Anna Rossi", null);
        fixture.extension("1002", "Bruno Verdi", null);
        fixture.extension("1003", "Carla Neri", null);
        anna = fixture.user("anna", Role.USER, "1001");
    }

    @Test
    void withoutATokenEveryRouteIs401() {
        Api nobody = server.api();
        for (String path : List.of(ONE, ME)) {
            assertThat(nobody.get(path).status()).isEqualTo(401);
            assertThat(nobody.send("PATCH", path, "{\"dnd\":true}").status()).isEqualTo(401);
        }
    }

    @Test
    void theOwnerReadsAndChangesItByNumberToo() {
        assertThat(anna.get(ONE).status()).isEqualTo(200);
        assertThat(anna.send("PATCH", ONE, "{\"dnd\":true}").status()).isEqualTo(200);
        assertThat(anna.get(ME).json().get("dnd").booleanValue()).isTrue();
    }

    @Test
    void aUserCannotReadOrChangeAnotherUsersForwarding() {
        fixture.user("bruno", Role.USER, "1002");
        Api.Resp read = anna.get(TWO);
        assertThat(read.status()).as(read.toString()).isEqualTo(403);
        assertThat(code(read)).isEqualTo("forbidden");
        assertThat(read.json().get("message").stringValue()).contains("your own extension only (1001)");
        Api.Resp write = anna.send("PATCH", TWO, "{\"dnd\":true}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(server.forwarding.settings("1002").dnd()).as("unchanged").isFalse();
        assertThat(anna.get("/api/v1/extensions/1999/forwarding").status())
            .as("an unknown extension is not told apart from another's").isEqualTo(403);
    }

    @Test
    void anOperatorSeesPresenceButDoesNotManageOthersForwarding() {
        Api olga = fixture.user("olga", Role.OPERATOR, "1003");
        assertThat(olga.get(ONE).status()).isEqualTo(403);
        assertThat(olga.send("PATCH", ONE, "{\"dnd\":true}").status()).isEqualTo(403);
        assertThat(olga.send("PATCH", THREE, "{\"dnd\":true}").status()).as("her own").isEqualTo(200);
    }

    @Test
    void aDelegatedAdministratorManagesOnlyTheExtensionsInScope() {
        Api delegate = fixture.user("delegate", Role.USER, null);
        assertThat(delegate.get(TWO).status()).isEqualTo(200);
        Api.Resp changed = delegate.send("PATCH", TWO, "{\"busy\":{\"enabled\":true,\"target\":{\"type\":"
            + "\"voicemail\"}}}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(server.forwarding.settings("1002").busy().enabled()).isTrue();
        assertThat(delegate.get(THREE).status()).isEqualTo(403);
        assertThat(delegate.send("PATCH", THREE, "{\"dnd\":true}").status()).isEqualTo(403);
    }

    @Test
    void anAdministratorManagesEveryExtension() {
        api.login();
        assertThat(api.send("PATCH", ONE, "{\"dnd\":true}").status()).isEqualTo(200);
        assertThat(api.get(THREE).status()).isEqualTo(200);
        assertThat(anna.get(ME).json().get("dnd").booleanValue()).as("the owner sees the admin's change").isTrue();
    }

    @Test
    void meWithoutAnExtensionIs422() {
        Api pat = fixture.user("pat", Role.PHONEBOOK_MANAGER, null);
        Api.Resp read = pat.get(ME);
        assertThat(read.status()).as(read.toString()).isEqualTo(422);
        assertThat(code(read)).isEqualTo("no_extension");
        assertThat(read.json().get("message").stringValue()).contains("owns no extension");
        assertThat(pat.send("PATCH", ME, "{\"dnd\":true}").status()).isEqualTo(422);
        api.login();
        assertThat(api.get(ME).status()).as("the bootstrap admin owns none either").isEqualTo(422);
    }
}
