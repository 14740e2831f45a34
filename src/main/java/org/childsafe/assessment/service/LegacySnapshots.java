package org.childsafe.assessment.service;

import io.micronaut.context.annotation.Context;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.ResultSource;
import org.childsafe.assessment.domain.StoredResult;
import org.childsafe.assessment.persistence.AssessmentRepository;
import org.childsafe.assessment.persistence.LegacySnapshotRepository;
import org.childsafe.assessment.persistence.LegacySnapshotRow;
import org.childsafe.assessment.persistence.ResultStore;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.scoring.DomainScore;
import org.childsafe.scoring.ItemFlag;
import org.childsafe.scoring.ItemScore;
import org.childsafe.scoring.Perspective;
import org.childsafe.scoring.ScoreComparison;
import org.childsafe.scoring.ScoreResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies snapshots stored in the first format (the API's JSON in {@code score_snapshot}) into the current
 * tables, once, at start-up. Nothing is recomputed: scores, bands, ratings, labels, item values and flags
 * are taken as stored; what the old format left out is taken from the pinned framework version (item
 * weights, criticality and domains, which a version never changes) and the per-domain counts from the item
 * flags. Domain scores of the first format were stored rounded to one decimal and stay so.
 */
@Singleton
@Context
public class LegacySnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(LegacySnapshots.class);

    private final LegacySnapshotRepository legacy;
    private final AssessmentRepository assessments;
    private final ResultStore store;
    private final FrameworkLibrary frameworks;
    private final JsonMapper json;
    private final TransactionOperations<Connection> transactions;

    public LegacySnapshots(LegacySnapshotRepository legacy, AssessmentRepository assessments, ResultStore store,
                           FrameworkLibrary frameworks, JsonMapper json,
                           TransactionOperations<Connection> transactions) {
        this.legacy = legacy;
        this.assessments = assessments;
        this.store = store;
        this.frameworks = frameworks;
        this.json = json;
        this.transactions = transactions;
    }

    /** The first format, as it was written. */
    @Serdeable
    record OldResult(Double score, String band, String rating, boolean provisional, boolean indicative,
                     List<OldDomain> domains, List<OldItem> items, String methodVersion, OldResult self) {
    }

    @Serdeable
    record OldDomain(String code, Double score) {
    }

    @Serdeable
    record OldItem(String code, Double value, List<String> flags) {
    }

    /** Copies every snapshot of the first format not yet copied (at start-up; again is a no-op). */
    @PostConstruct
    public void convert() {
        int converted = transactions.executeWrite(status -> {
            int n = 0;
            for (LegacySnapshotRow row : legacy.findUnconverted()) {
                Assessment assessment = AssessmentAccess.toDomain(assessments.findById(row.assessmentId()).orElseThrow());
                Framework framework = frameworks.get(assessment.frameworkVersionId()).framework();
                OldResult old = read(row.resultJson());
                ScoreResult effective = toResult(framework, old, row.score(), Perspective.EFFECTIVE, row.methodVersion());
                ScoreResult self = old.self() == null ? null
                        : toResult(framework, old.self(), old.self().score(), Perspective.SELF, row.methodVersion());
                StoredResult stored = store.store(assessment, framework.code(), ResultSource.fromCode(row.kind()),
                        new ScoreComparison(effective, self), row.createdAt(),
                        row.kind().equals("verified") && assessment.verifiedBy() != null ? assessment.verifiedBy()
                                : assessment.createdBy());
                legacy.markConverted(row.id(), stored.snapshotId());
                n++;
            }
            return n;
        });
        if (converted > 0) {
            LOG.info("Copied {} stored result(s) of the first format into the current snapshot tables", converted);
        }
    }

    private OldResult read(String text) {
        try {
            return json.readValue(text, OldResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored snapshot cannot be read", e);
        }
    }

    static ScoreResult toResult(Framework framework, OldResult old, Double score, Perspective perspective,
                                String methodVersion) {
        Map<String, OldItem> items = new HashMap<>();
        old.items().forEach(i -> items.put(i.code(), i));
        Map<String, Double> domainScores = new HashMap<>();
        old.domains().forEach(d -> domainScores.put(d.code(), d.score()));
        List<ItemScore> itemScores = new ArrayList<>();
        List<DomainScore> domainResults = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            List<ItemScore> ofDomain = new ArrayList<>();
            for (Item item : domain.items()) {
                OldItem o = items.get(item.code());
                List<ItemFlag> flags = o == null ? List.of(ItemFlag.UNANSWERED)
                        : o.flags().stream().map(ItemFlag::fromCode).toList();
                ofDomain.add(new ItemScore(item.code(), domain.code(), item.critical(), item.weight(), null,
                        o == null ? null : o.value(), flags));
            }
            itemScores.addAll(ofDomain);
            domainResults.add(new DomainScore(domain.code(), domain.weight(), domainScores.get(domain.code()),
                    ofDomain.size(), count(ofDomain, null, true), count(ofDomain, null, false),
                    count(ofDomain, ItemFlag.NOT_APPLICABLE, false), count(ofDomain, ItemFlag.UNANSWERED, false),
                    count(ofDomain, ItemFlag.DONT_KNOW, false)));
        }
        return new ScoreResult(methodVersion, perspective, score, old.band(), old.rating(), old.provisional(),
                old.indicative(), domainResults, itemScores);
    }

    /** Items with the flag; with no flag, the applicable ones (and, when answered is true, N/A ones too). */
    private static int count(List<ItemScore> items, ItemFlag flag, boolean answered) {
        return (int) items.stream().filter(i -> flag != null ? i.has(flag)
                : i.applicable() || answered && i.has(ItemFlag.NOT_APPLICABLE)).count();
    }
}
