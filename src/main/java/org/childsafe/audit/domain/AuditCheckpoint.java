package org.childsafe.audit.domain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed statement of the chain's head at one moment, meant to be kept outside the database (the
 * application log, next to each backup): {@code childsafe-audit-checkpoint id=<n> hash=<h> at=<instant>
 * mac=<key id>:<hex>}. Someone who rewrites or truncates the trail later cannot make an older checkpoint
 * fit again, because the entry it names would have to keep its keyed hash.
 */
public record AuditCheckpoint(long headId, String headHash, Instant at, String mac) {

    public static final String PREFIX = "childsafe-audit-checkpoint";
    private static final Pattern LINE = Pattern.compile(
            PREFIX + " id=(\\d+) hash=(\\S+) at=(\\S+) mac=(\\S+:[0-9a-f]{64})");

    /** A new checkpoint of the given head, signed with the current key. */
    public static AuditCheckpoint of(AuditChain.Keys keys, long headId, String headHash, Instant at) {
        return new AuditCheckpoint(headId, headHash, at, AuditChain.macText(keys, text(headId, headHash, at)));
    }

    private static String text(long headId, String headHash, Instant at) {
        return "checkpoint|" + headId + "|" + headHash + "|" + at;
    }

    /** The one-line form, as printed to the log and kept with backups. */
    public String line() {
        return PREFIX + " id=" + headId + " hash=" + headHash + " at=" + at + " mac=" + mac;
    }

    /** Was this checkpoint signed by one of the keys (and not changed since)? */
    public boolean signedBy(AuditChain.Keys keys) {
        return AuditChain.macFits(keys, text(headId, headHash, at), mac);
    }

    /** Reads a checkpoint line (found anywhere in the text, e.g. a whole log line); empty when there is none. */
    public static Optional<AuditCheckpoint> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AuditCheckpoint(Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)),
                    m.group(4)));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
