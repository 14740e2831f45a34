/**
 * The assessment screens: the list, the step-by-step checklist (one step per domain, every answer saved
 * as it is given), the result with its reasons, and the auditor's review. Components here know no
 * services: they raise typed events that the views turn into {@code AssessmentService} calls.
 */
package org.childsafe.assessment.ui;
