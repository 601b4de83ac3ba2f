package org.centralino.core.rights;

import java.util.List;
import java.util.Map;

/**
 * A group as a client sends it, not yet checked: role and right names are strings so that every bad one can be
 * reported under its field. Null means absent: a create fills the default, a patch keeps the current value.
 *
 * @param members the members, each {@code extension} plus an optional {@code role} (MEMBER when absent)
 * @param rights  per role name, the right names
 */
public record GroupDraft(String name, Boolean everyone, List<MemberDraft> members,
                         Map<String, List<String>> rights) {

    /** One member as sent. */
    public record MemberDraft(String extension, String role) {
    }
}
