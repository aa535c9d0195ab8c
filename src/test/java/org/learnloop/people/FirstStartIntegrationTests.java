package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first start of a real installation, on an empty embedded database of its own. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:first-start-integration-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class FirstStartIntegrationTests {

    @Autowired
    FirstStart firstStart;

    @Autowired
    JdbcClient db;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void firstStartCreatesOneAdministratorWhosePasswordIsPrintedOnceAndStoredHashed(CapturedOutput output) {
        firstStart.run(new DefaultApplicationArguments());
        firstStart.run(new DefaultApplicationArguments());

        var printed = output.getAll().lines().filter(l -> l.contains("one-time password:")).toList();
        assertThat(printed).as("printed once").hasSize(1);
        String password = printed.get(0).replaceAll(".*one-time password:\\s+(\\S+).*", "$1");
        String hash = db.sql("select password_hash from person where username = 'admin'").query(String.class).single();
        assertThat(hash).as("stored hashed").doesNotContain(password).startsWith("{bcrypt}");
        assertThat(passwords.matches(password, hash)).isTrue();
        assertThat(db.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select must_change_password from person where username = 'admin'").query(Boolean.class).single())
                .as("the one-time password must be changed").isTrue();
    }
}
