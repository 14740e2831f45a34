package org.childsafe.rounds.domain;

import java.util.List;
import java.util.Map;

/** A trainer's marker: the domains that did not improve over an organisation's last two rounds. */
public final class Stuck {

    private Stuck() {
    }

    /**
     * Domains (in the latest round's order) whose latest score is not higher than in the round before; a domain
     * without a score on either side is left out; none with fewer than two rounds ({@code previous} null).
     */
    public static List<String> domains(List<String> order, Map<String, Double> latest, Map<String, Double> previous) {
        if (previous == null) {
            return List.of();
        }
        return order.stream().filter(code -> latest.get(code) != null && previous.get(code) != null)
                .filter(code -> Change.between(previous.get(code), latest.get(code)) != Change.IMPROVED).toList();
    }
}
