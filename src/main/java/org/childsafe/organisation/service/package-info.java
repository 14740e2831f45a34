/** Organisation use cases; the transaction boundary. */
package org.childsafe.organisation.service;
