package org.centralino.core.phonebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.centralino.core.phonebook.csv.CsvRecord;
import org.centralino.core.phonebook.csv.CsvWriter;

/**
 * The CSV columns of a phonebook: {@code id} (empty for a new contact; an exported file imported again updates
 * instead of duplicating), {@code visibility} (personal phonebook only), then the contact's fields under their API
 * names. The header is required; its names are matched ignoring case, in any order; absent columns are empty.
 */
final class ContactCsv {
    static final List<String> FIELDS = List.of("firstName", "lastName", "company", "department", "title", "workPhone",
        "mobilePhone", "homePhone", "email", "notes");

    private ContactCsv() {
    }

    static List<String> header(Book book) {
        List<String> h = new ArrayList<>();
        h.add("id");
        if (book == Book.PERSONAL) {
            h.add("visibility");
        }
        h.addAll(FIELDS);
        return h;
    }

    static String export(Book book, List<Contact> contacts) {
        CsvWriter w = new CsvWriter().record(header(book));
        for (Contact c : contacts) {
            ContactFields f = c.fields();
            List<String> row = new ArrayList<>();
            row.add(c.id());
            if (book == Book.PERSONAL) {
                row.add(c.visibility().wire());
            }
            row.addAll(java.util.Arrays.asList(f.firstName(), f.lastName(), f.company(), f.department(), f.title(),
                f.workPhone(), f.mobilePhone(), f.homePhone(), f.email(), f.notes()));
            w.record(row);
        }
        return w.toString();
    }

    /** Column name (as in {@link #header}) → position; throws naming unknown and repeated columns. */
    static Map<String, Integer> columns(Book book, CsvRecord header) {
        Map<String, String> known = new HashMap<>();
        header(book).forEach(name -> known.put(name.toLowerCase(Locale.ROOT), name));
        Map<String, Integer> out = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String raw = header.fields().get(i).strip();
            String name = known.get(raw.toLowerCase(Locale.ROOT));
            if (name == null) {
                problems.add("unknown column '" + shorten(raw) + "'");
            } else if (out.putIfAbsent(name, i) != null) {
                problems.add("column '" + name + "' appears twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the header (line " + header.line() + ") is wrong: "
                + String.join("; ", problems) + "; the columns are " + String.join(",", header(book)));
        }
        if (FIELDS.stream().noneMatch(out::containsKey)) {
            throw new IllegalArgumentException("the header (line " + header.line() + ") names no contact field; "
                + "the columns are " + String.join(",", header(book)));
        }
        return out;
    }

    /** The value of {@code column} in {@code row}, or null when the column or the cell is absent or empty. */
    static String cell(CsvRecord row, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= row.fields().size()) {
            return null;
        }
        String v = row.fields().get(i);
        return v.isEmpty() ? null : v;
    }

    static ContactFields fields(CsvRecord row, Map<String, Integer> c) {
        return new ContactFields(cell(row, c, "firstName"), cell(row, c, "lastName"), cell(row, c, "company"),
            cell(row, c, "department"), cell(row, c, "title"), cell(row, c, "workPhone"), cell(row, c, "mobilePhone"),
            cell(row, c, "homePhone"), cell(row, c, "email"), cell(row, c, "notes"));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
