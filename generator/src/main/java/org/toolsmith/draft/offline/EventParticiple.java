package org.toolsmith.draft.offline;

import java.util.Map;

/**
 * The participle of an event noun, for "who did the X" → "X-ed by": "who did the calibration" → "Calibrated by",
 * "who carried out the inspection" → "Inspected by", "who did the installation" → "Installed by". Nouns of
 * actions in -ation, -tion, -ment and -ing, and a short list of common irregular ones (general English); any
 * other word goes to {@link RefineVerbs#participle} as before.
 */
final class EventParticiple {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("installation", "installed"), Map.entry("registration", "registered"), Map.entry("preparation", "prepared"),
            Map.entry("examination", "examined"), Map.entry("consultation", "consulted"), Map.entry("reservation", "reserved"),
            Map.entry("observation", "observed"), Map.entry("confirmation", "confirmed"), Map.entry("transportation", "transported"),
            Map.entry("approval", "approved"), Map.entry("review", "reviewed"), Map.entry("repair", "repaired"), Map.entry("repairs", "repaired"),
            Map.entry("delivery", "delivered"), Map.entry("payment", "paid"), Map.entry("treatment", "treated"), Map.entry("signature", "signed"),
            Map.entry("decision", "decided"), Map.entry("analysis", "analysed"), Map.entry("check", "checked"), Map.entry("checks", "checked"),
            Map.entry("test", "tested"), Map.entry("tests", "tested"), Map.entry("service", "serviced"), Map.entry("maintenance", "maintained"),
            Map.entry("visit", "visited"), Map.entry("audit", "audited"), Map.entry("count", "counted"), Map.entry("booking", "booked"),
            Map.entry("interview", "interviewed"), Map.entry("survey", "surveyed"), Map.entry("sign-off", "signed off"), Map.entry("handover", "handed over"),
            Map.entry("pickup", "picked up"), Map.entry("pick-up", "picked up"), Map.entry("write-up", "written up"), Map.entry("setup", "set up"),
            Map.entry("assessment", "assessed"), Map.entry("measurement", "measured"), Map.entry("replacement", "replaced"),
            Map.entry("revision", "revised"), Map.entry("supervision", "supervised"), Map.entry("admission", "admitted"), Map.entry("submission", "submitted"));

    private EventParticiple() {
    }

    /** Whether the noun is an event with a participle of its own ("calibration", "visit", "cleaning"), not a thing ("rota"). */
    static boolean known(String noun) {
        String n = noun.toLowerCase(java.util.Locale.ROOT);
        return KNOWN.containsKey(n) || n.length() > 6 && (n.endsWith("tion") || n.endsWith("ment") || n.endsWith("ing") || n.endsWith("sion"));
    }

    /** The participle for the event noun {@code noun} (lower case). */
    static String of(String noun) {
        String n = noun.toLowerCase(java.util.Locale.ROOT);
        if (KNOWN.containsKey(n)) {
            return KNOWN.get(n);
        }
        if (n.length() > 7 && n.endsWith("ation")) {
            return n.substring(0, n.length() - 3) + "ed"; // calibration → calibrated
        }
        if (n.length() > 6 && n.endsWith("tion")) {
            return n.substring(0, n.length() - 3) + "ed"; // inspection → inspected
        }
        if (n.length() > 7 && n.endsWith("ment")) {
            return RefineVerbs.participle(n.substring(0, n.length() - 4)); // settlement → settled
        }
        return RefineVerbs.participle(n);
    }
}
