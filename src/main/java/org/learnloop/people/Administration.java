package org.learnloop.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.learnloop.shared.ConflictingChange;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.learnloop.shared.NotFound;
import org.learnloop.shared.PageOf;
import org.learnloop.shared.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work: the provider's services, its staff, their roles, where they work,
 * whether they may sign in, new one-time passwords when someone has forgotten theirs, unlocking
 * someone locked out by failed sign-ins, and turning off two-step verification for someone who
 * lost their phone. A registered manager of a single care home sets Learnloop up with this alone.
 *
 * <p>Only an administrator may do any of it (403 otherwise); another provider's services and
 * people are "not found" (404). Every change goes to the audit trail.
 */
@Service
@Transactional
public class Administration {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final StaffStore staff;
    private final SignInStore signIns;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Administration(StaffStore staff, SignInStore signIns, PasswordEncoder encoder, Clock clock,
            ApplicationEventPublisher events) {
        this.staff = staff;
        this.signIns = signIns;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
    }

    // Services

    @Transactional(readOnly = true)
    public PageOf<ServiceDetails> services(Actor actor, PageOf.Request page) {
        requireAdministrator(actor);
        return new PageOf<>(staff.services(actor.organisationId(), page), page.page(), page.size(),
                staff.serviceCount(actor.organisationId()));
    }

    @Transactional(readOnly = true)
    public ServiceDetails service(Actor actor, UUID serviceId) {
        requireAdministrator(actor);
        return findService(actor, serviceId);
    }

    public ServiceDetails addService(Actor actor, AddService command) {
        requireAdministrator(actor);
        String code = command.code() == null ? "" : command.code().trim().toUpperCase(Locale.UK);
        List<FieldMessage> errors = new ArrayList<>();
        if (code.isEmpty()) {
            errors.add(new FieldMessage("code", "Enter a code of 2 to 6 capital letters, such as OAK"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldMessage("code", "Code must be 2 to 6 capital letters, such as OAK"));
        } else if (staff.codeTaken(actor.organisationId(), code)) {
            errors.add(codeTaken(code));
        }
        serviceName(errors, command.name());
        if (command.kind() == null) {
            errors.add(new FieldMessage("kind", "Select the kind of service"));
        }
        if (command.nation() == null) {
            errors.add(new FieldMessage("nation", "Select the nation the service is in"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        ServiceDetails service = new ServiceDetails(UUID.randomUUID(), code, command.name().trim(), command.kind(),
                command.nation(), 0);
        try {
            staff.insertService(actor.organisationId(), service);
        } catch (DuplicateKeyException addedMeanwhile) {
            throw new InvalidRequest(List.of(codeTaken(code)));
        }
        events.publishEvent(new ServiceAdded(actor.organisationId(), actor.personId(), clock.instant(), service.id(),
                code, service.kind(), service.nation()));
        return service;
    }

    /** A new name; the code stays, because it is in every reference of the service's events. */
    public ServiceDetails renameService(Actor actor, UUID serviceId, String name, Integer version) {
        requireAdministrator(actor);
        ServiceDetails service = findService(actor, serviceId);
        List<FieldMessage> errors = new ArrayList<>();
        serviceName(errors, name);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        int expected = version == null ? service.version() : version;
        if (name.trim().equals(service.name()) && expected == service.version()) {
            return service;
        }
        if (!staff.renameService(actor.organisationId(), serviceId, name.trim(), expected)) {
            throw ConflictingChange.on("This service");
        }
        events.publishEvent(new ServiceRenamed(actor.organisationId(), actor.personId(), clock.instant(), serviceId,
                service.code()));
        return findService(actor, serviceId);
    }

    // People

    @Transactional(readOnly = true)
    public PageOf<StaffMember> people(Actor actor, PageOf.Request page) {
        requireAdministrator(actor);
        Instant now = clock.instant();
        return new PageOf<>(staff.persons(actor.organisationId(), page).stream().map(p -> p.seenAt(now)).toList(),
                page.page(), page.size(), staff.personCount(actor.organisationId()));
    }

    @Transactional(readOnly = true)
    public StaffMember person(Actor actor, UUID personId) {
        requireAdministrator(actor);
        return findPerson(actor, personId);
    }

    /** Adds a member of staff with a one-time password, answered once and never stored in clear. */
    public NewPassword addPerson(Actor actor, AddPerson command) {
        requireAdministrator(actor);
        String username = command.username() == null ? "" : command.username().trim().toLowerCase(Locale.UK);
        Set<UUID> serviceIds = ids(command.serviceIds());
        List<FieldMessage> errors = new ArrayList<>();
        if (username.isEmpty()) {
            errors.add(new FieldMessage("username", "Enter a username"));
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldMessage("username",
                    "Username must be 3 to 100 letters or numbers, and may also have dots, hyphens or underscores"));
        } else if (staff.usernameTaken(username)) {
            errors.add(usernameTaken());
        }
        if (command.displayName() == null || command.displayName().isBlank()) {
            errors.add(new FieldMessage("displayName", "Enter the person's name"));
        } else if (command.displayName().trim().length() > AddPerson.DISPLAY_NAME_MAX) {
            errors.add(new FieldMessage("displayName", "Name must be " + AddPerson.DISPLAY_NAME_MAX + " characters or fewer"));
        } else {
            PlainText.check(errors, "displayName", command.displayName(), "the person's name");
        }
        String email = command.email() == null || command.email().isBlank() ? null : command.email().trim();
        if (email != null && (email.length() > AddPerson.EMAIL_MAX || !EMAIL.matcher(email).matches()
                || PlainText.hasHiddenCharacters(email))) {
            errors.add(new FieldMessage("email", "Enter an email address in the correct format, like name@example.com"));
        }
        roleAndServices(actor, errors, command.role(), serviceIds);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        UUID id = UUID.randomUUID();
        String password = OneTimePasswords.generate();
        Instant now = clock.instant();
        try {
            staff.insertPerson(actor.organisationId(), id, username, command.displayName().trim(), email, command.role(),
                    encoder.encode(password), now, true);
        } catch (DuplicateKeyException addedMeanwhile) {
            throw new InvalidRequest(List.of(usernameTaken()));
        }
        staff.replaceMemberships(actor.organisationId(), id, serviceIds);
        events.publishEvent(new PersonAdded(actor.organisationId(), actor.personId(), now, id, command.role(), serviceIds));
        return new NewPassword(id, username, password);
    }

    /** A new role, new services, or signing in allowed or stopped. Administrators cannot lock themselves out. */
    public StaffMember changePerson(Actor actor, UUID personId, ChangePerson command) {
        requireAdministrator(actor);
        StaffMember person = findPerson(actor, personId);
        Set<UUID> serviceIds = ids(command.serviceIds());
        List<FieldMessage> errors = new ArrayList<>();
        roleAndServices(actor, errors, command.role(), serviceIds);
        if (command.enabled() == null) {
            errors.add(new FieldMessage("enabled", "Say whether the person may sign in"));
        }
        if (person.id().equals(actor.personId())) {
            if (command.role() != null && command.role() != person.role()) {
                errors.add(new FieldMessage("role", "You cannot change your own role: ask another administrator"));
            }
            if (Boolean.FALSE.equals(command.enabled())) {
                errors.add(new FieldMessage("enabled", "You cannot stop yourself signing in: ask another administrator"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        int expected = command.version() == null ? person.version() : command.version();
        List<String> changes = changes(person, command.role(), serviceIds, command.enabled());
        if (changes.isEmpty() && expected == person.version()) {
            return person;
        }
        if (!staff.updatePerson(actor.organisationId(), personId, command.role(), command.enabled(), expected)) {
            throw ConflictingChange.on("This person");
        }
        staff.replaceMemberships(actor.organisationId(), personId, serviceIds);
        if (!changes.isEmpty()) {
            events.publishEvent(new PersonChanged(actor.organisationId(), actor.personId(), clock.instant(), personId,
                    command.role(), serviceIds, command.enabled(), String.join("; ", changes)));
        }
        return findPerson(actor, personId);
    }

    /**
     * A new one-time password for someone who has forgotten theirs. Their old password stops working
     * at once, and they must choose a new one when they sign in. If guessing at the old one locked
     * them out, the lockout ends too: the new password is for using now.
     */
    public NewPassword resetPassword(Actor actor, UUID personId) {
        requireAdministrator(actor);
        StaffMember person = findPerson(actor, personId);
        String password = OneTimePasswords.generate();
        Instant now = clock.instant();
        staff.setPassword(actor.organisationId(), personId, encoder.encode(password), true);
        events.publishEvent(new PasswordReset(actor.organisationId(), actor.personId(), now, personId));
        if (signIns.clear(actor.organisationId(), personId)) {
            events.publishEvent(new AccountUnlocked(actor.organisationId(), actor.personId(), now, personId));
        }
        return new NewPassword(personId, person.username(), password);
    }

    /**
     * Lets a person locked out by too many failed sign-ins sign in again at once, with their count
     * of failures cleared: for when they have called to say it was them.
     */
    public StaffMember unlock(Actor actor, UUID personId) {
        requireAdministrator(actor);
        findPerson(actor, personId);
        if (signIns.clear(actor.organisationId(), personId)) {
            events.publishEvent(new AccountUnlocked(actor.organisationId(), actor.personId(), clock.instant(), personId));
        }
        return findPerson(actor, personId);
    }

    /**
     * Turns off someone's two-step verification, for when they have lost the phone with their
     * authenticator app: they sign in with their password alone, and can set it up again. Not for
     * administrators' own accounts: they turn theirs off on My account, with their password.
     */
    public StaffMember turnOffTwoStepVerification(Actor actor, UUID personId) {
        requireAdministrator(actor);
        findPerson(actor, personId);
        if (personId.equals(actor.personId())) {
            throw Forbidden.because("Turn off your own two-step verification on My account, with your password.");
        }
        if (signIns.disable(actor.organisationId(), personId)) {
            events.publishEvent(new TwoStepVerificationChanged(actor.organisationId(), actor.personId(), clock.instant(),
                    personId, TwoStepVerificationChanged.Change.TURNED_OFF_BY_ADMINISTRATOR));
        }
        return findPerson(actor, personId);
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw Forbidden.because("Only an administrator can manage services and people.");
        }
    }

    private ServiceDetails findService(Actor actor, UUID serviceId) {
        if (serviceId == null) {
            throw NotFound.of("Service", null);
        }
        return staff.service(actor.organisationId(), serviceId).orElseThrow(() -> NotFound.of("Service", serviceId));
    }

    private StaffMember findPerson(Actor actor, UUID personId) {
        if (personId == null) {
            throw NotFound.of("Person", null);
        }
        return staff.person(actor.organisationId(), personId).map(p -> p.seenAt(clock.instant()))
                .orElseThrow(() -> NotFound.of("Person", personId));
    }

    private static void serviceName(List<FieldMessage> errors, String name) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldMessage("name", "Enter the name of the service"));
        } else if (name.trim().length() > AddService.NAME_MAX) {
            errors.add(new FieldMessage("name", "Name must be " + AddService.NAME_MAX + " characters or fewer"));
        } else {
            PlainText.check(errors, "name", name, "the name");
        }
    }

    private void roleAndServices(Actor actor, List<FieldMessage> errors, Role role, Set<UUID> serviceIds) {
        if (role == null) {
            errors.add(new FieldMessage("role", "Select a role"));
        }
        if (!staff.existingServices(actor.organisationId(), serviceIds).containsAll(serviceIds)) {
            errors.add(new FieldMessage("serviceIds", "Select services from the list"));
        } else if (role != null && role.providerWide() && !serviceIds.isEmpty()) {
            errors.add(new FieldMessage("serviceIds",
                    "This role works across every service: do not select any services"));
        } else if (role != null && !role.providerWide() && serviceIds.isEmpty()) {
            errors.add(new FieldMessage("serviceIds", "Select at least one service the person works in"));
        }
    }

    private static List<String> changes(StaffMember person, Role role, Set<UUID> serviceIds, boolean enabled) {
        List<String> changes = new ArrayList<>();
        if (role != person.role()) {
            changes.add("Role changed from " + person.role() + " to " + role);
        }
        if (!serviceIds.equals(new HashSet<>(person.serviceIds()))) {
            changes.add("Services changed");
        }
        if (enabled != person.enabled()) {
            changes.add(enabled ? "Allowed to sign in" : "Stopped from signing in");
        }
        return changes;
    }

    private static Set<UUID> ids(Collection<UUID> ids) {
        Set<UUID> set = new HashSet<>();
        if (ids != null) {
            ids.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return set;
    }

    private static FieldMessage codeTaken(String code) {
        return new FieldMessage("code", "Another service already has the code " + code + ": choose another");
    }

    private static FieldMessage usernameTaken() {
        return new FieldMessage("username", "That username is already taken: choose another");
    }
}
