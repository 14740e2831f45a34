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
            Answer a = answered(item.code()).orElse(null);
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
        return r != null && r.appliesTo(answered(itemCode).orElse(null)) ? java.util.Optional.of(r) : java.util.Optional.empty();
    }

    /** The item's answer given in this round: a carried answer still to re-check is not one. */
    public java.util.Optional<Answer> answered(String itemCode) {
        Answer a = answers.get(itemCode);
        return a == null || a.recheck() ? java.util.Optional.empty() : java.util.Optional.of(a);
    }

    /** Items with an answer given in this round. */
    public int answeredCount() {
        return (int) framework.items().filter(i -> answered(i.code()).isPresent()).count();
    }

    /** Items whose answer was carried from the baseline and still needs a re-check. */
    public int recheckCount() {
        return (int) framework.items().filter(i -> {
            Answer a = answers.get(i.code());
            return a != null && a.recheck();
        }).count();
    }

    /** Items with a review that still applies. */
    public int reviewedCount() {
        return (int) framework.items().filter(i -> currentReview(i.code()).isPresent()).count();
    }
}
