/**
 * The provider and its people: the organisation, its services (care homes, home-care branches,
 * supported living), its staff with their roles, who belongs to which service, and how they sign
 * in: passwords, a lockout after too many failed sign-ins in a row, optional two-step
 * verification (TOTP) for managers and administrators, and personal API tokens. Every other module
 * asks this one who someone is and what they may see, through
 * {@link org.learnloop.people.Actor} and {@link org.learnloop.people.People}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.learnloop.people;
