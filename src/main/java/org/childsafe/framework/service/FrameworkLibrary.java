package org.childsafe.framework.service;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.load.FrameworkJson;
import org.childsafe.framework.load.FrameworkParser;
import org.childsafe.framework.load.ParseResult;
import org.childsafe.framework.load.Problem;
import org.childsafe.framework.persistence.FrameworkVersionRepository;
import org.childsafe.framework.persistence.FrameworkVersionRow;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.ConflictException;
import org.childsafe.kernel.ForbiddenException;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.kernel.Detail;
import org.childsafe.kernel.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The framework library: versioned checklist files, validated whole before anything is stored, and
 * immutable once imported. Parsed versions are cached by id (they never change).
 *
 * <p>A version is its content, not its bytes (ADR 0003, docs/framework-format.md): a file for an existing
 * version that differs from the stored one only in comments or formatting (spacing, quoting, key order,
 * flow or block style, defaults written out) parses to the same canonical form ({@link FrameworkJson}) and
 * is a no-op that keeps the stored bytes; any other difference is a conflict.
 */
@Singleton
public class FrameworkLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(FrameworkLibrary.class);

    private final FrameworkVersionRepository repository;
    private final FrameworkParser parser = new FrameworkParser();
    private final AuditLog audit;
    private final org.childsafe.audit.service.SecurityLog security;
    private final Clock clock;
    private final Map<Long, StoredFramework> cache = new ConcurrentHashMap<>();

    public FrameworkLibrary(FrameworkVersionRepository repository, AuditLog audit,
                            org.childsafe.audit.service.SecurityLog security, Clock clock) {
        this.security = security;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** A stored framework version: its database id and the parsed framework. */
    public record StoredFramework(long id, Framework framework, String sha256) {
    }

    /** One line of the library list. */
    public record Summary(long id, String code, String version, String titleEn, String titleTh, int itemCount,
                          boolean indicative) {
        public String title(String language) {
            return "th".equals(language) && titleTh != null && !titleTh.isBlank() ? titleTh : titleEn;
        }
    }

    /** What an import did. */
    public enum ImportOutcome {
        /** A new version was stored. */
        CREATED,
        /** Exactly these bytes were imported before: nothing changed. */
        UNCHANGED,
        /** The version exists with the same content; the file differs only in comments or formatting. Nothing changed. */
        SAME_CONTENT
    }

    public record ImportResult(ImportOutcome outcome, StoredFramework stored) {
    }

    /**
     * Imports one framework file. Refused whole (400, every problem listed) when invalid; a no-op when
     * the same bytes, or a file with the same content ({@link #sameContent}), were imported before (the stored
     * bytes are kept, nothing is written, not even to the audit trail); 409 when that (framework, version)
     * exists with other content.
     */
    @Transactional
    public ImportResult importFile(Actor actor, byte[] content) {
        if (!Access.canAdminister(actor)) {
            security.importRefused(actor, "framework", 0);
            throw new ForbiddenException("error.framework.adminOnly");
        }
        ParseResult result = parser.parse(content);
        if (result instanceof ParseResult.Invalid invalid) {
            // recorded in a transaction of its own: this one rolls back and stores nothing
            security.importRefused(actor, "framework", invalid.problems().size());
            List<Detail> details = invalid.problems().stream()
                    .map(p -> new Detail(p.path(), p.line(), p.text())).toList();
            throw new InvalidInputException(Text.of("error.framework.invalid", invalid.problems().size()), details);
        }
        Framework framework = ((ParseResult.Valid) result).framework();
        String sha = sha256(content);
        Optional<FrameworkVersionRow> existing = repository.findByCodeAndVersion(framework.code(), framework.version());
        if (existing.isPresent()) {
            StoredFramework stored = load(existing.get());
            if (existing.get().sha256().equals(sha)) {
                return new ImportResult(ImportOutcome.UNCHANGED, stored);
            }
            if (sameContent(stored.framework(), framework)) {
                LOG.info("Framework {} version {}: the file imported by {} differs from the stored one only in"
                                + " comments or formatting; the stored file ({}) is kept", framework.code(),
                        framework.version(), actor.username(), stored.sha256());
                return new ImportResult(ImportOutcome.SAME_CONTENT, stored);
            }
            security.importRefused(actor, framework.code() + "@" + framework.version(), 1);
            throw new ConflictException("error.framework.exists", framework.code(), framework.version());
        }
        FrameworkVersionRow row = repository.save(new FrameworkVersionRow(null, framework.code(), framework.version(),
                truncate(framework.title().get("en")), framework.title().has("th") ? truncate(framework.title().get("th")) : null,
                framework.itemCount(), framework.indicative(), new String(content, StandardCharsets.UTF_8), sha,
                clock.instant(), actor.username()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("framework", framework.code());
        after.put("version", framework.version());
        after.put("sha256", sha);
        after.put("items", framework.itemCount());
        audit.record(actor, null, "framework", framework.code() + "@" + framework.version(), "import", null, after);
        StoredFramework stored = new StoredFramework(row.id(), framework, sha);
        cache.put(row.id(), stored);
        return new ImportResult(ImportOutcome.CREATED, stored);
    }

    /** Every version, without parsing any file (framework code order, oldest version first). */
    @Transactional(readOnly = true)
    public List<Summary> list() {
        return repository.listSummaries().stream().map(r -> new Summary(r.id(), r.code(), r.version(), r.titleEn(),
                r.titleTh(), r.itemCount(), r.indicative())).toList();
    }

    @Transactional(readOnly = true)
    public StoredFramework get(String code, String version) {
        FrameworkVersionRow row = repository.findByCodeAndVersion(code, version)
                .orElseThrow(() -> new NotFoundException("error.framework.notFound", code, version));
        StoredFramework cached = cache.get(row.id());
        return cached != null ? cached : load(row);
    }

    /** A version by id, from the cache after the first read (one query, then none). */
    @Transactional(readOnly = true)
    public StoredFramework get(long id) {
        StoredFramework cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        return load(repository.findById(id).orElseThrow(() -> new NotFoundException("error.framework.versionNotFound", id)));
    }

    /** The stored file text of a version, exactly as imported. */
    @Transactional(readOnly = true)
    public String content(long id) {
        return repository.findById(id).map(FrameworkVersionRow::content)
                .orElseThrow(() -> new NotFoundException("error.framework.versionNotFound", id));
    }

    /** Versions of one framework, oldest first. */
    @Transactional(readOnly = true)
    public List<Summary> versions(String code) {
        return repository.findByCodeOrderByImportedAt(code).stream().map(r -> new Summary(r.id(), r.code(),
                r.version(), r.titleEn(), r.titleTh(), r.itemCount(), r.indicative())).toList();
    }

    private StoredFramework load(FrameworkVersionRow row) {
        return cache.computeIfAbsent(row.id(), id -> {
            ParseResult parsed = parser.parse(row.content());
            if (parsed instanceof ParseResult.Valid valid) {
                return new StoredFramework(row.id(), valid.framework(), row.sha256());
            }
            List<Problem> problems = ((ParseResult.Invalid) parsed).problems();
            throw new IllegalStateException("Stored framework " + row.code() + " " + row.version()
                    + " no longer parses: " + problems.get(0).describe());
        });
    }

    /**
     * Whether two parsed files say the same thing: equal canonical forms (every default written out, texts as
     * maps of language to text whatever their order, numbers as numbers), whatever their comments or layout.
     */
    static boolean sameContent(Framework stored, Framework imported) {
        return FrameworkJson.toMap(stored).equals(FrameworkJson.toMap(imported));
    }

    private static String truncate(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
