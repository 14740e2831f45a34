/** Audit entries and the hash chain that proves none was changed; pure. */
package org.childsafe.audit.domain;
