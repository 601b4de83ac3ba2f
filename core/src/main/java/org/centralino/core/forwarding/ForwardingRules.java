package org.centralino.core.forwarding;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.centralino.core.directory.Extension;
import org.centralino.core.validation.Violations;

/**
 * Applies a {@link ForwardingPatch} to the current settings and checks the result, recording every bad field
 * under its API name ({@code busy.target.type}, {@code noAnswer.afterSeconds}, ...). Only what the patch
 * touches is checked against the directory: a stored target whose extension was deleted meanwhile, or a mobile
 * rule whose mobile number was removed, does not stop the user from switching DND or another rule.
 */
final class ForwardingRules {
    /** A dialable number: up to 32 digits, optionally after a leading + (E.164 needs 15; room for prefixes). */
    static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{1,32}");
    /** The extension number rule of the directory (ExtensionRules.NUMBER). */
    static final Pattern EXTENSION = Pattern.compile("[0-9]{2,10}");

    private final Extension owner;
    private final Predicate<String> extensionExists;
    private final Violations bad = new Violations();

    private ForwardingRules(Extension owner, Predicate<String> extensionExists) {
        this.owner = owner;
        this.extensionExists = extensionExists;
    }

    /**
     * The settings after {@code patch}, version and time unchanged.
     *
     * @param owner           the extension the settings belong to (its mobile number is the mobile target)
     * @param extensionExists whether an extension number exists, for extension targets
     * @throws org.centralino.core.validation.ValidationException naming every bad field
     */
    static ForwardingSettings apply(ForwardingSettings cur, ForwardingPatch patch, Extension owner,
                                    Predicate<String> extensionExists) {
        return new ForwardingRules(owner, extensionExists).apply(cur, patch);
    }

    private ForwardingSettings apply(ForwardingSettings cur, ForwardingPatch p) {
        Boolean dnd = p.dnd().orElse(cur.dnd());
        if (dnd == null) {
            bad.add("dnd", "must be true or false, not null");
        }
        ForwardRule unconditional = rule("unconditional", cur.unconditional(), p.unconditional());
        ForwardRule busy = rule("busy", cur.busy(), p.busy());
        ForwardRule noAnswer = rule("noAnswer", cur.noAnswer(), p.noAnswer());
        ForwardRule unreachable = rule("unreachable", cur.unreachable(), p.unreachable());
        Integer seconds = p.noAnswerSeconds().orElse(cur.noAnswerSeconds());
        if (seconds == null || seconds < ForwardingSettings.MIN_NO_ANSWER_SECONDS
            || seconds > ForwardingSettings.MAX_NO_ANSWER_SECONDS) {
            bad.add("noAnswer.afterSeconds", "must be a whole number of seconds from "
                + ForwardingSettings.MIN_NO_ANSWER_SECONDS + " to " + ForwardingSettings.MAX_NO_ANSWER_SECONDS
                + (seconds == null ? ", not null" : ", not " + seconds));
        }
        bad.throwIfAny();
        return new ForwardingSettings(cur.extension(), dnd, unconditional, busy, noAnswer, seconds, unreachable,
            cur.updatedAt(), cur.version());
    }

    /** The rule after its patch, or null when it is bad (then {@link #bad} says why). */
    private ForwardRule rule(String field, ForwardRule cur, RulePatch p) {
        if (!p.touches()) {
            return cur;
        }
        Boolean enabled = p.enabled().orElse(cur.enabled());
        if (enabled == null) {
            bad.add(field + ".enabled", "must be true or false, not null");
        }
        ForwardTarget target = cur.target();
        if (p.target().isChanged()) {
            TargetInput in = p.target().orElse(null);
            target = in == null ? null : target(field + ".target", in);
            if (in != null && target == null) {
                return null; // the target's own reason is recorded
            }
        }
        if (enabled == null) {
            return null;
        }
        if (enabled && target == null) {
            bad.add(field + ".enabled", "cannot be true without a target: give " + field + ".target as well");
            return null;
        }
        if (enabled && target.type() == TargetType.MOBILE && owner.mobile() == null) {
            bad.add(field + ".target", "extension " + owner.number() + " has no mobile number; set the "
                + "extension's mobile first, or forward to a number");
            return null;
        }
        return new ForwardRule(enabled, target);
    }

    private ForwardTarget target(String field, TargetInput in) {
        if (in.type() == null) {
            bad.add(field + ".type", "is required: one of " + String.join(", ", TargetType.wireNames()));
            return null;
        }
        TargetType type = TargetType.ofWire(in.type()).orElse(null);
        if (type == null) {
            bad.add(field + ".type", "must be one of " + String.join(", ", TargetType.wireNames()) + ", not '"
                + shorten(in.type()) + "'");
            return null;
        }
        return switch (type) {
            case EXTENSION -> extensionTarget(field + ".number", in.number());
            case NUMBER -> numberTarget(field + ".number", in.number());
            case MOBILE, VOICEMAIL -> impliedTarget(field + ".number", type, in.number());
        };
    }

    private ForwardTarget extensionTarget(String field, String number) {
        if (number == null) {
            bad.add(field, "is required for an extension target");
        } else if (!EXTENSION.matcher(number).matches()) {
            bad.add(field, "must be an extension number of 2 to 10 digits, not '" + shorten(number) + "'");
        } else if (number.equals(owner.number())) {
            bad.add(field, "must not be extension " + number + " itself: the call would loop");
        } else if (!extensionExists.test(number)) {
            bad.add(field, "extension " + number + " does not exist");
        } else {
            return ForwardTarget.extension(number);
        }
        return null;
    }

    /** Spaces are dropped (people type "+39 333 123 4567"); anything else must be digits after an optional +. */
    private ForwardTarget numberTarget(String field, String number) {
        if (number == null) {
            bad.add(field, "is required for a number target");
            return null;
        }
        String digits = number.replace(" ", "");
        if (!NUMBER.matcher(digits).matches()) {
            bad.add(field, "must be 1 to 32 digits, optionally after a leading +, not '" + shorten(number) + "'");
            return null;
        }
        return ForwardTarget.number(digits);
    }

    private ForwardTarget impliedTarget(String field, TargetType type, String number) {
        if (number != null) {
            bad.add(field, "must not be given for a " + type.wireName() + " target: "
                + (type == TargetType.MOBILE ? "the extension's mobile number is used" : "the extension's voicemail"
                + " box is used"));
            return null;
        }
        return new ForwardTarget(type, null);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
