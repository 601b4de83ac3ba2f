package org.centralino.media.mix;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.centralino.media.audio.FrameQueue;

/**
 * A conference room: one {@link Mixer} ticked by the conferences' media clock, whose members are calls ticked by
 * their own media threads. Each member is linked to the mixer by two small frame queues (its voice in, its mix
 * out), so neither clock waits for the other; the queues hold {@value #QUEUE_FRAMES} frames, which bounds the
 * delay they add (and absorbs the phase between the two clocks).
 */
public final class Conference {
    /** Frames between a member and the mixer, each way: 80 ms at most. */
    static final int QUEUE_FRAMES = 4;

    private final String name;
    private final Mixer mixer;
    /**
     * The members joined and not left. Counted here, not by the mixer: the mixer lets a party go only at its next
     * tick, so its count still holds a member who has just left, and a room whose last member left would look
     * occupied and never close.
     */
    private final Set<MixerParty> members = ConcurrentHashMap.newKeySet();

    Conference(String name) {
        this.name = name;
        this.mixer = new Mixer("conference-" + name);
    }

    public String name() {
        return name;
    }

    Mixer mixer() {
        return mixer;
    }

    /** Members now: those joined, including any still waiting for the next tick, less those who left. */
    public int size() {
        return members.size();
    }

    /** A new member: feed its voice to {@link Member#voice()} and play it {@link Member#mix()}. */
    Member join(String label) {
        FrameQueue voice = new FrameQueue(QUEUE_FRAMES);
        FrameQueue mix = new FrameQueue(QUEUE_FRAMES);
        MixerParty party = mixer.add(label, voice, mix);
        members.add(party);
        return new Member(this, party, voice, mix);
    }

    /** The member leaves: out of the mix from the next tick. Leaving twice is harmless. */
    void leave(Member member) {
        if (members.remove(member.party())) {
            mixer.remove(member.party());
        }
    }

    /**
     * One member of a conference.
     *
     * @param party its place in the mixer (mute, listen-only, whisper)
     * @param voice where its call puts what its phone says (an AudioSink on the call's media thread)
     * @param mix   what its phone must hear (an AudioSource for the call's media thread)
     */
    public record Member(Conference conference, MixerParty party, FrameQueue voice, FrameQueue mix) {
    }
}
