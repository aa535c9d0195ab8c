package org.learnloop.people;

import org.learnloop.shared.Nation;

/** A new service: its code (2 to 6 capital letters, such as OAK), name, kind and nation. */
public record AddService(String code, String name, ServiceKind kind, Nation nation) {

    public static final int NAME_MAX = 200;
}
