package org.centralino.core.event;

import java.util.Objects;

/** Who may receive a {@link StreamEvent}; the event stream asks the rights service for the ones about extensions. */
public sealed interface Audience {
    /** Every logged-in user. */
    record Everyone() implements Audience {
    }

    /** Those who may see the presence of extension {@code number}. */
    record ExtensionPresence(String number) implements Audience {
        public ExtensionPresence {
            Objects.requireNonNull(number, "number");
        }
    }

    /** Those who may see the calls of extension {@code number}. */
    record ExtensionCalls(String number) implements Audience {
        public ExtensionCalls {
            Objects.requireNonNull(number, "number");
        }
    }

    /**
     * Those who may change extension {@code number}'s settings: the user who owns it and whoever may manage it. For
     * what only they may read (its forwarding targets are private numbers), where presence would reach every user.
     */
    record ExtensionManagers(String number) implements Audience {
        public ExtensionManagers {
            Objects.requireNonNull(number, "number");
        }
    }

    /** One user only (their personal contacts, their tokens). */
    record User(String username) implements Audience {
        public User {
            Objects.requireNonNull(username, "username");
        }
    }

    /** Administrators only. */
    record Admins() implements Audience {
    }
}
