/** Assessments, answers, evidence and reviews; the workflow states. Pure. */
package org.childsafe.assessment.domain;
