package org.learnloop.assurance;

import java.time.LocalDate;
import java.util.UUID;

import org.learnloop.shared.PageOf;

/** Filters for a list of effectiveness checks; every one is optional. {@code dueBefore} is inclusive. */
public record CheckSearch(CheckStatus status, LocalDate dueBefore, UUID actionId, PageOf.Request page) {
}
