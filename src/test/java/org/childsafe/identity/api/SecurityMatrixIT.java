package org.childsafe.identity.api;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.childsafe.support.AssessmentSteps;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role x endpoint matrix (docs/api.md). Every route the application has is read from
 * Micronaut's router; each must have a line in {@link #RULES}, or {@link #every_api_route_has_a_rule}
 * fails, so a new endpoint cannot ship without saying who may call it. Each line is then called as an
 * anonymous visitor and as each role, with real rows: an organisation the callers are linked to ("own")
 * and one they are not ("other"). Allowed means any answer but 401, 403 and 404 (and never a 5xx);
 * refused means 401 for anonymous callers and 403 or 404 for signed-in ones.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixIT {

    /** Real rows the probes point at; add fields here when new endpoints need other ids (e.g. assessments). */
    static final class Fixture {
        long ownOrganisation;
        long otherOrganisation;
        /** Draft assessments of the two organisations (cso-core 2026.1). */
        long ownAssessment;
        long otherAssessment;
        /** An action of each assessment's plan (item P2 answered "partial"). */
        long ownAction;
        long otherAction;
        /** An uploaded evidence file of each assessment. */
        long ownEvidence;
        long otherEvidence;
        /** A cohort of the trainer (of the own organisation), and one of another trainer. */
        long ownCohort;
        long otherCohort;
        final Map<Role, Actor> people = new LinkedHashMap<>();
        Actor bystander;
    }

    /** Who may call a route. */
    enum Scope {
        /** Anyone, signed in or not. */
        ANYONE,
        /** Any signed-in person. */
        SIGNED_IN,
        /** Administrators only. */
        ADMINS,
        /** Administrators, and the listed roles for the "own" row (never for the "other" one). */
        LINKED,
        /** Administrators, and anyone for their own account (the path id is the caller's user id). */
        SELF,
        /** Administrators and the listed roles, whatever the row. */
        ROLES
    }

    /**
     * One line of the matrix: a route (path placeholders are filled with the "own" or "other" id; a
     * query after '?' is sent as written), the body for POST/PUT, and who may call it.
     */
    record Rule(String method, String path, java.util.function.BiFunction<Fixture, Long, Object> body, Scope scope,
                Set<Role> roles, Function<Fixture, Long> own, Function<Fixture, Long> other) {

        Rule body(Function<Fixture, Object> newBody) {
            return new Rule(method, path, (f, id) -> newBody.apply(f), scope, roles, own, other);
        }

        /** A body that depends on the probe's row id (own or other), e.g. {"organisationId": id}. */
        Rule bodyFor(java.util.function.BiFunction<Fixture, Long, Object> newBody) {
            return new Rule(method, path, newBody, scope, roles, own, other);
        }

        /** The ids to put in the path for the "own" and "other" probes (default: the two organisations). */
        Rule ids(Function<Fixture, Long> ownId, Function<Fixture, Long> otherId) {
            return new Rule(method, path, body, scope, roles, ownId, otherId);
        }

        Rule anyone() {
            return new Rule(method, path, body, Scope.ANYONE, Set.of(), own, other);
        }

        Rule signedIn() {
            return new Rule(method, path, body, Scope.SIGNED_IN, Set.of(), own, other);
        }

        Rule admins() {
            return new Rule(method, path, body, Scope.ADMINS, Set.of(), own, other);
        }

        Rule linked(Role first, Role... more) {
            return new Rule(method, path, body, Scope.LINKED, EnumSet.of(first, more), own, other);
        }

        Rule self() {
            return new Rule(method, path, body, Scope.SELF, Set.of(), own, other);
        }

        Rule roles(Role first, Role... more) {
            return new Rule(method, path, body, Scope.ROLES, EnumSet.of(first, more), own, other);
        }

        /** METHOD /path/{} without the query: what a router template is compared with. */
        String key() {
            return method + " " + normalise(path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        }
    }

    static Rule rule(String method, String path) {
        return new Rule(method, path, (f, id) -> null, null, Set.of(), f -> f.ownOrganisation, f -> f.otherOrganisation);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The matrix: one line per route and query variant. Extend it when adding an endpoint. */
    static final List<Rule> RULES = List.of(
            rule("GET", "/api/health").anyone(),
            rule("GET", "/api/openapi.yml").anyone(),
            rule("GET", "/api/frameworks").signedIn(),
            // a text body is sent as application/yaml: an incomplete file, so administrators get 400
            rule("POST", "/api/frameworks").body(f -> "framework: matrix-check\n").admins(),
            rule("GET", "/api/frameworks/{framework}/{version}").signedIn(),
            rule("GET", "/api/frameworks/{framework}/{version}/diff/{otherVersion}").signedIn(),
            rule("GET", "/api/me").signedIn(),
            rule("GET", "/api/users").admins(),
            rule("POST", "/api/users").body(f -> Map.of("username", unique("matrix"), "password", TestUsers.PASSWORD,
                    "role", "manager", "organisationIds", List.of(f.ownOrganisation))).admins(),
            rule("PUT", "/api/users/{id}/password").body(f -> Map.of("password", TestUsers.PASSWORD)).self(),
            rule("GET", "/api/organisations").signedIn(),
            rule("POST", "/api/organisations").body(f -> Map.of("name", unique("Matrix organisation"))).admins(),
            rule("GET", "/api/organisations/{id}").linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            rule("GET", "/api/audit").admins(),
            rule("GET", "/api/audit?organisationId={id}").linked(Role.MANAGER, Role.AUDITOR),
            rule("GET", "/api/audit/verify").admins(),
            rule("GET", "/api/audit/checkpoint").admins(),
            rule("POST", "/api/audit/checkpoint/check").body(f -> Map.of("checkpoint", "not a checkpoint")).admins(),
            rule("GET", "/api/assessments").signedIn(),
            rule("POST", "/api/assessments").bodyFor((f, org) -> Map.of("organisationId", org, "framework", "cso-core",
                    "version", "2026.1")).linked(Role.MANAGER),
            assessment("GET", "/api/assessments/{id}").linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            assessment("GET", "/api/assessments/{id}/score").linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            assessment("PUT", "/api/assessments/{id}/answers/{itemCode}").body(f -> Map.of("answer", "partial"))
                    .linked(Role.MANAGER),
            // reviews, return and verify: a draft answers 409 to an allowed caller, 403/404 to everyone else
            assessment("PUT", "/api/assessments/{id}/reviews/{itemCode}").body(f -> Map.of("answer", "met", "comment", "seen"))
                    .linked(Role.AUDITOR),
            assessment("POST", "/api/assessments/{id}/return").body(f -> Map.of("comment", "look again"))
                    .linked(Role.AUDITOR),
            assessment("POST", "/api/assessments/{id}/verify").body(f -> Map.of()).linked(Role.AUDITOR),
            assessment("GET", "/api/assessments/{id}/evidence/{evidenceId}/file")
                    .linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            assessment("GET", "/api/assessments/{id}/actions").linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            assessment("PATCH", "/api/assessments/{id}/actions/{actionId}").body(f -> Map.of("owner", "Khun Malee"))
                    .linked(Role.MANAGER),
            assessment("GET", "/api/assessments/{id}/actions.pdf").linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            assessment("GET", "/api/assessments/{id}/actions.csv").linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            assessment("GET", "/api/assessments/{id}/actions.xlsx").linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            assessment("GET", "/api/assessments/{id}/answers.csv").linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            assessment("GET", "/api/assessments/{id}/answers.xlsx").linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            assessment("GET", "/api/assessments/{id}/answers").linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            // the same assessment as its own earlier round: 400 for allowed callers
            assessment("GET", "/api/assessments/{id}/comparison?with={id}").linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            rule("GET", "/api/organisations/{id}/trend?framework=cso-core").linked(Role.MANAGER, Role.AUDITOR, Role.TRAINER),
            rule("GET", "/api/cohorts").roles(Role.TRAINER),
            // a trainer creates one of the organisation they follow; an admin without "trainer" gets 400
            rule("POST", "/api/cohorts").body(f -> Map.of("name", unique("Matrix cohort"), "organisationIds",
                    List.of(f.ownOrganisation))).roles(Role.TRAINER),
            rule("GET", "/api/cohorts/{id}").ids(f -> f.ownCohort, f -> f.otherCohort).linked(Role.TRAINER),
            rule("GET", "/api/cohorts/{id}/dashboard?framework=cso-core").ids(f -> f.ownCohort, f -> f.otherCohort)
                    .linked(Role.TRAINER),
            // submit last in effect: a draft without critical answers answers 400 to allowed callers
            assessment("POST", "/api/assessments/{id}/submit").body(f -> Map.of()).linked(Role.MANAGER)
    );

    static Rule assessment(String method, String path) {
        return rule(method, path).ids(f -> f.ownAssessment, f -> f.otherAssessment);
    }

    private static final List<Role> ROLES = List.of(Role.ADMIN, Role.MANAGER, Role.AUDITOR, Role.TRAINER);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Router router;
    @Inject
    IdentityService identity;
    @Inject
    OrganisationService organisations;
    @Inject
    io.micronaut.context.ApplicationContext context;
    private AssessmentSteps assessments;
    @Inject
    org.childsafe.actionplan.service.ActionPlanService actionPlans;

    private final Fixture fixture = new Fixture();

    @BeforeAll
    void createRows() {
        assessments = AssessmentSteps.of(context);
        Actor admin = identity.actor(TestUsers.ADMIN).orElseThrow();
        fixture.ownOrganisation = organisations.create(admin, new OrganisationService.OrganisationForm(
                unique("Own organisation"), "TH", "shelter", "small")).id();
        fixture.otherOrganisation = organisations.create(admin, new OrganisationService.OrganisationForm(
                unique("Other organisation"), "TH", "ngo", "small")).id();
        for (Role role : ROLES) {
            fixture.people.put(role, role == Role.ADMIN ? TestUsers.create(identity, role)
                    : TestUsers.create(identity, role, fixture.ownOrganisation));
        }
        fixture.bystander = TestUsers.create(identity, Role.MANAGER, fixture.otherOrganisation);
        fixture.ownAssessment = assessments.start(admin, new org.childsafe.assessment.service.AssessmentWorkflow.StartForm(fixture.ownOrganisation,
                "cso-core", "2026.1", "Matrix", null)).id();
        fixture.otherAssessment = assessments.start(admin, new org.childsafe.assessment.service.AssessmentWorkflow.StartForm(fixture.otherOrganisation,
                "cso-core", "2026.1", "Matrix", null)).id();
        fixture.ownAction = firstAction(admin, fixture.ownAssessment);
        fixture.otherAction = firstAction(admin, fixture.otherAssessment);
        fixture.ownEvidence = assessments.addEvidenceFile(admin, fixture.ownAssessment, "P3", "Policy scan",
                "policy.pdf", "application/pdf", "%PDF-1.4 matrix".getBytes()).id();
        fixture.otherEvidence = assessments.addEvidenceFile(admin, fixture.otherAssessment, "P3", "Policy scan",
                "policy.pdf", "application/pdf", "%PDF-1.4 matrix".getBytes()).id();
        org.childsafe.rounds.service.CohortService cohorts = context.getBean(org.childsafe.rounds.service.CohortService.class);
        fixture.ownCohort = cohorts.create(fixture.people.get(Role.TRAINER), unique("Own cohort"),
                List.of(fixture.ownOrganisation), null).id();
        Actor otherTrainer = TestUsers.create(identity, Role.TRAINER, fixture.otherOrganisation);
        fixture.otherCohort = cohorts.create(otherTrainer, unique("Other cohort"), List.of(fixture.otherOrganisation),
                null).id();
    }

    /** "GET /api/organisations/{id}" for a router template such as "/api/organisations/{id}{?offset,limit}". */
    static String normalise(String template) {
        String path = template.replaceAll("\\{[?&][^}]*}", "").replaceAll("\\{[^}]*}", "{}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * Every route of the router as "METHOD /path/{}". HEAD routes, which Micronaut adds for each GET,
     * are reported as that GET: they run the same method under the same security rule.
     */
    private Set<String> routes() {
        return router.uriRoutes()
                .map(r -> ("HEAD".equals(r.getHttpMethodName()) ? "GET" : r.getHttpMethodName()) + " "
                        + normalise(r.getUriMatchTemplate().toString()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean underApi(String route) {
        String path = route.substring(route.indexOf(' ') + 1);
        return path.equals("/api") || path.startsWith("/api/");
    }

    @Test
    void every_api_route_has_a_rule() {
        Set<String> known = RULES.stream().map(Rule::key).collect(Collectors.toSet());
        List<String> missing = routes().stream().filter(SecurityMatrixIT::underApi).filter(r -> !known.contains(r))
                .map(r -> "add a rule for " + r + " to SecurityMatrixIT.RULES").toList();
        assertThat(missing).isEmpty();
    }

    /**
     * Routes outside /api (Micronaut's management endpoints such as /beans, /routes, /refresh, and the
     * security /token_info) exist in the router, but the Micronaut servlet is mapped to /api/* only, so
     * a request for them reaches the Vaadin servlet and gets the application page, never their data.
     * Checked as an administrator, for every such route, so a change of the servlet mapping that would
     * expose them fails here.
     */
    @TestFactory
    Stream<DynamicTest> routes_outside_the_api_are_not_served_by_micronaut() {
        Actor admin = fixture.people.get(Role.ADMIN);
        return routes().stream().filter(r -> !underApi(r)).map(route -> DynamicTest.dynamicTest(route
                + " is not served (outside /api/*)", () -> {
                    String method = route.substring(0, route.indexOf(' '));
                    String uri = route.substring(route.indexOf(' ') + 1).replace("{}", "1");
                    MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.parse(method), uri);
                    request.basicAuth(admin.username(), TestUsers.PASSWORD);
                    String type;
                    int status;
                    try {
                        io.micronaut.http.HttpResponse<String> answer = client.toBlocking().exchange(request, String.class);
                        status = answer.getStatus().getCode();
                        type = answer.getContentType().map(MediaType::toString).orElse("");
                    } catch (HttpClientResponseException e) {
                        status = e.getStatus().getCode();
                        type = e.getResponse().getContentType().map(MediaType::toString).orElse("");
                    }
                    assertThat(status).as(route).isLessThan(500);
                    assertThat(type).as(route + " answered by Micronaut").doesNotContain("json");
                }));
    }

    @Test
    void every_rule_names_a_route_that_exists() {
        Set<String> routes = routes();
        assertThat(RULES.stream().map(Rule::key).filter(k -> !routes.contains(k)).toList())
                .as("rules for routes that no longer exist").isEmpty();
        assertThat(RULES).allSatisfy(r -> assertThat(r.scope()).as(r.key() + " says who may call it").isNotNull());
    }

    /** One call: who calls, which row ("own"/"other", or none), and whether it must be allowed. */
    private long firstAction(Actor admin, long assessment) {
        assessments.answer(admin, assessment, "P2", new org.childsafe.assessment.service.AssessmentAnswering.AnswerInput("partial", null, null, null));
        return actionPlans.plan(admin, assessment).actions().get(0).id();
    }

    record Probe(Rule rule, Role caller, String target, boolean allowed) {
        String name() {
            return rule.method() + " " + rule.path() + (target == null ? "" : " [" + target + "]") + " as "
                    + (caller == null ? "anonymous" : caller.code()) + " -> " + (allowed ? "allowed" : "refused");
        }
    }

    static List<Probe> probes(Rule rule) {
        List<Probe> out = new ArrayList<>();
        List<Role> callers = new ArrayList<>();
        callers.add(null);
        callers.addAll(ROLES);
        boolean targeted = rule.scope() == Scope.LINKED || rule.scope() == Scope.SELF || rule.path().contains("{");
        for (Role caller : callers) {
            for (String target : targeted ? List.of("own", "other") : java.util.Collections.<String>singletonList(null)) {
                boolean own = "own".equals(target);
                boolean allowed = switch (rule.scope()) {
                    case ANYONE -> true;
                    case SIGNED_IN -> caller != null;
                    case ADMINS -> caller == Role.ADMIN;
                    case LINKED -> caller == Role.ADMIN || own && rule.roles().contains(caller);
                    case SELF -> caller == Role.ADMIN || own && caller != null;
                    case ROLES -> caller == Role.ADMIN || rule.roles().contains(caller);
                };
                out.add(new Probe(rule, caller, target, allowed));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> each_role_is_allowed_or_refused_exactly_as_the_matrix_says() {
        return RULES.stream().flatMap(rule -> probes(rule).stream())
                .map(probe -> DynamicTest.dynamicTest(probe.name(), () -> check(probe)));
    }

    /** Answers seen, by line and target, then by caller: printed as a table at the end. */
    private final Map<String, Map<String, Integer>> answers = new java.util.concurrent.ConcurrentSkipListMap<>();

    @AfterAll
    void printTheMatrix() {
        StringBuilder table = new StringBuilder(String.format("%-48s %9s %6s %8s %8s %8s%n", "route [row]",
                "anonymous", "admin", "manager", "auditor", "trainer"));
        answers.forEach((line, byCaller) -> table.append(String.format("%-48s %9s %6s %8s %8s %8s%n", line,
                byCaller.get("anonymous"), byCaller.get("admin"), byCaller.get("manager"), byCaller.get("auditor"),
                byCaller.get("trainer"))));
        System.out.println(table);
    }

    private void check(Probe probe) {
        int status = call(probe);
        answers.computeIfAbsent(probe.rule().method() + " " + probe.rule().path()
                        + (probe.target() == null ? "" : " [" + probe.target() + "]"),
                k -> new java.util.concurrent.ConcurrentHashMap<>())
                .put(probe.caller() == null ? "anonymous" : probe.caller().code(), status);
        String what = probe.name() + " (answered " + status + ")";
        assertThat(status).as(what).isLessThan(500);
        if (probe.allowed()) {
            assertThat(status).as(what).isNotIn(401, 403, 404);
        } else if (probe.caller() == null) {
            assertThat(status).as(what).isEqualTo(401);
        } else {
            assertThat(status).as(what).isIn(403, 404);
        }
    }

    private int call(Probe probe) {
        Rule rule = probe.rule();
        Actor caller = probe.caller() == null ? null : fixture.people.get(probe.caller());
        long id;
        if (rule.scope() == Scope.SELF) {
            id = "own".equals(probe.target()) && caller != null ? caller.userId() : fixture.bystander.userId();
        } else {
            id = "other".equals(probe.target()) ? rule.other().apply(fixture) : rule.own().apply(fixture);
        }
        String uri = rule.path().replace("{itemCode}", "P2")
                .replace("{actionId}", Long.toString("other".equals(probe.target()) ? fixture.otherAction : fixture.ownAction))
                .replace("{evidenceId}", Long.toString("other".equals(probe.target()) ? fixture.otherEvidence
                        : fixture.ownEvidence)).replace("{framework}", "cso-core")
                .replace("{version}", "2026.1").replace("{otherVersion}", "2026.1").replaceAll("\\{[^}?&]*}", Long.toString(id));
        Object body = rule.body().apply(fixture, id);
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.parse(rule.method()), uri);
        if (body instanceof String text) {
            request.body(text).contentType(MediaType.of("application/yaml"));
        } else if (body != null) {
            request.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        if (caller != null) {
            request.basicAuth(caller.username(), TestUsers.PASSWORD);
        }
        try {
            return client.toBlocking().exchange(request, String.class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
