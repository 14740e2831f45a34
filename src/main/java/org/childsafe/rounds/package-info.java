/**
 * Rounds, trends and cohorts (docs/rounds.md): comparing two rounds of an organisation, its trend across
 * rounds, and the trainer's cohorts and dashboard, all read from stored results (never recomputed).
 */
package org.childsafe.rounds;
