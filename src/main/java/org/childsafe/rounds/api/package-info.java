/** REST API of rounds: comparison, trend, cohorts and the dashboard (docs/api.md). */
package org.childsafe.rounds.api;
