package org.centralino.core.phonebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.directory.InMemoryExtensionStore;
import org.centralino.core.directory.NewExtension;
import org.centralino.core.event.EventBus;
import org.centralino.core.rights.Visibility;
import org.centralino.core.secret.SecretGenerator;
import org.junit.jupiter.api.Test;

/** The call history names callers through the phonebooks, each viewer with their own private contacts. */
class PhonebookCallerNamesTest {
    @Test
    void namesAndNumbersComeFromThePhonebooksAsTheViewerSeesThem() {
        EventBus events = new EventBus();
        ExtensionService extensions = new ExtensionService(new InMemoryExtensionStore(), "pbx", Clock.systemUTC(),
            new SecretGenerator(new SecureRandom()), events);
        extensions.create(new NewExtension("1001", "Nicolò Bianchi", null, null, "sip-password-1", null, null, null));
        Phonebooks books = Phonebooks.create(new InMemoryContactStore(), extensions, Visibility.roleBased(),
            PresenceLookup.NONE, events, Clock.systemUTC(), PhoneNumbers.italy());
        UserAccount anna = UserAccount.of("anna", Role.USER, "hash", Instant.EPOCH);
        UserAccount bruno = UserAccount.of("bruno", Role.USER, "hash", Instant.EPOCH);
        books.service().create(Book.PERSONAL, "private", new ContactFields("Zia", "Pina", null, null, null, null,
            "+39 347 111 2222", null, null, null), anna);
        PhonebookCallerNames names = new PhonebookCallerNames(books, PhoneNumbers.italy());

        assertThat(names.nameOf(anna, "00393471112222")).contains("Zia Pina");
        assertThat(names.nameOf(bruno, "00393471112222")).as("anna's private contact").isEmpty();
        assertThat(names.nameOf(bruno, "1001")).contains("Nicolò Bianchi");
        assertThat(names.numbersNamed(anna, "pina", 10)).containsExactly("+393471112222", "3471112222");
        assertThat(names.numbersNamed(bruno, "pina", 10)).isEmpty();
        assertThat(names.numbersNamed(bruno, "nicolo", 10)).containsExactly("1001");
    }
}
