package org.learnloop.people.web;

import java.util.List;
import java.util.UUID;

import org.learnloop.people.AddPerson;
import org.learnloop.people.AddService;
import org.learnloop.people.ChangePerson;
import org.learnloop.people.Role;
import org.learnloop.people.ServiceKind;
import org.learnloop.people.StaffMember;
import org.learnloop.shared.Nation;

/** The forms of the administration pages. Unticked checkboxes send nothing: no services. */
final class AdminForms {

    private AdminForms() {
    }

    /** A new service. */
    record ServiceForm(String code, String name, ServiceKind kind, Nation nation) {

        AddService toCommand() {
            return new AddService(code, name, kind, nation);
        }
    }

    /** A service's new name, with the version the administrator opened. */
    record ServiceNameForm(String name, Integer version) {
    }

    /** A new member of staff. */
    record PersonForm(String username, String displayName, String email, Role role, List<UUID> serviceIds) {

        AddPerson toCommand() {
            return new AddPerson(username, displayName, email, role, serviceIds == null ? List.of() : serviceIds);
        }
    }

    /** A person's role and services, with the version the administrator opened. */
    record PersonChangeForm(Role role, List<UUID> serviceIds, Integer version) {

        static PersonChangeForm of(StaffMember person) {
            return new PersonChangeForm(person.role(), person.serviceIds(), person.version());
        }

        ChangePerson toCommand(boolean enabled) {
            return new ChangePerson(role, serviceIds == null ? List.of() : serviceIds, enabled, version);
        }

        boolean has(UUID serviceId) {
            return serviceIds != null && serviceIds.contains(serviceId);
        }
    }
}
