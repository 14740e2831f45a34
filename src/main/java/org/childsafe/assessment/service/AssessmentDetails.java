package org.childsafe.assessment.service;

import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.Review;
import org.childsafe.framework.domain.Framework;
import org.childsafe.scoring.ItemResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An assessment with everything needed to show and score it: the pinned framework, the answers, the
 * number of evidence entries per item and the auditor reviews (keyed by item code).
 */
public record AssessmentDetails(Assessment assessment, String organisationName, Framework framework,
                                Map<String, Answer> answers, Map<String, Integer> evidenceCounts,
                                Map<String, Review> reviews) {

    public AssessmentDetails {
        answers = Map.copyOf(answers);
        evidenceCounts = Map.copyOf(evidenceCounts);
        reviews = Map.copyOf(reviews);
    }

    /**
     * The scoring input: one response per item that has an answer or a review that still applies (a review
     * of an answer the organisation changed afterwards no longer counts, see {@link Review#appliesTo}).
     */
    public List<ItemResponse> responses() {
        List<ItemResponse> out = new ArrayList<>();
        framework.items().forEach(item -> {
            Answer a = answers.get(item.code());
            Review r = currentReview(item.code()).orElse(null);
            if (a == null && r == null) {
                return;
            }
            out.add(new ItemResponse(item.code(), a == null ? null : a.answer(), a == null ? null : a.naReason(),
                    evidenceCounts.getOrDefault(item.code(), 0) > 0,
                    r == null ? null : new org.childsafe.scoring.Review(r.answer(), r.comment())));
        });
        return out;
    }

    /** The item's review if it still applies to the item's answer. */
    public java.util.Optional<Review> currentReview(String itemCode) {
        Review r = reviews.get(itemCode);
        return r != null && r.appliesTo(answers.get(itemCode)) ? java.util.Optional.of(r) : java.util.Optional.empty();
    }

    /** Items with a stored answer. */
    public int answeredCount() {
        return (int) framework.items().filter(i -> answers.containsKey(i.code())).count();
    }

    /** Items with a review that still applies. */
    public int reviewedCount() {
        return (int) framework.items().filter(i -> currentReview(i.code()).isPresent()).count();
    }
}
