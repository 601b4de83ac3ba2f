package org.centralino.sip.dialog;

import java.util.List;

/**
 * The outcome of one event: the next state, the data changes to make, and {@code ignored}: why the event was
 * not legal in the state it arrived in (null for a legal transition; the dialog logs it and changes nothing).
 */
public record DialogTransition(DialogState state, List<DialogEffect> effects, String ignored) {
    public DialogTransition {
        effects = List.copyOf(effects);
    }

    static DialogTransition to(DialogState state, List<DialogEffect> effects) {
        return new DialogTransition(state, effects, null);
    }

    static DialogTransition to(DialogState state) {
        return new DialogTransition(state, List.of(), null);
    }

    static DialogTransition illegal(DialogState state, String why) {
        return new DialogTransition(state, List.of(), why);
    }
}
