package org.childsafe.audit.service;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.kernel.Actor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Security events in the audit trail (entity type {@code security}): sign-ins that succeeded, failed or
 * started a lockout, sign-outs, evidence downloads, exports and refused imports. Never a password.
 * Each event is written in a transaction of its own, so that a refusal that rolls back its own work
 * (a failed sign-in, a refused import) is still recorded. Events without an organisation are read by
 * administrators only; downloads and exports also appear in the organisation's history.
 */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
public class SecurityLog {

    public static final String ENTITY = "security";

    private final AuditLog audit;

    public SecurityLog(AuditLog audit) {
        this.audit = audit;
    }

    /** A successful sign-in through the UI or (when the credential was checked, not remembered) the API. */
    public void signedIn(Actor actor, String channel, String address) {
        record(actor.username(), null, actor.userId(), "sign_in", details(channel, address));
    }

    /** A refused password; {@code username} only when it names an account (else "unknown"). */
    public void signInFailed(String username, String channel, String address, java.time.Instant lockedUntil,
                             String scope) {
        Map<String, Object> details = details(channel, address);
        if (lockedUntil != null) {
            details.put("lockedUntil", lockedUntil.toString());
            details.put("scope", scope);
        }
        record(username, null, username, lockedUntil == null ? "sign_in_failed" : "lockout", details);
    }

    public void signedOut(Actor actor) {
        record(actor.username(), null, actor.userId(), "sign_out", null);
    }

    /** A file given out: an evidence file, in the organisation's history too. */
    public void downloaded(Actor actor, long organisationId, String what, Object id, String fileName) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("what", what);
        details.put("file", fileName);
        record(actor.username(), organisationId, id, "download", details);
    }

    /** An export made (plan or answers, in a format), in the organisation's history too. */
    public void exported(Actor actor, long organisationId, String what, long assessmentId, String format) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("what", what);
        details.put("format", format);
        details.put("assessment", assessmentId);
        record(actor.username(), organisationId, assessmentId, "export", details);
    }

    /** A file refused on import, with how many problems it had. */
    public void importRefused(Actor actor, String what, int problems) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("what", what);
        details.put("problems", problems);
        record(actor.username(), null, what, "import_refused", details);
    }

    private void record(String actor, Long organisationId, Object entityId, String action, Map<String, ?> details) {
        audit.recordAs(actor, organisationId, ENTITY, entityId, action, null, details);
    }

    private static Map<String, Object> details(String channel, String address) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", channel);
        if (address != null) {
            details.put("address", address.length() > 100 ? address.substring(0, 100) : address);
        }
        return details;
    }
}
