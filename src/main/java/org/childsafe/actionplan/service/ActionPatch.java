package org.childsafe.actionplan.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change to one action, as JSON merge patch semantics: only the fields named are changed; a null (or blank)
 * value clears the field. Field names are those of the API: {@value #OWNER}, {@value #DUE_DATE} (ISO date),
 * {@value #FIRST_STEP}, {@value #RESOURCES}, {@value #COMPLETION_INDICATOR}, {@value #STATUS} (a status code),
 * {@value #DROP_REASON}.
 */
public record ActionPatch(Map<String, String> changes) {

    public static final String OWNER = "owner";
    public static final String DUE_DATE = "dueDate";
    public static final String FIRST_STEP = "firstStep";
    public static final String RESOURCES = "resources";
    public static final String COMPLETION_INDICATOR = "completionIndicator";
    public static final String STATUS = "status";
    public static final String DROP_REASON = "dropReason";
    /** Every field a patch may name. */
    public static final List<String> FIELDS = List.of(OWNER, DUE_DATE, FIRST_STEP, RESOURCES, COMPLETION_INDICATOR,
            STATUS, DROP_REASON);

    public ActionPatch {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    public static ActionPatch of(String field, String value) {
        return new ActionPatch(Map.of()).and(field, value);
    }

    /** This patch with one more field (null clears it). */
    public ActionPatch and(String field, String value) {
        Map<String, String> more = new LinkedHashMap<>(changes);
        more.put(field, value);
        return new ActionPatch(more);
    }

    public boolean has(String field) {
        return changes.containsKey(field);
    }

    /** The value given for the field, stripped; null when cleared, blank or not given. */
    public String value(String field) {
        String v = changes.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
