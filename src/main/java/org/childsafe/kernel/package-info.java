/**
 * The shared kernel every feature speaks: who is acting ({@link org.childsafe.kernel.Actor}, {@link
 * org.childsafe.kernel.Role}), what they may do ({@link org.childsafe.kernel.Access}), and how a request is
 * refused ({@link org.childsafe.kernel.Refusal} with {@link org.childsafe.kernel.Text} sentences rendered by
 * {@link org.childsafe.kernel.Messages}). Pure Java: no Micronaut, Vaadin or HTTP.
 */
package org.childsafe.kernel;
