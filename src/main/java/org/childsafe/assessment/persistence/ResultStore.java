package org.childsafe.assessment.persistence;

import jakarta.inject.Singleton;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.ResultSource;
import org.childsafe.assessment.domain.StoredResult;
import org.childsafe.scoring.Completeness;
import org.childsafe.scoring.DomainScore;
import org.childsafe.scoring.ItemFlag;
import org.childsafe.scoring.ItemScore;
import org.childsafe.scoring.Perspective;
import org.childsafe.scoring.ScoreComparison;
import org.childsafe.scoring.ScoreResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stored results (table {@code result_snapshot} and its parts, domains and items), mapped explicitly to and
 * from the scoring method's own records. A snapshot is written once; reading it back gives the result exactly
 * as it was computed, with nothing recomputed.
 */
@Singleton
public class ResultStore {

    private final SnapshotRepository snapshots;
    private final ResultPartRepository parts;
    private final ResultDomainRepository domains;
    private final ResultItemRepository items;

    public ResultStore(SnapshotRepository snapshots, ResultPartRepository parts, ResultDomainRepository domains,
                       ResultItemRepository items) {
        this.snapshots = snapshots;
        this.parts = parts;
        this.domains = domains;
        this.items = items;
    }

    /** Stores a result as a new snapshot of the assessment (in the caller's transaction) and returns it. */
    public StoredResult store(Assessment assessment, String frameworkCode, ResultSource kind, ScoreComparison result,
                              Instant at, String by) {
        if (kind == ResultSource.LIVE) {
            throw new IllegalArgumentException("a live result is never stored");
        }
        SnapshotRow row = snapshots.save(new SnapshotRow(null, assessment.id(), assessment.organisationId(),
                assessment.frameworkVersionId(), frameworkCode, kind.code(), result.effective().methodVersion(), at, by));
        List<ScoreResult> perspectives = new ArrayList<>();
        perspectives.add(result.effective());
        result.selfIfReviewed().ifPresent(perspectives::add);
        List<ResultPartRow> partRows = new ArrayList<>();
        List<ResultDomainRow> domainRows = new ArrayList<>();
        List<ResultItemRow> itemRows = new ArrayList<>();
        for (ScoreResult r : perspectives) {
            String perspective = r.perspective().code();
            Completeness c = r.completeness();
            partRows.add(new ResultPartRow(null, row.id(), perspective, r.score(), r.band(), r.rating(), r.provisional(),
                    r.indicative(), c.items(), c.answered(), c.applicable(), c.notApplicable(), c.dontKnow(),
                    c.unanswered()));
            int position = 0;
            for (DomainScore d : r.domains()) {
                domainRows.add(new ResultDomainRow(null, row.id(), perspective, d.code(), position++, d.weight(),
                        d.score(), d.items(), d.answered(), d.applicable(), d.notApplicable(), d.missing(), d.dontKnow()));
            }
            position = 0;
            for (ItemScore i : r.items()) {
                itemRows.add(new ResultItemRow(null, row.id(), perspective, i.code(), i.domainCode(), position++,
                        i.critical(), i.weight(), i.answer(), i.value(), String.join(",", i.flagCodes())));
            }
        }
        parts.saveAll(partRows);
        domains.saveAll(domainRows);
        items.saveAll(itemRows);
        return new StoredResult(row.id(), assessment.id(), kind, row.methodVersion(), at, by, result);
    }

    /** The snapshot the assessment serves: its newest verified one, else its newest submitted one. */
    public Optional<StoredResult> served(long assessmentId) {
        return snapshots.findServed(List.of(assessmentId)).stream().findFirst().map(this::read);
    }

    /** Every snapshot of the assessment, oldest first. */
    public List<StoredResult> all(long assessmentId) {
        return snapshots.findByAssessmentIdOrderById(assessmentId).stream().map(this::read).toList();
    }

    /** What a list shows of each assessment's served snapshot: its effective overall result. */
    public record Summary(long assessmentId, ResultSource kind, Double score, String rating, int answered, int items) {
    }

    /** The served snapshot's summary per assessment that has one: two queries for a page of assessments. */
    public Map<Long, Summary> servedSummaries(Collection<Long> assessmentIds) {
        Map<Long, Summary> out = new HashMap<>();
        if (assessmentIds.isEmpty()) {
            return out;
        }
        Map<Long, SnapshotRow> bySnapshot = snapshots.findServed(assessmentIds).stream()
                .collect(Collectors.toMap(SnapshotRow::id, s -> s));
        if (bySnapshot.isEmpty()) {
            return out;
        }
        for (ResultPartRow p : parts.findBySnapshotIdInAndPerspective(bySnapshot.keySet(), Perspective.EFFECTIVE.code())) {
            SnapshotRow s = bySnapshot.get(p.snapshotId());
            out.put(s.assessmentId(), new Summary(s.assessmentId(), ResultSource.fromCode(s.kind()), p.score(), p.rating(),
                    p.answered(), p.items()));
        }
        return out;
    }

    private StoredResult read(SnapshotRow row) {
        Map<String, List<ResultDomainRow>> domainsBy = domains.findBySnapshotIdOrderByPosition(row.id()).stream()
                .collect(Collectors.groupingBy(ResultDomainRow::perspective));
        Map<String, List<ResultItemRow>> itemsBy = items.findBySnapshotIdOrderByPosition(row.id()).stream()
                .collect(Collectors.groupingBy(ResultItemRow::perspective));
        ScoreResult effective = null;
        ScoreResult self = null;
        for (ResultPartRow part : parts.findBySnapshotId(row.id())) {
            ScoreResult result = new ScoreResult(row.methodVersion(), Perspective.fromCode(part.perspective()),
                    part.score(), part.band(), part.rating(), part.provisional(), part.indicative(),
                    domainsBy.getOrDefault(part.perspective(), List.of()).stream().map(ResultStore::domain).toList(),
                    itemsBy.getOrDefault(part.perspective(), List.of()).stream().map(ResultStore::item).toList());
            if (result.perspective() == Perspective.EFFECTIVE) {
                effective = result;
            } else {
                self = result;
            }
        }
        if (effective == null) {
            throw new IllegalStateException("snapshot " + row.id() + " has no effective result");
        }
        return new StoredResult(row.id(), row.assessmentId(), ResultSource.fromCode(row.kind()), row.methodVersion(),
                row.takenAt(), row.takenBy(), new ScoreComparison(effective, self));
    }

    private static DomainScore domain(ResultDomainRow d) {
        return new DomainScore(d.domainCode(), d.weight(), d.score(), d.items(), d.answered(), d.applicable(),
                d.notApplicable(), d.missing(), d.dontKnow());
    }

    private static ItemScore item(ResultItemRow i) {
        List<ItemFlag> flags = i.flags().isEmpty() ? List.of()
                : Arrays.stream(i.flags().split(",")).map(ItemFlag::fromCode).toList();
        return new ItemScore(i.itemCode(), i.domainCode(), i.critical(), i.weight(), i.answer(), i.itemValue(), flags);
    }
}
