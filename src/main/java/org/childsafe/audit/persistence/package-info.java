/** Storage of the audit trail: append under a lock on the chain head, read in order. */
package org.childsafe.audit.persistence;
