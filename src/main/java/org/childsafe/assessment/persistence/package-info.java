/** Assessment rows; answers, evidence, reviews and snapshots through portable SQL. */
package org.childsafe.assessment.persistence;
