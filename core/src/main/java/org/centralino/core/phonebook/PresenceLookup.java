package org.centralino.core.phonebook;

/**
 * The live state of an extension ({@code available}, {@code ringing}, {@code busy}, {@code dnd}, {@code offline}) as
 * the presence service knows it, for the Internal phonebook. The presence service (issue 5 slice C) provides it;
 * {@link #NONE} leaves the state out.
 */
@FunctionalInterface
public interface PresenceLookup {
    PresenceLookup NONE = extension -> null;

    /** The state of {@code extension}, or null when unknown. */
    String stateOf(String extension);
}
