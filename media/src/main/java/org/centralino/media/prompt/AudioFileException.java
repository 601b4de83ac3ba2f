package org.centralino.media.prompt;

import java.io.IOException;

/** An audio file that cannot be played: unreadable, truncated, lying about its size, or in a format we refuse. */
public final class AudioFileException extends IOException {
    public AudioFileException(String file, String problem) {
        super(file + ": " + problem);
    }

    public AudioFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
