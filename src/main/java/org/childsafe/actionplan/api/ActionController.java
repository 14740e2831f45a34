package org.childsafe.actionplan.api;

import io.swagger.v3.oas.annotations.Operation;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.Parameter;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.export.PlanExports;
import org.childsafe.actionplan.export.PlanExports.Format;
import org.childsafe.actionplan.service.ActionPatch;
import org.childsafe.actionplan.service.ActionPlan;
import org.childsafe.actionplan.service.ActionPlanService;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.Detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/assessments/{id}/actions} (docs/api.md) and the downloads of the plan and answers.
 *
 * <p>{@code GET .../actions} lists the open plan in order, each action with {@code itemCode, priority, text, owner,
 * dueDate, status} plus {@code id, version, domainCode, critical, kind, ownerRole, firstStep, resources,
 * completionIndicator, dropReason, overdue, resolved, resolvedReason}; {@code ?include=resolved} adds the actions
 * whose gap has closed (kept with what people wrote) after the open ones. Texts are in {@code ?lang=en|th}, by
 * default the caller's language.
 * {@code PATCH .../actions/{actionId}} takes any of {@code owner, dueDate, firstStep, resources,
 * completionIndicator, status, dropReason} (JSON merge patch: a field left out is unchanged, null clears it),
 * optionally {@code version} (a number: applied only if it is the action's current version, else 409 with the
 * current state in {@code details}), and answers with the updated action. A due date in the past is accepted and the action comes back
 * {@code "overdue": true}; an unknown status or field, a malformed date, or {@code dropped} without a
 * {@code dropReason} is a 400.
 */
@Controller("/api/assessments")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ActionController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ActionPlanService service;
    private final PlanExports exports;

    public ActionController(ActionPlanService service, PlanExports exports) {
        this.service = service;
        this.exports = exports;
    }

    /** One action; every field is always present (null when empty), so clients see the full shape. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ActionJson(long id, int version, String itemCode, String domainCode, String priority,
                             boolean critical, String kind, String text, String ownerRole, String owner,
                             LocalDate dueDate, String firstStep, String resources, String completionIndicator,
                             String status, String dropReason, boolean overdue, boolean resolved,
                             String resolvedReason) {
        static ActionJson of(ActionItem a, String language, LocalDate today) {
            return new ActionJson(a.id(), a.version(), a.itemCode(), a.domainCode(), a.priority().code(), a.critical(),
                    a.kind().code(), a.text().get(language), a.ownerRole().isEmpty() ? null : a.ownerRole().get(language),
                    a.owner(), a.dueDate(), a.firstStep(), a.resources(), a.completionIndicator(), a.status().code(),
                    a.dropReason(), a.overdue(today), a.resolved(),
                    a.resolvedReason() == null ? null : a.resolvedReason().code());
        }
    }

    @Get("/{id}/actions")
    @Operation(operationId = "listActions")
    public List<ActionJson> list(@Parameter(hidden = true) Actor actor, @PathVariable long id,
                                 @Nullable @QueryValue String lang, @Nullable @QueryValue String include) {
        if (include != null && !include.isBlank() && !include.equals("resolved")) {
            throw InvalidInputException.field("include", "error.action.include");
        }
        ActionPlan plan = service.plan(actor, id);
        String language = language(actor, lang);
        List<ActionItem> shown = new ArrayList<>(plan.open());
        if ("resolved".equals(include)) {
            shown.addAll(plan.resolved());
        }
        return shown.stream().map(a -> ActionJson.of(a, language, plan.today())).toList();
    }

    @Patch("/{id}/actions/{actionId}")
    @Operation(operationId = "updateAction")
    public ActionJson update(@Parameter(hidden = true) Actor actor, @PathVariable long id, @PathVariable long actionId,
                             @Body JsonNode body, @Nullable @QueryValue String lang) {
        ActionItem updated = service.update(actor, id, actionId, patch(body), version(body));
        return ActionJson.of(updated, language(actor, lang), service.today());
    }

    @Get(value = "/{id}/actions.pdf", produces = "application/pdf")
    @Operation(operationId = "downloadPlanPdf")
    public HttpResponse<byte[]> planPdf(@Parameter(hidden = true) Actor actor, @PathVariable long id, @Nullable @QueryValue String lang) {
        return file(exports.plan(actor, service.plan(actor, id), Format.PDF, language(actor, lang)));
    }

    @Get(value = "/{id}/actions.csv", produces = "text/csv")
    @Operation(operationId = "downloadPlanCsv")
    public HttpResponse<byte[]> planCsv(@Parameter(hidden = true) Actor actor, @PathVariable long id, @Nullable @QueryValue String lang) {
        return file(exports.plan(actor, service.plan(actor, id), Format.CSV, language(actor, lang)));
    }

    @Get(value = "/{id}/actions.xlsx", produces = XLSX)
    @Operation(operationId = "downloadPlanXlsx")
    public HttpResponse<byte[]> planXlsx(@Parameter(hidden = true) Actor actor, @PathVariable long id, @Nullable @QueryValue String lang) {
        return file(exports.plan(actor, service.plan(actor, id), Format.XLSX, language(actor, lang)));
    }

    @Get(value = "/{id}/answers.csv", produces = "text/csv")
    @Operation(operationId = "downloadAnswersCsv")
    public HttpResponse<byte[]> answersCsv(@Parameter(hidden = true) Actor actor, @PathVariable long id, @Nullable @QueryValue String lang) {
        return file(exports.answers(actor, service.plan(actor, id), Format.CSV, language(actor, lang)));
    }

    @Get(value = "/{id}/answers.xlsx", produces = XLSX)
    @Operation(operationId = "downloadAnswersXlsx")
    public HttpResponse<byte[]> answersXlsx(@Parameter(hidden = true) Actor actor, @PathVariable long id, @Nullable @QueryValue String lang) {
        return file(exports.answers(actor, service.plan(actor, id), Format.XLSX, language(actor, lang)));
    }

    private static HttpResponse<byte[]> file(PlanExports.Export export) {
        return HttpResponse.ok(export.bytes())
                .contentType(MediaType.of(export.contentType()))
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
    }

    /** {@code th} or {@code en}: the query parameter when given, else the caller's language; 400 for others. */
    private static String language(@Parameter(hidden = true) Actor actor, String lang) {
        if (lang == null || lang.isBlank()) {
            return "th".equals(actor.language()) ? "th" : "en";
        }
        if (!lang.equals("th") && !lang.equals("en")) {
            throw InvalidInputException.field("lang", "error.lang");
        }
        return lang;
    }

    /**
     * The body as a patch: every value text or null; other JSON types are refused with the field named. Read as a
     * JSON tree, because a field set to null (clear it) must stay apart from a field left out (keep it).
     */
    /** The {@code version} the client changed, if it sent one (a whole number). */
    static Integer version(JsonNode body) {
        JsonNode v = body == null || !body.isObject() ? null : body.get("version");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.getNumberValue().doubleValue() != Math.rint(v.getNumberValue().doubleValue())) {
            throw InvalidInputException.field("version", "error.version.number");
        }
        return v.getIntValue();
    }

    static ActionPatch patch(JsonNode body) {
        if (body == null || !body.isObject() || body.size() == 0) {
            throw InvalidInputException.field("body", "error.action.emptyPatch", String.join(", ", ActionPatch.FIELDS));
        }
        List<Detail> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : body.entries()) {
            String field = entry.getKey();
            if (field.equals("version")) {
                continue;
            }
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                values.put(field, null);
            } else if (value.isString()) {
                values.put(field, value.getStringValue());
            } else {
                problems.add(Detail.of(field, "error.action.notText", field));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems, "error.action.invalid");
        }
        if (values.isEmpty()) {
            throw InvalidInputException.field("body", "error.action.emptyPatch", String.join(", ", ActionPatch.FIELDS));
        }
        return new ActionPatch(values);
    }
}
