/**
 * Rows and Micronaut Data repositories of assessments, answers, evidence, reviews and stored results; rows
 * are mapped explicitly to the domain's records. Raw SQL only where an aggregate or a lock needs it.
 */
package org.childsafe.assessment.persistence;
