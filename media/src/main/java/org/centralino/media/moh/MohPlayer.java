package org.centralino.media.moh;

import java.util.List;
import org.centralino.media.audio.AudioSource;
import org.centralino.media.audio.Pcm;
import org.centralino.media.prompt.Clip;

/**
 * One listener of a music-on-hold class: plays its clips in order, frame by frame, and starts again after the
 * last, for as long as the call is on hold (it never ends). Allocation-free per frame.
 */
public final class MohPlayer implements AudioSource {
    private final Clip[] clips;
    private final String className;
    private int index;
    private int position;

    public MohPlayer(MohClass moh) {
        List<Clip> list = moh.clips();
        this.clips = list.toArray(Clip[]::new);
        this.className = moh.name();
    }

    /** The class being played, for logs and the call's state. */
    public String className() {
        return className;
    }

    @Override
    public boolean read(short[] frame) {
        int filled = 0;
        while (filled < Pcm.FRAME) {
            short[] samples = clips[index].samples();
            int n = Math.min(samples.length - position, Pcm.FRAME - filled);
            System.arraycopy(samples, position, frame, filled, n);
            filled += n;
            position += n;
            if (position == samples.length) {
                position = 0;
                index = (index + 1) % clips.length;
            }
        }
        return true;
    }
}
