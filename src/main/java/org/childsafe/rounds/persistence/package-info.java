/**
 * Cohorts (Micronaut Data repositories) and the read model of rounds: the trend and the dashboard are
 * aggregated in SQL from the stored results ({@code result_snapshot}, {@code result_part},
 * {@code result_domain}, {@code result_item}) and the stored plans ({@code action_item}), never by loading
 * rounds into memory.
 */
package org.childsafe.rounds.persistence;
