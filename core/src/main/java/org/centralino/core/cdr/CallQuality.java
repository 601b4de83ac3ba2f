package org.centralino.core.cdr;

/**
 * The media quality of a call (issue 4, "Quality"): one {@link LegMetrics} for the caller's leg and one for the
 * callee's leg that answered, and whether the PBX transcoded between them.
 *
 * @param caller     the caller's leg; null when the call had no media (refused before its relay existed)
 * @param callee     the answering callee's leg; null when nobody answered or an application did (nothing faces
 *                   the relay's callee side then)
 * @param transcoded whether the two legs spoke different codecs (or telephone-event settings) and the PBX
 *                   decoded and re-encoded the audio
 */
public record CallQuality(LegMetrics caller, LegMetrics callee, boolean transcoded) {
    /** A call without media. */
    public static final CallQuality NONE = new CallQuality(null, null, false);
}
