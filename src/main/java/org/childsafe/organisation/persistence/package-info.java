/** Organisation rows and their repository; rows are mapped to domain records in the service. */
package org.childsafe.organisation.persistence;
