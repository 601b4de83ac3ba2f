package org.centralino.media.dtmf;

import java.util.function.Consumer;

/**
 * In-band detection reporting {@link DtmfEvent}s, so keys found in the audio reach applications like RFC 4733
 * and INFO keys. The detector reports a key once it is sure (40 ms in, Q.24's minimum) without waiting for its
 * end, so the duration is 0 ("not told").
 */
public final class InbandDtmf {
    private InbandDtmf() {
    }

    /** A detector (8 kHz PCM, see {@link DtmfDetector}) whose keys go to {@code onKey} as {@link DtmfSource#INBAND}. */
    public static DtmfDetector detector(Consumer<DtmfEvent> onKey) {
        return new DtmfDetector(key -> onKey.accept(new DtmfEvent(key, 0, DtmfSource.INBAND)));
    }
}
