package org.centralino.core.phonebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionService;

/**
 * The Internal phonebook: every extension, from {@link ExtensionService} (which holds them in memory), with the
 * folded words and digits of each prepared once per version of the extension (the cache is keyed by number and
 * checked by identity, so an edited extension is prepared again and a deleted one is dropped).
 */
final class InternalDirectory {
    /** An extension with what search and lookup compare: its number and mobile. */
    record Entry(Extension extension, String[] words, String[] digits, String[] significant) {
        /**
         * Whether {@code significantDigits} is this extension's number (exactly: a 6-digit extension must not take
         * the tail of every outside number) or the same line as its owner's mobile.
         */
        boolean hasLine(String significantDigits) {
            if (extension.number().equals(significantDigits)) {
                return true;
            }
            for (int i = 1; i < significant.length; i++) {
                String s = significant[i];
                if (PhoneNumbers.sameLine(s, significantDigits)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final ExtensionService extensions;
    private final PhoneNumbers plan;
    private final Map<String, Entry> prepared = new ConcurrentHashMap<>();

    InternalDirectory(ExtensionService extensions, PhoneNumbers plan) {
        this.extensions = Objects.requireNonNull(extensions, "extensions");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** Every extension, in number order. */
    List<Entry> entries() {
        List<Extension> all = extensions.list();
        List<Entry> out = new ArrayList<>(all.size());
        for (Extension e : all) {
            Entry cached = prepared.get(e.number());
            if (cached == null || cached.extension() != e) {
                cached = prepare(e);
                prepared.put(e.number(), cached);
            }
            out.add(cached);
        }
        if (prepared.size() > all.size()) {
            prepared.keySet().retainAll(all.stream().map(Extension::number).toList());
        }
        return out;
    }

    private Entry prepare(Extension e) {
        String[] words = NameFolding.words(e.name(), e.number()).toArray(String[]::new);
        List<String> digits = new ArrayList<>(List.of(e.number()));
        List<String> significant = new ArrayList<>(List.of(e.number()));
        if (e.mobile() != null) {
            digits.add(PhoneNumbers.digits(e.mobile()));
            plan.significant(e.mobile()).ifPresent(significant::add);
        }
        return new Entry(e, words, digits.toArray(String[]::new), significant.toArray(String[]::new));
    }
}
