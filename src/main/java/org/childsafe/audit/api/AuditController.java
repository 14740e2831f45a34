package org.childsafe.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.childsafe.audit.domain.AuditChain;
import org.childsafe.audit.domain.AuditEntry;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.kernel.Actor;

import java.time.Instant;
import java.util.List;

/** {@code /api/audit}: the trail (administrators, or one organisation's history) and the chain check. */
@Controller("/api/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class AuditController {

    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Serdeable
    public record EntryJson(long id, Instant at, String actor, Long organisationId, String entityType,
                            String entityId, String action, String before, String after, String hash) {
        static EntryJson of(AuditEntry e) {
            return new EntryJson(e.id(), e.at(), e.actor(), e.organisationId(), e.entityType(), e.entityId(),
                    e.action(), e.beforeJson(), e.afterJson(), e.hash());
        }
    }

    /** {@code unkeyed}: entries written before keyed hashing, checked with the old plain rule (see {@code note}). */
    @Serdeable
    public record VerificationJson(boolean intact, long checked, Long firstBrokenId, String problem, String reason,
                                   long unkeyed, String note) {
        static VerificationJson of(AuditChain.Verification v) {
            return new VerificationJson(v.intact(), v.checked(), v.firstBrokenId(),
                    v.problem() == null ? null : v.problem().name().toLowerCase(java.util.Locale.ROOT), v.reason(),
                    v.unkeyed(), v.note());
        }
    }

    @Serdeable
    public record CheckpointJson(String checkpoint, long id, String hash, Instant at) {
    }

    @Serdeable
    public record CheckpointCheckJson(boolean holds, boolean signed, boolean entryFits, VerificationJson chain) {
    }

    @Get
    @Operation(operationId = "listAuditEntries")
    public List<EntryJson> list(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue Long organisationId,
                                @Nullable @QueryValue Integer offset, @Nullable @QueryValue Integer limit) {
        int size = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        return audit.history(actor, organisationId, offset == null ? 0 : Math.max(0, offset), size).stream()
                .map(EntryJson::of).toList();
    }

    @Get("/verify")
    @Operation(operationId = "verifyAuditChain")
    public VerificationJson verify(@Parameter(hidden = true) Actor actor) {
        return VerificationJson.of(audit.verify(actor));
    }

    /** A signed checkpoint of the chain's head, also printed to the log: keep it outside the database. */
    @Get("/checkpoint")
    public CheckpointJson checkpoint(@Parameter(hidden = true) Actor actor) {
        org.childsafe.audit.domain.AuditCheckpoint c = audit.checkpoint(actor);
        return new CheckpointJson(c.line(), c.headId(), c.headHash(), c.at());
    }

    /** A checkpoint line to check, e.g. copied from the log or kept with a backup. */
    @Serdeable
    public record CheckpointRequest(@Nullable String checkpoint) {
    }

    /** Checks the trail against a checkpoint kept outside the database (administrators). */
    @io.micronaut.http.annotation.Post("/checkpoint/check")
    public CheckpointCheckJson checkCheckpoint(@Parameter(hidden = true) Actor actor,
                                               @io.micronaut.http.annotation.Body CheckpointRequest request) {
        AuditLog.CheckpointCheck c = audit.check(actor, request == null ? null : request.checkpoint());
        return new CheckpointCheckJson(c.holds(), c.signed(), c.entryFits(), VerificationJson.of(c.chain()));
    }
}
