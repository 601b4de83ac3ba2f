package org.centralino.core.presence;

/**
 * Do-not-disturb of {@code extension} was switched on or off (committed). Published by the forwarding settings
 * (F3: phone, portal, console and CTI share one DND state); presence turns it into the {@code dnd} state.
 */
public record DndChanged(String extension, boolean dnd) {
}
