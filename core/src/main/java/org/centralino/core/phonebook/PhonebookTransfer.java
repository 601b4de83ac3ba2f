package org.centralino.core.phonebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.centralino.core.account.UserAccount;
import org.centralino.core.phonebook.csv.CsvFormatException;
import org.centralino.core.phonebook.csv.CsvReader;
import org.centralino.core.phonebook.csv.CsvRecord;
import org.centralino.core.validation.ValidationException;
import org.centralino.core.validation.Violations;

/**
 * CSV import (with a preview that writes nothing) and CSV and vCard export of the shared phonebook or of the
 * user's own personal contacts. An import writes its valid rows in one transaction and reports the others by line
 * and field; one {@code phonebook.changed} event tells the browsers, whatever the number of rows.
 */
public final class PhonebookTransfer {
    /** The largest import: a big company phonebook, in one transaction. */
    public static final int MAX_ROWS = 50_000;

    private final PhonebookService service;
    private final ContactIndex index;

    public PhonebookTransfer(PhonebookService service, ContactIndex index) {
        this.service = Objects.requireNonNull(service, "service");
        this.index = Objects.requireNonNull(index, "index");
    }

    /** The contacts an export of {@code book} holds for {@code viewer}: the shared ones, or the viewer's own. */
    public List<Contact> contacts(Book book, UserAccount viewer) {
        IndexSnapshot s = index.current();
        IndexedContact[] list = (book == Book.SHARED ? s.shared() : s.ownedBy(viewer.username())).entries();
        return Arrays.stream(list).map(IndexedContact::contact).toList();
    }

    public String exportCsv(Book book, UserAccount viewer) {
        return ContactCsv.export(book, contacts(book, viewer));
    }

    public String exportVCard(Book book, UserAccount viewer) {
        return VCardWriter.write(contacts(book, viewer));
    }

    /**
     * Checks every row of {@code csv}; unless {@code dryRun}, writes the valid ones.
     *
     * @throws ContactForbiddenException when the viewer may not write {@code book}
     * @throws ValidationException       (field {@code csv}) when the text is not CSV, the header is wrong or there
     *                                   are more than {@value #MAX_ROWS} rows
     */
    public ImportReport importCsv(Book book, String csv, boolean dryRun, UserAccount viewer) {
        service.requireMayWriteBook(book, viewer);
        List<CsvRecord> records = parse(csv);
        Map<String, Integer> columns;
        try {
            columns = ContactCsv.columns(book, records.getFirst());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(Map.of("csv", e.getMessage()));
        }
        IdTable existing = index.current().byId();
        Instant now = service.now();
        Set<String> seen = new HashSet<>();
        List<Planned> plan = new ArrayList<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            if (!r.isBlank()) {
                plan.add(planRow(book, r, columns, existing, seen, viewer, now));
            }
        }
        if (plan.size() > MAX_ROWS) {
            throw new ValidationException(Map.of("csv", "has " + plan.size() + " rows; at most " + MAX_ROWS
                + " are imported at once"));
        }
        return dryRun ? report(true, plan, Set.of()) : commit(book, plan, viewer);
    }

    private static List<CsvRecord> parse(String csv) {
        try {
            List<CsvRecord> records = CsvReader.read(csv, CsvReader.detectDelimiter(csv));
            if (records.isEmpty() || records.getFirst().isBlank()) {
                throw new ValidationException(Map.of("csv", "is empty; the first line must be the header"));
            }
            return records;
        } catch (CsvFormatException e) {
            throw new ValidationException(Map.of("csv", "is not valid CSV (RFC 4180): " + e.getMessage()));
        }
    }

    /** A row's contact to write, or its errors. */
    private record Planned(int line, Contact contact, boolean update, List<ImportReport.FieldError> errors) {
    }

    private Planned planRow(Book book, CsvRecord r, Map<String, Integer> columns, IdTable existing,
                            Set<String> seen, UserAccount viewer, Instant now) {
        Violations bad = new Violations();
        int width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (r.fields().size() > width) {
            bad.add("csv", "has " + r.fields().size() + " fields, the header " + width);
        }
        String id = ContactCsv.cell(r, columns, "id");
        ContactVisibility vis = PhonebookService.visibility(book, ContactCsv.cell(r, columns, "visibility"), bad);
        ContactFields fields = ContactRules.check(ContactCsv.fields(r, columns), bad);
        Contact old = null;
        if (id != null) {
            IndexedContact found = existing.get(id.strip());
            old = found == null ? null : found.contact();
            if (!seen.add(id.strip())) {
                bad.add("id", "appears on an earlier line too");
            } else if (old == null || old.book() != book
                || book == Book.PERSONAL && !old.owner().equals(viewer.username())) {
                bad.add("id", "no contact " + id.strip() + " in " + (book == Book.SHARED ? "the shared phonebook"
                    : "your personal contacts") + "; leave the id empty to create a new contact");
            }
        }
        List<ImportReport.FieldError> errors = errors(bad);
        if (!errors.isEmpty()) {
            return new Planned(r.line(), null, id != null, errors);
        }
        Contact c = old != null ? old.with(vis, fields, now)
            : new Contact(service.ids().get(), viewer.username(), vis, fields, 1, now, now);
        return new Planned(r.line(), c, old != null, List.of());
    }

    private static List<ImportReport.FieldError> errors(Violations bad) {
        try {
            bad.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.fields().entrySet().stream().map(f -> new ImportReport.FieldError(f.getKey(), f.getValue()))
                .toList();
        }
    }

    private ImportReport commit(Book book, List<Planned> plan, UserAccount viewer) {
        List<Contact> creates = new ArrayList<>();
        List<Contact> updates = new ArrayList<>();
        for (Planned p : plan) {
            if (p.errors().isEmpty()) {
                (p.update() ? updates : creates).add(p.contact());
            }
        }
        Set<String> lost = creates.isEmpty() && updates.isEmpty() ? Set.of()
            : service.store().saveAll(creates, updates);
        ImportReport report = report(false, plan, lost);
        if (report.created() + report.updated() > 0) {
            service.events().publish(PhonebookChanged.imported(book, viewer.username(),
                report.created() + report.updated()));
        }
        return report;
    }

    private static ImportReport report(boolean dryRun, List<Planned> plan, Set<String> lost) {
        List<ImportReport.Row> rows = new ArrayList<>(plan.size());
        int created = 0;
        int updated = 0;
        int failed = 0;
        for (Planned p : plan) {
            String action = p.update() ? "update" : "create";
            List<ImportReport.FieldError> errors = p.errors();
            if (errors.isEmpty() && p.contact() != null && lost.contains(p.contact().id())) {
                errors = List.of(new ImportReport.FieldError("id", "the contact was changed or deleted during the "
                    + "import; import this row again"));
            }
            if (!errors.isEmpty()) {
                failed++;
            } else if (!dryRun) {
                created += p.update() ? 0 : 1;
                updated += p.update() ? 1 : 0;
            }
            String id = p.contact() == null || (dryRun && !p.update()) ? null : p.contact().id();
            rows.add(new ImportReport.Row(p.line(), id, action, errors));
        }
        if (dryRun) {
            created = (int) plan.stream().filter(p -> p.errors().isEmpty() && !p.update()).count();
            updated = (int) plan.stream().filter(p -> p.errors().isEmpty() && p.update()).count();
        }
        return new ImportReport(dryRun, rows, created, updated, failed);
    }
}
