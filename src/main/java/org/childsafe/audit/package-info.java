/** The append-only, hash-chained audit trail of every change. */
package org.childsafe.audit;
