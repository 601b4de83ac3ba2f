package org.centralino.core.forwarding;

/**
 * The settings as the API and the event stream show them (one shape for {@code GET .../forwarding} and the
 * {@code forwarding.changed} event, so a browser treats both alike):
 * {@code {extension, dnd, unconditional:{enabled,target}, busy:{..}, noAnswer:{enabled,target,afterSeconds},
 * unreachable:{..}, version}} with target {@code {type, number}} or null.
 */
public record ForwardingView(String extension, boolean dnd, Rule unconditional, Rule busy, NoAnswer noAnswer,
                             Rule unreachable, long version) {

    /** {@code type} is the wire name; {@code number} is null for mobile and voicemail. */
    public record Target(String type, String number) {
        static Target of(ForwardTarget t) {
            return t == null ? null : new Target(t.type().wireName(), t.number());
        }
    }

    public record Rule(boolean enabled, Target target) {
        static Rule of(ForwardRule r) {
            return new Rule(r.enabled(), Target.of(r.target()));
        }
    }

    public record NoAnswer(boolean enabled, Target target, int afterSeconds) {
    }

    public static ForwardingView of(ForwardingSettings s) {
        return new ForwardingView(s.extension(), s.dnd(), Rule.of(s.unconditional()), Rule.of(s.busy()),
            new NoAnswer(s.noAnswer().enabled(), Target.of(s.noAnswer().target()), s.noAnswerSeconds()),
            Rule.of(s.unreachable()), s.version());
    }
}
