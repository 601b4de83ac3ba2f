package org.centralino.core.event;

/**
 * An event meant for the browsers: published on the {@link EventBus} after the change is committed, numbered
 * and sent on {@code /api/v1/events} to every connected user the {@link #audience()} admits.
 */
public interface StreamEvent {
    /** A dotted name such as {@code presence.changed} or {@code phonebook.changed}: the wire {@code type}. */
    String type();

    /** The payload, a record the JSON mapper writes as an object. */
    Object data();

    /** Who may receive it. */
    Audience audience();
}
