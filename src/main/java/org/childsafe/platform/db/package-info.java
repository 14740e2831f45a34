/** Database glue: one portable schema for H2 and PostgreSQL (ADR 0002). */
package org.childsafe.platform.db;
