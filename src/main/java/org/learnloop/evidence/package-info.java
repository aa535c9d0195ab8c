/**
 * Evidence for inspectors, commissioners and the board: for a period and a set of services, what
 * was reported (by type and harm), where every loop stands, and each closed loop as a chain from
 * what went wrong to what changed and whether it stuck, mapped to CQC's quality statements.
 * Shown as a page and downloaded as JSON.
 */
@org.springframework.modulith.ApplicationModule
package org.learnloop.evidence;
