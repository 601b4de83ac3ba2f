package org.centralino.core.phonebook;

import java.util.Objects;
import org.centralino.core.event.Audience;
import org.centralino.core.event.StreamEvent;

/**
 * {@code phonebook.changed} on the event stream, published after the change is committed: a change to the shared
 * phonebook reaches everyone, a change to a personal contact reaches its owner only (contract of issue 5).
 */
public record PhonebookChanged(Object data, Audience audience) implements StreamEvent {
    public static final String TYPE = "phonebook.changed";

    /** One contact created, updated or deleted: {@code {book, id, action}}. */
    public record ContactChange(String book, String id, String action) {
    }

    /** An import: {@code {book, action:"imported", count}}, one event for the whole import. */
    public record Imported(String book, String action, int count) {
    }

    public PhonebookChanged {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(audience, "audience");
    }

    static PhonebookChanged of(Contact c, String action) {
        return new PhonebookChanged(new ContactChange(c.book().wire(), c.id(), action),
            audienceOf(c.book(), c.owner()));
    }

    static PhonebookChanged imported(Book book, String owner, int count) {
        return new PhonebookChanged(new Imported(book.wire(), "imported", count), audienceOf(book, owner));
    }

    private static Audience audienceOf(Book book, String owner) {
        return book == Book.SHARED ? new Audience.Everyone() : new Audience.User(owner);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
