/** Organisations: records and value types, no I/O. */
package org.childsafe.organisation.domain;
