package org.centralino.core.rights;

/**
 * What a group role allows inside its group (seed 002, "Diritti"). The SEE_* rights are the viewer's side, the
 * SHOW_* rights the side of the extension being looked at: a member's presence is visible to another member only
 * when the viewer's role has {@link #SEE_MEMBERS} and the target's role has {@link #SHOW_PRESENCE}.
 */
public enum GroupRight {
    /** See the group's members and their presence. */
    SEE_MEMBERS,
    /** See the calls of the group's members. */
    SEE_CALLS,
    /** Show one's presence to the group's members. */
    SHOW_PRESENCE,
    /** Show one's calls to the group's members. */
    SHOW_CALLS,
    /** Divert, transfer and pick up any active call of the group's members. */
    OPERATE_CALLS,
    /** Barge in, listen or whisper on the calls of the group's members. */
    BARGE,
    /** Talk to other extensions in intercom mode. */
    INTERCOM,
    /** Park calls so that others can pick them up. */
    PARK,
    /** Control the IVR. */
    IVR_CONTROL,
    /** Add, change and delete contacts of the company (shared) phonebook. */
    MANAGE_PHONEBOOK
}
