/**
 * The scoring method of docs/scoring.md as one pure function: {@link org.childsafe.scoring.Scoring}
 * turns a framework version and an assessment's responses into a {@link org.childsafe.scoring.ScoreResult}.
 * Also the answer rules the services enforce before storing an answer ({@link org.childsafe.scoring.AnswerRules}).
 * Plain Java records and functions: no Micronaut, Vaadin, JDBC or I/O.
 */
package org.childsafe.scoring;
