package org.childsafe.organisation.service;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.domain.OrganisationType;
import org.childsafe.organisation.domain.SizeBand;
import org.childsafe.organisation.persistence.OrganisationRepository;
import org.childsafe.organisation.persistence.OrganisationRow;
import org.childsafe.audit.service.AuditLog;
import io.micronaut.context.event.ApplicationEventPublisher;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.OrganisationStatusChanged;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.ConflictException;
import org.childsafe.kernel.ForbiddenException;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.kernel.Detail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Creating, changing and listing organisations. */
@Singleton
public class OrganisationService {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    public static final int MAX_NAME = 200;

    private final OrganisationRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher<OrganisationStatusChanged> events;

    public OrganisationService(OrganisationRepository repository, AuditLog audit, Clock clock,
                               ApplicationEventPublisher<OrganisationStatusChanged> events) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** What a person types when creating or editing an organisation; codes as in the API. */
    public record OrganisationForm(String name, String country, String type, String size) {
    }

    @Transactional
    public Organisation create(Actor actor, OrganisationForm form) {
        requireAdmin(actor);
        Validated v = validate(form, null);
        OrganisationRow row = repository.save(new OrganisationRow(null, v.name, v.country, v.type.code(),
                v.size.code(), true, Instant.now(clock)));
        Organisation created = toDomain(row);
        audit.record(actor, created.id(), "organisation", created.id(), "create", null, describe(created));
        return created;
    }

    @Transactional
    public Organisation update(Actor actor, long id, OrganisationForm form) {
        requireAdmin(actor);
        OrganisationRow existing = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("error.organisation.notFound", id));
        Validated v = validate(form, id);
        Organisation updated = toDomain(repository.update(new OrganisationRow(id, v.name, v.country, v.type.code(),
                v.size.code(), existing.active(), existing.createdAt())));
        audit.record(actor, id, "organisation", id, "update", describe(toDomain(existing)), describe(updated));
        return updated;
    }

    @Transactional
    public Organisation setActive(Actor actor, long id, boolean active) {
        requireAdmin(actor);
        OrganisationRow r = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("error.organisation.notFound", id));
        Organisation updated = toDomain(repository.update(new OrganisationRow(r.id(), r.name(), r.country(),
                r.orgType(), r.sizeBand(), active, r.createdAt())));
        audit.record(actor, id, "organisation", id, active ? "activate" : "deactivate",
                java.util.Map.of("active", r.active()), java.util.Map.of("active", active));
        if (r.active() != active) {
            // in this transaction: the people of the organisation start again with what they may now do
            events.publishEvent(new OrganisationStatusChanged(id, active));
        }
        return updated;
    }

    /** An organisation the actor may see; 404 otherwise, so that existence does not leak. */
    @Transactional
    public Organisation get(Actor actor, long id) {
        if (!Access.canRead(actor, id)) {
            throw new NotFoundException("error.organisation.notFound", id);
        }
        return repository.findById(id).map(OrganisationService::toDomain)
                .orElseThrow(() -> new NotFoundException("error.organisation.notFound", id));
    }

    /** The organisations the actor may see: all for administrators, else the linked ones. */
    @Transactional
    public List<Organisation> visible(Actor actor) {
        return actor.isAdmin() ? list() : list(actor.organisationIds());
    }

    private static void requireAdmin(Actor actor) {
        if (!Access.canAdminister(actor)) {
            throw new ForbiddenException("error.organisation.adminOnly");
        }
    }

    private static java.util.Map<String, Object> describe(Organisation o) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", o.name());
        m.put("country", o.country());
        m.put("type", o.type().code());
        m.put("size", o.size().code());
        m.put("active", o.active());
        return m;
    }

    @Transactional
    public java.util.Optional<Organisation> find(long id) {
        return repository.findById(id).map(OrganisationService::toDomain);
    }

    @Transactional
    public List<Organisation> list() {
        return repository.listOrderByName().stream().map(OrganisationService::toDomain).toList();
    }

    /** One page of organisations ordered by name, for lazy grids. */
    @Transactional
    public List<Organisation> page(int page, int pageSize) {
        return repository.findAll(io.micronaut.data.model.Pageable.from(page, pageSize,
                        io.micronaut.data.model.Sort.of(io.micronaut.data.model.Sort.Order.asc("name"))))
                .getContent().stream().map(OrganisationService::toDomain).toList();
    }

    @Transactional
    public long count() {
        return repository.count();
    }

    @Transactional
    public List<Organisation> list(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.findByIdInOrderByName(ids).stream().map(OrganisationService::toDomain).toList();
    }

    private record Validated(String name, String country, OrganisationType type, SizeBand size) {
    }

    private Validated validate(OrganisationForm form, Long id) {
        List<Detail> problems = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            problems.add(Detail.of("name", "error.organisation.nameRequired"));
        } else if (name.length() > MAX_NAME) {
            problems.add(Detail.of("name", "error.organisation.nameLong", MAX_NAME));
        }
        String country = form.country() == null || form.country().isBlank() ? "TH"
                : form.country().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            problems.add(Detail.of("country", "error.organisation.country"));
        }
        OrganisationType type = form.type() == null || form.type().isBlank() ? OrganisationType.NGO
                : OrganisationType.fromCode(form.type()).orElse(null);
        if (type == null) {
            problems.add(Detail.of("type", "error.organisation.type"));
        }
        SizeBand size = form.size() == null || form.size().isBlank() ? SizeBand.SMALL
                : SizeBand.fromCode(form.size()).orElse(null);
        if (size == null) {
            problems.add(Detail.of("size", "error.organisation.size"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems, "error.organisation.invalid");
        }
        repository.findByNameIlike(name).filter(r -> !r.id().equals(id)).ifPresent(r -> {
            throw new ConflictException("error.organisation.taken", name);
        });
        return new Validated(name, country, type, size);
    }

    static Organisation toDomain(OrganisationRow row) {
        return new Organisation(row.id(), row.name(), row.country(),
                OrganisationType.fromCode(row.orgType()).orElse(OrganisationType.OTHER),
                SizeBand.fromCode(row.sizeBand()).orElse(SizeBand.SMALL), row.active(), row.createdAt());
    }
}
