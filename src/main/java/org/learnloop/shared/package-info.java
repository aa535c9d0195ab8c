/**
 * The shared kernel: what every module speaks in. Time (an injected {@link java.time.Clock}, UK
 * dates, working days), the error types that become an error page or a problem detail, paged
 * answers, the nations whose rules differ, and scheduled work that runs once across several
 * servers ({@code ScheduledWork}). It holds no business capability of its own.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.learnloop.shared;
