package org.childsafe.rounds.domain;

import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.Lineage;
import org.childsafe.scoring.DomainScore;
import org.childsafe.scoring.ItemScore;
import org.childsafe.scoring.ScoreResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Two rounds of one organisation side by side (docs/rounds.md, "Comparing two rounds"), from their stored
 * results. Items are matched like for like: each item of the later round with the items of the earlier
 * version it carries on ({@link Lineage#carriedOn}), its earlier value being the mean of theirs; only items
 * with a value on both sides are listed. Domains are matched by code.
 *
 * @param score        overall scores; from or to may be null when nothing was scored
 * @param domains      per domain of the later round, in its order, with the earlier score where the code exists
 * @param items        items with a value on both sides, in the later round's order
 * @param newItems     items of the later round that carry on nothing of the earlier version
 * @param droppedItems items of the earlier version that nothing in the later round carries on
 */
public record Comparison(Move score, List<DomainMove> domains, List<ItemMove> items, List<String> newItems,
                         List<String> droppedItems) {

    public Comparison {
        domains = List.copyOf(domains);
        items = List.copyOf(items);
        newItems = List.copyOf(newItems);
        droppedItems = List.copyOf(droppedItems);
    }

    /** Unrounded values of the two rounds; change is to − from, null when either is missing. */
    public record Move(Double from, Double to) {
        public Double change() {
            return from == null || to == null ? null : to - from;
        }
    }

    public record DomainMove(String code, Move move) {
    }

    /**
     * @param fromCodes the earlier items it carries on
     * @param from      the mean of their values
     * @param to        its value in the later round
     */
    public record ItemMove(String code, List<String> fromCodes, double from, double to, Change change) {
        public ItemMove {
            fromCodes = List.copyOf(fromCodes);
        }
    }

    public static Comparison of(Framework fromFramework, ScoreResult from, Framework toFramework, ScoreResult to) {
        List<DomainMove> domains = new ArrayList<>();
        for (Domain domain : toFramework.domains()) {
            Double before = from.domain(domain.code()).map(DomainScore::score).orElse(null);
            Double after = to.domain(domain.code()).map(DomainScore::score).orElse(null);
            domains.add(new DomainMove(domain.code(), new Move(before, after)));
        }
        List<ItemMove> items = new ArrayList<>();
        List<String> newItems = new ArrayList<>();
        Set<String> carried = new HashSet<>();
        for (Item item : toFramework.items().toList()) {
            List<String> codes = Lineage.carriedOn(item, toFramework, fromFramework);
            carried.addAll(codes);
            if (codes.isEmpty()) {
                newItems.add(item.code());
                continue;
            }
            Double after = to.item(item.code()).map(ItemScore::value).orElse(null);
            List<Double> before = codes.stream().map(c -> from.item(c).map(ItemScore::value).orElse(null))
                    .filter(Objects::nonNull).toList();
            if (after == null || before.isEmpty()) {
                continue;
            }
            double mean = before.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            items.add(new ItemMove(item.code(), codes, mean, after, Change.between(mean, after)));
        }
        List<String> dropped = fromFramework.items().map(Item::code).filter(c -> !carried.contains(c)).toList();
        return new Comparison(new Move(from.score(), to.score()), domains, items, newItems, dropped);
    }
}
