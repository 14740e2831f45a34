/** An organisation's assessment against a pinned framework version: answers, evidence, review, scores. */
package org.childsafe.assessment;
