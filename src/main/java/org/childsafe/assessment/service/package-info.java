/** Assessment use cases: start, answer, submit, review, return, verify; scores and snapshots. */
package org.childsafe.assessment.service;
