package org.learnloop.people;

import java.util.UUID;

import org.learnloop.shared.Nation;

/**
 * A service as its administrator sees it. {@code code} prefixes its event references and never
 * changes; {@code version} guards against two administrators overwriting each other.
 */
public record ServiceDetails(UUID id, String code, String name, ServiceKind kind, Nation nation, int version) {
}
