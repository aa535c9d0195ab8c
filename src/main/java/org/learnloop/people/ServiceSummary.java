package org.learnloop.people;

import java.util.UUID;

import org.learnloop.shared.Nation;

/** A service as other modules see it. {@code code} prefixes its event references (OAK-2026-0042). */
public record ServiceSummary(UUID id, UUID organisationId, String code, String name, ServiceKind kind, Nation nation) {
}
