package org.centralino.media.moh;

import java.util.List;
import org.centralino.media.prompt.Clip;

/**
 * A music-on-hold class (per extension, per queue): a name and the clips played in order, looped.
 *
 * @param clips at least one, none empty, in playing order (files sorted by name)
 */
public record MohClass(String name, List<Clip> clips) {
    public MohClass {
        if (clips.isEmpty()) {
            throw new IllegalArgumentException("music-on-hold class '" + name + "' has no audio");
        }
        for (Clip clip : clips) {
            if (clip.length() == 0) {
                throw new IllegalArgumentException("music-on-hold class '" + name + "': " + clip.name() + " is empty");
            }
        }
        clips = List.copyOf(clips);
    }
}
