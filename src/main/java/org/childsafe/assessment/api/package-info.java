/** REST endpoints for assessments, answers, reviews and scores. */
package org.childsafe.assessment.api;
