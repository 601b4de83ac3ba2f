package org.centralino.core.directory;

/** What changed in the directory; published on the event bus after the change is committed. */
public sealed interface DirectoryEvent {
    /** An extension was created or changed; {@code extension} is its new state. */
    record ExtensionSaved(Extension extension) implements DirectoryEvent {
    }

    record ExtensionDeleted(String number) implements DirectoryEvent {
    }
}
