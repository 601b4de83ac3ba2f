package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.centralino.core.phonebook.Contact;
import org.centralino.core.phonebook.ContactCursor;
import org.centralino.core.phonebook.ContactFields;
import org.centralino.core.phonebook.ContactVisibility;
import org.centralino.core.phonebook.PhoneNumbers;
import org.jdbi.v3.core.statement.SqlStatement;

/** The SQL of the {@code contact} table and the mapping between its rows and {@link Contact}. */
final class ContactRows {
    static final String COLUMNS = "id, owner, visibility, first_name, last_name, company, department, title, "
        + "work_phone, mobile_phone, home_phone, work_norm, mobile_norm, home_norm, email, notes, sort_key, version, "
        + "created_at, updated_at, change_seq";
    static final String SELECT = "SELECT " + COLUMNS + " FROM contact";
    static final String INSERT = "INSERT INTO contact (" + COLUMNS + ") VALUES (:id, :owner, :visibility, "
        + ":firstName, :lastName, :company, :department, :title, :workPhone, :mobilePhone, :homePhone, :workNorm, "
        + ":mobileNorm, :homeNorm, :email, :notes, :sortKey, :version, :createdAt, :updatedAt, :seq)";
    /** Compare-and-set on the version the caller read. */
    static final String UPDATE = "UPDATE contact SET visibility = :visibility, first_name = :firstName, "
        + "last_name = :lastName, company = :company, department = :department, title = :title, "
        + "work_phone = :workPhone, mobile_phone = :mobilePhone, home_phone = :homePhone, work_norm = :workNorm, "
        + "mobile_norm = :mobileNorm, home_norm = :homeNorm, email = :email, notes = :notes, sort_key = :sortKey, "
        + "version = :version + 1, updated_at = :updatedAt, change_seq = :seq WHERE id = :id AND version = :version";

    private ContactRows() {
    }

    static <S extends SqlStatement<S>> S bind(S s, Contact c, long seq) {
        ContactFields f = c.fields();
        return s.bind("id", c.id()).bind("owner", c.owner()).bind("visibility", c.visibility().wire())
            .bind("firstName", f.firstName()).bind("lastName", f.lastName()).bind("company", f.company())
            .bind("department", f.department()).bind("title", f.title()).bind("workPhone", f.workPhone())
            .bind("mobilePhone", f.mobilePhone()).bind("homePhone", f.homePhone())
            .bind("workNorm", norm(f.workPhone())).bind("mobileNorm", norm(f.mobilePhone()))
            .bind("homeNorm", norm(f.homePhone())).bind("email", f.email()).bind("notes", f.notes())
            .bind("sortKey", ContactCursor.sortKey(f)).bind("version", c.version())
            .bind("createdAt", c.createdAt().toEpochMilli()).bind("updatedAt", c.updatedAt().toEpochMilli())
            .bind("seq", seq);
    }

    private static String norm(String number) {
        return number == null ? null : PhoneNumbers.normalise(number).orElse(null);
    }

    static Contact row(ResultSet rs) throws SQLException {
        String vis = rs.getString("visibility");
        ContactVisibility visibility = ContactVisibility.parse(vis).orElseThrow(() -> new IllegalStateException(
            "contact " + safe(rs) + " has unknown visibility '" + vis + "' in the database"));
        ContactFields f = new ContactFields(rs.getString("first_name"), rs.getString("last_name"),
            rs.getString("company"), rs.getString("department"), rs.getString("title"), rs.getString("work_phone"),
            rs.getString("mobile_phone"), rs.getString("home_phone"), rs.getString("email"), rs.getString("notes"));
        return new Contact(rs.getString("id"), rs.getString("owner"), visibility, f, rs.getLong("version"),
            Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private static String safe(ResultSet rs) {
        try {
            return rs.getString("id");
        } catch (SQLException e) {
            return "?";
        }
    }
}
