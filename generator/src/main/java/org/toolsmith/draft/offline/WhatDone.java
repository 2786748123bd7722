package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * "what they covered", "what the technician found", "what we agreed with the client": a thing asked for as what
 * someone did, named "What was covered" (English). The doer goes; the deed, as a participle, names the field.
 */
final class WhatDone {
    private static final Pattern ASKED = Pattern.compile("^what\\s+(?:they|we|he|she|you|people|staff|the\\s+[a-z]+|each\\s+[a-z]+|our\\s+[a-z]+)\\s+"
            + "(?:(?:actually|really|finally|last|just)\\s+)?([a-z]{3,}ed|did|wrote|said|saw|found|took|gave|brought|told|taught|sold|bought|spent|made|used|"
            + "discussed|agreed|covered|fixed|replaced|changed|checked|noticed|planned|promised|decided|learnt|learned)(?:\\s+(?:on|in|during|at|for|with|about|to)\\s+.*)?$");

    private WhatDone() {
    }

    /** The item for "what they did", or null. */
    static RefineDescriber.Item of(RefineSession s, RefineClause words) {
        if (s.lang != Lang.EN) {
            return null;
        }
        Matcher m = words.match(ASKED);
        if (!m.find()) {
            return null;
        }
        String done = RefineVerbs.participle(m.group(1));
        return new RefineDescriber.Item("What was " + done, FieldType.TEXT, List.of(), null);
    }
}
