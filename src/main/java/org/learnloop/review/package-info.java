/**
 * Learning responses in proportion to what happened: local reviews, SWARM huddles, after action
 * reviews, reflective reviews, root cause analyses, thematic reviews over several events and full
 * investigations. A review records what happened, the contributory factors and the findings, and
 * is signed off. Publishes {@link org.learnloop.review.ReviewSignedOff}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "people", "reporting" })
package org.learnloop.review;
