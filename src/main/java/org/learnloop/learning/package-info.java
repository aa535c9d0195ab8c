/**
 * Learning shared: lessons written from signed-off reviews, anonymised before they are stored, and
 * published to the staff of the services they concern, who say they have read and understood
 * them. Managers see who has and has not. The {@link org.learnloop.learning.Anonymiser} takes names,
 * dates, NHS numbers, phone numbers, postcodes, email addresses, addresses and room numbers out of
 * free text. Publishes {@link org.learnloop.learning.LessonDrafted},
 * {@link org.learnloop.learning.LessonPublished} and {@link org.learnloop.learning.LessonAcknowledged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "people", "reporting", "review" })
package org.learnloop.learning;
