package org.childsafe.actionplan.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionKind;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.domain.Priority;
import org.childsafe.framework.domain.LocalizedText;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored actions of plans, inside the caller's transaction: rows mapped explicitly to {@link ActionItem}
 * (only English and Thai texts are kept), plus the per-assessment lock that serialises regeneration and edits.
 */
@Singleton
public class ActionItems {

    private static final String THAI = "th";

    private final ActionItemRepository repository;
    private final JdbcOperations jdbc;

    public ActionItems(ActionItemRepository repository, JdbcOperations jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /**
     * Locks the assessment's row until the transaction ends, so that two first reads do not both insert the
     * plan and an edit never races a regeneration. Portable {@code SELECT ... FOR UPDATE}.
     *
     * @return false when there is no such assessment
     */
    public boolean lockAssessment(long assessmentId) {
        return jdbc.prepareStatement("SELECT id FROM assessment WHERE id = ? FOR UPDATE", ps -> {
            ps.setLong(1, assessmentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    public List<ActionItem> ofAssessment(long assessmentId) {
        return repository.findByAssessmentIdOrderBySortOrderAsc(assessmentId).stream().map(ActionItems::toDomain).toList();
    }

    public Optional<ActionItem> find(long assessmentId, long actionId) {
        return repository.findByIdAndAssessmentId(actionId, assessmentId).map(ActionItems::toDomain);
    }

    /** Inserts a new action (its id is ignored) and returns it with the generated id. */
    public ActionItem insert(ActionItem action) {
        return toDomain(repository.save(toRow(action, null)));
    }

    public ActionItem update(ActionItem action) {
        return toDomain(repository.update(toRow(action, action.id())));
    }

    public void delete(long actionId) {
        repository.deleteById(actionId);
    }

    static ActionItem toDomain(ActionItemRow r) {
        return new ActionItem(r.id(), r.assessmentId(), r.itemCode(), r.domainCode(), ActionKind.fromCode(r.kind()),
                Priority.fromCode(r.priority()), r.critical(), r.sortOrder(), text(r.textEn(), r.textTh()),
                text(r.ownerRoleEn(), r.ownerRoleTh()), r.owner(), r.dueDate(), r.firstStep(), r.resources(),
                r.completionIndicator(), ActionStatus.fromCode(r.status()), r.dropReason(), r.updatedAt(),
                r.updatedBy());
    }

    static ActionItemRow toRow(ActionItem a, Long id) {
        return new ActionItemRow(id, a.assessmentId(), a.itemCode(), a.domainCode(), a.kind().code(),
                a.priority().code(), a.critical(), a.sortOrder(), a.text().get(LocalizedText.FALLBACK_LANGUAGE),
                a.text().has(THAI) ? a.text().get(THAI) : null,
                a.ownerRole().isEmpty() ? null : a.ownerRole().get(LocalizedText.FALLBACK_LANGUAGE),
                a.ownerRole().has(THAI) ? a.ownerRole().get(THAI) : null, a.owner(), a.dueDate(), a.firstStep(),
                a.resources(), a.completionIndicator(), a.status().code(), a.dropReason(), a.updatedAt(),
                a.updatedBy());
    }

    private static LocalizedText text(String english, String thai) {
        if (english == null && thai == null) {
            return LocalizedText.EMPTY;
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (english != null) {
            values.put(LocalizedText.FALLBACK_LANGUAGE, english);
        }
        if (thai != null) {
            values.put(THAI, thai);
        }
        return new LocalizedText(values);
    }
}
