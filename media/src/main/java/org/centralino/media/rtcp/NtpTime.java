package org.centralino.media.rtcp;

/**
 * 64-bit NTP timestamps as RTCP carries them (RFC 3550 §4): seconds since 1900-01-01 in the high 32 bits, the
 * fraction of a second in the low 32. RTCP round-trip arithmetic uses the middle 32 bits (16.16 fixed point
 * seconds, RFC 3550 §6.4.1 "LSR"), so wrapping every 18 hours does not matter for differences.
 */
public final class NtpTime {
    /** Seconds from the NTP epoch (1900) to the Unix epoch (1970), RFC 868. */
    public static final long UNIX_EPOCH_OFFSET_SECONDS = 2_208_988_800L;
    /** One second in the middle-32-bit unit (1/65536 s): the unit of LSR and DLSR. */
    public static final long SHORT_UNITS_PER_SECOND = 65_536L;

    private NtpTime() {
    }

    /** The NTP timestamp of a Unix time in milliseconds. */
    public static long fromEpochMillis(long epochMillis) {
        long seconds = Math.floorDiv(epochMillis, 1000L) + UNIX_EPOCH_OFFSET_SECONDS;
        long millis = Math.floorMod(epochMillis, 1000L);
        long fraction = (millis << 32) / 1000L;
        return (seconds << 32) | fraction;
    }

    /** The Unix time in milliseconds of an NTP timestamp (rounded down). */
    public static long toEpochMillis(long ntp) {
        long seconds = (ntp >>> 32) - UNIX_EPOCH_OFFSET_SECONDS;
        long millis = ((ntp & 0xFFFF_FFFFL) * 1000L) >>> 32;
        return seconds * 1000L + millis;
    }

    /** The middle 32 bits of an NTP timestamp (RFC 3550 §6.4.1, "LSR"), as an unsigned value in a long. */
    public static long middle32(long ntp) {
        return (ntp >>> 16) & 0xFFFF_FFFFL;
    }

    /** A duration in 1/65536 s (the unit of DLSR) converted to milliseconds. */
    public static double shortUnitsToMillis(long units) {
        return units * 1000.0 / SHORT_UNITS_PER_SECOND;
    }

    /** Milliseconds converted to 1/65536 s, rounded down (the unit of DLSR). */
    public static long millisToShortUnits(long millis) {
        return millis * SHORT_UNITS_PER_SECOND / 1000L;
    }
}
