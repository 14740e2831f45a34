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

    @Serdeable
    public record VerificationJson(boolean intact, long checked, Long firstBrokenId, String problem, String reason) {
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
        AuditChain.Verification v = audit.verify(actor);
        return new VerificationJson(v.intact(), v.checked(), v.firstBrokenId(),
                v.problem() == null ? null : v.problem().name().toLowerCase(java.util.Locale.ROOT), v.reason());
    }
}
