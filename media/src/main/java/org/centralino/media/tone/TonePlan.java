package org.centralino.media.tone;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The call-progress tones of one country's network: what a caller hears while the PBX dials (issue 4,
 * "national tone plans"). Selected per system and, later, per trunk.
 *
 * <ul>
 *   <li>{@link #ITALY}: 425 Hz throughout (Telecom Italia): dial tone 200/200/600/1000 ms, ringback ("tono di
 *       libero") 1 s on 4 s off, busy ("occupato") 500/500 ms, congestion 200/200 ms.</li>
 *   <li>{@link #EUROPE}: the CEPT/ETSI common tones (ETSI TR 101 041): 425 Hz, dial continuous, ringback 1/4 s,
 *       busy 500/500 ms, congestion 250/250 ms.</li>
 *   <li>{@link #US}: precise tone plan (ANSI T1.401): dial 350+440 Hz continuous, ringback 440+480 Hz 2/4 s,
 *       busy 480+620 Hz 500/500 ms, reorder 480+620 Hz 250/250 ms.</li>
 * </ul>
 */
public record TonePlan(String country, Tone dial, Tone ringback, Tone busy, Tone congestion) {
    private static final int[] HZ_425 = {425};
    private static final int[] US_BUSY = {480, 620};

    public static final TonePlan ITALY = new TonePlan("it",
        Tone.of("dial", HZ_425, 200, 200, 600, 1000),
        Tone.of("ringback", HZ_425, 1000, 4000),
        Tone.of("busy", HZ_425, 500, 500),
        Tone.of("congestion", HZ_425, 200, 200));

    public static final TonePlan EUROPE = new TonePlan("eu",
        Tone.of("dial", HZ_425),
        Tone.of("ringback", HZ_425, 1000, 4000),
        Tone.of("busy", HZ_425, 500, 500),
        Tone.of("congestion", HZ_425, 250, 250));

    public static final TonePlan US = new TonePlan("us",
        Tone.of("dial", new int[] {350, 440}),
        Tone.of("ringback", new int[] {440, 480}, 2000, 4000),
        Tone.of("busy", US_BUSY, 500, 500),
        Tone.of("congestion", US_BUSY, 250, 250));

    private static final Map<String, TonePlan> BY_COUNTRY = Map.of("it", ITALY, "eu", EUROPE, "us", US);

    public TonePlan {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(dial, "dial");
        Objects.requireNonNull(ringback, "ringback");
        Objects.requireNonNull(busy, "busy");
        Objects.requireNonNull(congestion, "congestion");
    }

    /** The plan for a country code ("it", "eu", "us"; any case). */
    public static TonePlan of(String country) {
        TonePlan plan = BY_COUNTRY.get(country.toLowerCase(Locale.ROOT));
        if (plan == null) {
            throw new IllegalArgumentException("no tone plan '" + country + "'; known: " + BY_COUNTRY.keySet());
        }
        return plan;
    }
}
