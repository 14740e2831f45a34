package org.childsafe.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.assessment.domain.Review;
import org.childsafe.assessment.service.AssessmentAnswering;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.assessment.service.AssessmentWorkflow;
import org.childsafe.kernel.Actor;

import java.time.Instant;
import java.util.List;

/** {@code /api/assessments} (docs/api.md). */
@Controller("/api/assessments")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class AssessmentController {

    private final AssessmentQueries queries;
    private final AssessmentAnswering answering;
    private final AssessmentWorkflow workflow;
    private final org.childsafe.audit.service.SecurityLog security;

    public AssessmentController(AssessmentQueries queries, AssessmentAnswering answering, AssessmentWorkflow workflow,
                                org.childsafe.audit.service.SecurityLog security) {
        this.queries = queries;
        this.answering = answering;
        this.workflow = workflow;
        this.security = security;
    }

    @Serdeable
    public record StartBody(Long organisationId, String framework, String version, String title, String period,
                            Long baseline) {
    }

    @Serdeable
    public record Created(long id) {
    }

    @Serdeable
    public record EvidenceBody(String description, String reference) {
    }

    @Serdeable
    public record AnswerBody(String answer, String comment, String naReason, List<EvidenceBody> evidence,
                             Integer version) {
    }

    @Serdeable
    public record EvidenceJson(long id, String description, String reference, String fileName, Long fileSize) {
        static EvidenceJson of(Evidence e) {
            return new EvidenceJson(e.id(), e.description(), e.reference(), e.fileName(), e.fileSize());
        }
    }

    @Serdeable
    public record AnswerJson(String itemCode, String answer, String comment, String naReason,
                             List<EvidenceJson> evidence, Instant savedAt, int version) {
    }

    @Serdeable
    public record ReviewBody(String answer, String comment) {
    }

    @Serdeable
    public record ReviewJson(String itemCode, String answer, String comment, String reviewer, Instant reviewedAt,
                             int version) {
        static ReviewJson of(Review r) {
            return new ReviewJson(r.itemCode(), r.answer(), r.comment(), r.reviewer(), r.reviewedAt(), r.version());
        }
    }

    @Serdeable
    public record CommentBody(String comment) {
    }

    @Serdeable
    public record StatusJson(long id, String status) {
    }

    @Serdeable
    public record AssessmentJson(long id, long organisationId, String title, String period, String status,
                                 String returnComment, Instant createdAt, Instant submittedAt, Instant verifiedAt) {
        static AssessmentJson of(Assessment a) {
            return new AssessmentJson(a.id(), a.organisationId(), a.title(), a.period(), a.status().code(),
                    a.returnComment(), a.createdAt(), a.submittedAt(), a.verifiedAt());
        }
    }

    @Post
    @Operation(operationId = "startAssessment")
    public HttpResponse<Created> start(@Parameter(hidden = true) Actor actor, @Body StartBody body) {
        Assessment a = workflow.start(actor, new AssessmentWorkflow.StartForm(body.organisationId(), body.framework(),
                body.version(), body.title(), body.period(), body.baseline()));
        return HttpResponse.created(new Created(a.id()));
    }

    @Get
    @Operation(operationId = "listAssessments")
    public List<AssessmentJson> list(@Parameter(hidden = true) Actor actor) {
        return queries.visible(actor).stream().map(AssessmentJson::of).toList();
    }

    @Get("/{id}")
    @Operation(operationId = "getAssessment")
    public AssessmentJson get(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        return AssessmentJson.of(queries.details(actor, id).assessment());
    }

    @Put("/{id}/answers/{itemCode}")
    @Operation(operationId = "saveAnswer")
    public AnswerJson answer(@Parameter(hidden = true) Actor actor, @PathVariable long id, @PathVariable String itemCode, @Body AnswerBody body) {
        List<AssessmentAnswering.EvidenceInput> evidence = body.evidence() == null ? null : body.evidence().stream()
                .map(e -> e == null ? null : new AssessmentAnswering.EvidenceInput(e.description(), e.reference()))
                .toList();
        AssessmentAnswering.AnswerSaved saved = answering.answer(actor, id, itemCode, new AssessmentAnswering.AnswerInput(
                body.answer(), body.comment(), body.naReason(), evidence, body.version()));
        Answer a = saved.answer();
        return new AnswerJson(itemCode, a == null ? null : a.answer(), a == null ? null : a.comment(),
                a == null ? null : a.naReason(), saved.evidence().stream().map(EvidenceJson::of).toList(), saved.savedAt(),
                a == null ? 0 : a.version());
    }

    /** One stored or carried answer (docs/api.md, rounds). */
    @Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record StoredAnswerJson(String itemCode, String answer, String comment, String naReason,
                                   List<EvidenceBody> evidence, boolean recheck, int version, String carriedFrom,
                                   Instant updatedAt, String updatedBy) {
    }

    @Get("/{id}/answers")
    @io.swagger.v3.oas.annotations.Operation(operationId = "listAnswers", summary = "Every stored or carried answer of an assessment")
    public List<StoredAnswerJson> answers(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        return queries.answers(actor, id).stream().map(a -> new StoredAnswerJson(a.answer().itemCode(),
                a.answer().answer(), a.answer().comment(), a.answer().naReason(), a.evidence().stream()
                .map(e -> new EvidenceBody(e.description(), e.reference())).toList(), a.answer().recheck(),
                a.answer().version(), a.answer().carriedFrom(), a.answer().updatedAt(), a.answer().updatedBy())).toList();
    }

    @Post("/{id}/submit")
    @Operation(operationId = "submitAssessment")
    public StatusJson submit(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        workflow.submit(actor, id);
        return new StatusJson(id, "submitted");
    }

    @Put("/{id}/reviews/{itemCode}")
    @Operation(operationId = "saveReview")
    public ReviewJson review(@Parameter(hidden = true) Actor actor, @PathVariable long id, @PathVariable String itemCode, @Body ReviewBody body) {
        return ReviewJson.of(workflow.review(actor, id, itemCode, body.answer(), body.comment()));
    }

    @Post("/{id}/verify")
    @Operation(operationId = "verifyAssessment")
    public StatusJson verify(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        workflow.verify(actor, id);
        return new StatusJson(id, "verified");
    }

    @Post("/{id}/return")
    @Operation(operationId = "returnAssessment")
    public StatusJson returnToOrganisation(@Parameter(hidden = true) Actor actor, @PathVariable long id, @Body CommentBody body) {
        workflow.returnToOrganisation(actor, id, body.comment());
        return new StatusJson(id, "returned");
    }

    /** An attached (redacted) evidence file, for whoever may read the assessment. */
    @Get("/{id}/evidence/{evidenceId}/file")
    @Operation(operationId = "getEvidenceFile")
    public HttpResponse<byte[]> evidenceFile(@Parameter(hidden = true) Actor actor, @PathVariable long id,
                                             @PathVariable long evidenceId) {
        org.childsafe.assessment.domain.EvidenceFile file = queries.evidenceFile(actor, id, evidenceId);
        security.downloaded(actor, queries.details(actor, id).assessment().organisationId(), "evidence", evidenceId,
                file.fileName());
        String safeName = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return HttpResponse.ok(file.data())
                .contentType(file.fileType() == null ? "application/octet-stream" : file.fileType())
                .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"");
    }

    @Get("/{id}/score")
    @Operation(operationId = "getScore")
    public ScoreJson score(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        return ScoreJson.of(queries.result(actor, id));
    }
}
