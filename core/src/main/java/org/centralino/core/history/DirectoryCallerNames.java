package org.centralino.core.history;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.centralino.core.account.UserAccount;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionService;

/** Names from the extension directory: every viewer sees the same names (the Internal phonebook). */
public final class DirectoryCallerNames implements CallerNames {
    private final ExtensionService extensions;

    public DirectoryCallerNames(ExtensionService extensions) {
        this.extensions = Objects.requireNonNull(extensions, "extensions");
    }

    @Override
    public Optional<String> nameOf(UserAccount viewer, String number) {
        return extensions.find(number).map(Extension::name);
    }

    @Override
    public Set<String> numbersNamed(UserAccount viewer, String text, int max) {
        String needle = text.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (Extension e : extensions.list()) {
            if (out.size() >= max) {
                break;
            }
            if (e.name() != null && e.name().toLowerCase(Locale.ROOT).contains(needle)) {
                out.add(e.number());
            }
        }
        return out;
    }
}
