package org.learnloop.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a person for sign-in, with the services they may see. */
@Component
class Accounts implements UserDetailsService {

    private final JdbcClient db;

    Accounts(JdbcClient db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Transactional(readOnly = true)
    Optional<SignedInPerson> findByUsername(String username) {
        if (username == null || org.learnloop.shared.PlainText.hasHiddenCharacters(username)) {
            return Optional.empty();
        }
        return db.sql("select * from person where username = ?").param(username)
                .query(Accounts::row).optional()
                .map(this::signedIn);
    }

    @Transactional(readOnly = true)
    Optional<SignedInPerson> findById(UUID personId) {
        return db.sql("select * from person where id = ?").param(personId)
                .query(Accounts::row).optional()
                .map(this::signedIn);
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                rs.getString("totp_secret") != null);
    }

    private SignedInPerson signedIn(Row row) {
        Set<UUID> services = Set.copyOf(row.role().providerWide()
                ? db.sql("select id from service where organisation_id = ?").param(row.organisationId()).query(UUID.class).list()
                : db.sql("select service_id from membership where person_id = ?").param(row.id()).query(UUID.class).list());
        Actor actor = new Actor(row.id(), row.organisationId(), row.username(), row.displayName(), row.role(), services);
        return new SignedInPerson(actor, row.passwordHash(), row.enabled(), row.mustChangePassword(), row.twoStep());
    }

    private record Row(UUID id, UUID organisationId, String username, String displayName, String passwordHash, Role role,
            boolean enabled, boolean mustChangePassword, boolean twoStep) {
    }

    /**
     * The Spring Security view of a person, carrying the {@link Actor} every service call needs.
     * It is kept in the signed-in session, which is stored in the database; the password hash is
     * transient so that it is never written there (a session never needs it: a password is always
     * checked against the person as loaded for the sign-in).
     */
    static final class SignedInPerson implements UserDetails {

        private static final long serialVersionUID = 1L;

        private final Actor actor;
        private final transient String passwordHash;
        private final boolean enabled;
        private final boolean mustChangePassword;
        private final boolean twoStep;

        SignedInPerson(Actor actor, String passwordHash, boolean enabled, boolean mustChangePassword, boolean twoStep) {
            this.actor = actor;
            this.passwordHash = passwordHash;
            this.enabled = enabled;
            this.mustChangePassword = mustChangePassword;
            this.twoStep = twoStep;
        }

        Actor actor() {
            return actor;
        }

        /** The password was set by someone else (a one-time password) and must be changed first. */
        boolean mustChangePassword() {
            return mustChangePassword;
        }

        /** Signing in asks for a code from an authenticator app after the password. */
        boolean twoStep() {
            return twoStep;
        }

        /** Whether this sign-in still describes the person as they are now: same role, services and flags. */
        boolean sameAs(SignedInPerson other) {
            return actor.equals(other.actor) && enabled == other.enabled
                    && mustChangePassword == other.mustChangePassword && twoStep == other.twoStep;
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
        }

        @Override
        public String getPassword() {
            return passwordHash;
        }

        @Override
        public String getUsername() {
            return actor.username();
        }

        @Override
        public boolean isEnabled() {
            return enabled;
        }
    }
}
