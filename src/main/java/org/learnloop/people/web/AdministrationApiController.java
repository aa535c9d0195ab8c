package org.learnloop.people.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.people.AddPerson;
import org.learnloop.people.AddService;
import org.learnloop.people.Administration;
import org.learnloop.people.ChangePerson;
import org.learnloop.people.NewPassword;
import org.learnloop.people.Role;
import org.learnloop.people.ServiceDetails;
import org.learnloop.people.ServiceKind;
import org.learnloop.people.StaffMember;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.Nation;
import org.learnloop.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Services and people for administrators, through the API: what the administration pages do. */
@RestController
@RequestMapping("/api/v1/admin")
class AdministrationApiController {

    private final Administration administration;

    AdministrationApiController(Administration administration) {
        this.administration = administration;
    }

    record ServiceRequest(String code, String name, ServiceKind kind, Nation nation) {
    }

    record ServiceNameRequest(String name, Integer version) {
    }

    record PersonRequest(String username, String displayName, String email, Role role, List<UUID> serviceIds) {
    }

    record PersonChangeRequest(Role role, List<UUID> serviceIds, Boolean enabled, Integer version) {
    }

    record ServiceJson(UUID id, String code, String name, ServiceKind kind, Nation nation, int version) {

        static ServiceJson of(ServiceDetails s) {
            return new ServiceJson(s.id(), s.code(), s.name(), s.kind(), s.nation(), s.version());
        }
    }

    record ServiceRef(UUID id, String code, String name) {
    }

    /** A person; {@code lockedUntil} only while too many failed sign-ins keep them out. */
    record PersonJson(UUID id, String username, String displayName, String email, Role role, List<ServiceRef> services,
            boolean enabled, boolean mustChangePassword, Instant createdAt, int version, Instant lockedUntil,
            boolean twoStepVerification) {

        static PersonJson of(StaffMember p) {
            return new PersonJson(p.id(), p.username(), p.displayName(), p.email(), p.role(),
                    p.services().stream().map(s -> new ServiceRef(s.id(), s.code(), s.name())).toList(), p.enabled(),
                    p.mustChangePassword(), p.createdAt(), p.version(), p.lockedUntil(), p.twoStepVerification());
        }
    }

    /** A person just added, with the one-time password that is shown only this once. */
    record CreatedPersonJson(UUID id, String username, String displayName, String email, Role role,
            List<ServiceRef> services, boolean enabled, boolean mustChangePassword, Instant createdAt, int version,
            String oneTimePassword) {

        static CreatedPersonJson of(StaffMember p, String oneTimePassword) {
            PersonJson json = PersonJson.of(p);
            return new CreatedPersonJson(json.id(), json.username(), json.displayName(), json.email(), json.role(),
                    json.services(), json.enabled(), json.mustChangePassword(), json.createdAt(), json.version(),
                    oneTimePassword);
        }
    }

    @GetMapping("/services")
    PageOf<ServiceJson> listServices(Actor actor, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return administration.services(actor, PageOf.Request.of(page, size)).map(ServiceJson::of);
    }

    @GetMapping("/services/{id}")
    ServiceJson showService(Actor actor, @PathVariable UUID id) {
        return ServiceJson.of(administration.service(actor, id));
    }

    @PostMapping("/services")
    ResponseEntity<ServiceJson> addService(Actor actor, @RequestBody(required = false) ServiceRequest request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send the service as a JSON object");
        }
        ServiceDetails service = administration.addService(actor,
                new AddService(request.code(), request.name(), request.kind(), request.nation()));
        return ResponseEntity.created(URI.create("/api/v1/admin/services/" + service.id())).body(ServiceJson.of(service));
    }

    @PutMapping("/services/{id}")
    ServiceJson renameService(Actor actor, @PathVariable UUID id, @RequestBody(required = false) ServiceNameRequest request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send the service as a JSON object");
        }
        return ServiceJson.of(administration.renameService(actor, id, request.name(), request.version()));
    }

    @GetMapping("/people")
    PageOf<PersonJson> listPeople(Actor actor, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return administration.people(actor, PageOf.Request.of(page, size)).map(PersonJson::of);
    }

    @GetMapping("/people/{id}")
    PersonJson showPerson(Actor actor, @PathVariable UUID id) {
        return PersonJson.of(administration.person(actor, id));
    }

    @PostMapping("/people")
    ResponseEntity<CreatedPersonJson> addPerson(Actor actor, @RequestBody(required = false) PersonRequest request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send the person as a JSON object");
        }
        NewPassword created = administration.addPerson(actor, new AddPerson(request.username(), request.displayName(),
                request.email(), request.role(), request.serviceIds() == null ? List.of() : request.serviceIds()));
        StaffMember person = administration.person(actor, created.personId());
        return ResponseEntity.created(URI.create("/api/v1/admin/people/" + person.id()))
                .body(CreatedPersonJson.of(person, created.oneTimePassword()));
    }

    @PutMapping("/people/{id}")
    PersonJson changePerson(Actor actor, @PathVariable UUID id, @RequestBody(required = false) PersonChangeRequest request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send the person as a JSON object");
        }
        return PersonJson.of(administration.changePerson(actor, id, new ChangePerson(request.role(),
                request.serviceIds() == null ? List.of() : request.serviceIds(), request.enabled(), request.version())));
    }

    @PostMapping("/people/{id}/password-reset")
    NewPassword resetPassword(Actor actor, @PathVariable UUID id) {
        return administration.resetPassword(actor, id);
    }

    /** Lets a person locked out by failed sign-ins sign in again now. */
    @PostMapping("/people/{id}/unlock")
    PersonJson unlock(Actor actor, @PathVariable UUID id) {
        return PersonJson.of(administration.unlock(actor, id));
    }

    /** Turns off the two-step verification of someone who lost their phone. */
    @PostMapping("/people/{id}/two-step/off")
    PersonJson turnOffTwoStepVerification(Actor actor, @PathVariable UUID id) {
        return PersonJson.of(administration.turnOffTwoStepVerification(actor, id));
    }
}
