/** Use cases of rounds: trend, comparison, cohorts and the trainer's dashboard, with their access rules. */
package org.childsafe.rounds.service;
