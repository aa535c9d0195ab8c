package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.learnloop.audittrail.AuditTrail;
import org.learnloop.shared.LearnloopClock;
import org.learnloop.shared.PageOf;
import org.learnloop.support.ApiTest;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Five failed sign-ins in a row lock an account for fifteen minutes, on the sign-in page and the API alike. */
class SignInLockoutTests extends ApiTest {

    private static final String WRONG = "not the password";
    private static final String LOCKED_PAGE = "/login?error&locked=15";

    @Autowired
    private AuditTrail trail;

    @Autowired
    private ApiTokens tokens;

    @Autowired
    private PeopleSettings settings;

    @Autowired
    private Administration administration;

    private final Instant start = Instant.now().plusSeconds(3_600).truncatedTo(ChronoUnit.SECONDS);

    private static <T> T at(Instant instant, java.util.function.Supplier<T> work) {
        return LearnloopClock.at(instant, work);
    }

    private MvcTestResult signIn(String username, String password) {
        return mvc.post().uri("/login").param("username", username).param("password", password).with(csrf()).exchange();
    }

    private MvcTestResult basic(String username, String password) {
        return mvc.get().uri("/api/v1/me").accept(MediaType.APPLICATION_JSON).with(httpBasic(username, password))
                .exchange();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AuditTrail.Entry> auditOf(UUID personId) {
        return trail.entries(provider.actor("admin"), "CHANGE", new PageOf.Request(0, 100)).items().stream()
                .filter(e -> personId.equals(e.subjectId())).toList();
    }

    @Test
    void shippedSettingsLockForFifteenMinutesAfterFiveFailures() {
        assertThat(settings.lockoutThreshold()).isEqualTo(5);
        assertThat(settings.lockoutDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(PeopleSettings.defaults()).isEqualTo(settings);
    }

    @Test
    void fiveWrongPasswordsOnTheSignInPageLockTheAccountEvenAgainstTheRightPassword() {
        String carer = provider.username("carer.oak");

        List<MvcTestResult> wrong = at(start, () -> List.of(signIn(carer, WRONG), signIn(carer, WRONG),
                signIn(carer, WRONG), signIn(carer, WRONG)));
        MvcTestResult fifth = at(start, () -> signIn(carer, WRONG));
        MvcTestResult right = at(start.plusSeconds(60), () -> signIn(carer, TestProvider.PASSWORD));
        MvcTestResult page = mvc.get().uri(LOCKED_PAGE).exchange();

        assertThat(wrong).as("the first four").allSatisfy(r -> assertThat(r).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login?error"));
        assertThat(fifth).as("the fifth").hasStatus(HttpStatus.FOUND).hasRedirectedUrl(LOCKED_PAGE);
        assertThat(right).as("the right password a minute later").hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login?error&locked=14");
        assertThat(page).hasStatus(HttpStatus.OK);
        assertThat(body(page)).contains("The username or password is not right")
                .contains("There have been too many attempts. Try again in 15 minutes.");
    }

    @Test
    void lockoutEndsFifteenMinutesLater() {
        String carer = provider.username("carer.oak");
        for (int i = 0; i < 5; i++) {
            at(start, () -> signIn(carer, WRONG));
        }

        MvcTestResult justBefore = at(start.plus(Duration.ofMinutes(15)).minusSeconds(1),
                () -> signIn(carer, TestProvider.PASSWORD));
        MvcTestResult after = at(start.plus(Duration.ofMinutes(15)), () -> signIn(carer, TestProvider.PASSWORD));
        MvcTestResult api = at(start.plus(Duration.ofMinutes(16)), () -> basic(carer, TestProvider.PASSWORD));

        assertThat(justBefore).hasRedirectedUrl("/login?error&locked=1");
        assertThat(after).as("fifteen minutes on").hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        assertThat(api).as("HTTP Basic after the lockout").hasStatus(HttpStatus.OK);
    }

    @Test
    void successfulSignInStartsTheCountAgain() {
        String carer = provider.username("carer.oak");

        for (int i = 0; i < 4; i++) {
            at(start, () -> signIn(carer, WRONG));
        }
        MvcTestResult right = at(start, () -> signIn(carer, TestProvider.PASSWORD));
        for (int i = 0; i < 4; i++) {
            at(start, () -> signIn(carer, WRONG));
        }
        MvcTestResult rightAgain = at(start, () -> signIn(carer, TestProvider.PASSWORD));

        assertThat(right).hasRedirectedUrl("/");
        assertThat(rightAgain).as("after four more failures").hasRedirectedUrl("/");
    }

    @Test
    void wrongPasswordsWithHttpBasicLockTheAccountTooAndAnswerAProblem() {
        String manager = provider.username("manager.oak");
        var token = tokens.create(provider.actor("manager.oak"), "Care records");

        List<MvcTestResult> wrong = at(start, () -> List.of(basic(manager, WRONG), basic(manager, WRONG),
                basic(manager, WRONG), basic(manager, WRONG)));
        MvcTestResult fifth = at(start, () -> basic(manager, WRONG));
        MvcTestResult right = at(start, () -> basic(manager, TestProvider.PASSWORD));
        MvcTestResult bearer = at(start, () -> mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token.token())
                .exchange());

        assertThat(wrong).allSatisfy(r -> {
            assertThat(r).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(r).bodyJson().extractingPath("$.detail").asString()
                    .isEqualTo("Sign in with HTTP Basic or a personal API token.");
        });
        for (MvcTestResult locked : List.of(fifth, right)) {
            assertThat(locked).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(locked).bodyJson().extractingPath("$.status").isEqualTo(401);
            assertThat(locked).bodyJson().extractingPath("$.title").asString().isEqualTo("Too many attempts");
            assertThat(locked).bodyJson().extractingPath("$.detail").asString()
                    .isEqualTo("The username or password is not right, and there have been too many attempts: "
                            + "try again in 15 minutes.");
        }
        assertThat(bearer).as("a personal API token while locked").hasStatus(HttpStatus.OK);
    }

    @Test
    void failuresOnThePageAndTheApiCountTogether() {
        String carer = provider.username("carer.oak");

        at(start, () -> List.of(signIn(carer, WRONG), basic(carer, WRONG), signIn(carer, WRONG), basic(carer, WRONG)));
        MvcTestResult fifth = at(start, () -> signIn(carer, WRONG));

        assertThat(fifth).hasRedirectedUrl(LOCKED_PAGE);
    }

    @Test
    void unknownUsernameIsAnsweredExactlyAsAKnownOne() {
        String known = provider.username("carer.riverside");
        String unknown = provider.username("nobody");

        List<String> knownAnswers = at(start, () -> java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> signIn(known, WRONG).getResponse().getRedirectedUrl()).toList());
        List<String> unknownAnswers = at(start, () -> java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> signIn(unknown, WRONG).getResponse().getRedirectedUrl()).toList());
        MvcTestResult unknownApi = at(start, () -> basic(unknown, WRONG));
        MvcTestResult knownApi = at(start, () -> basic(known, WRONG));

        assertThat(unknownAnswers).as("an unknown username").containsExactlyElementsOf(knownAnswers)
                .endsWith(LOCKED_PAGE, LOCKED_PAGE);
        assertThat(body(unknownApi)).as("the API").isEqualTo(body(knownApi)).contains("too many attempts");
    }

    @Test
    void eachFailureAndTheLockoutAreInTheAuditTrail() {
        UUID carer = provider.actor("carer.oak").personId();
        at(start, () -> List.of(signIn(provider.username("carer.oak"), WRONG), basic(provider.username("carer.oak"), WRONG),
                signIn(provider.username("carer.oak"), WRONG), signIn(provider.username("carer.oak"), WRONG),
                signIn(provider.username("carer.oak"), WRONG)));
        at(start, () -> signIn(provider.username("carer.oak"), TestProvider.PASSWORD));

        List<String> descriptions = auditOf(carer).stream().map(AuditTrail.Entry::description).toList();

        assertThat(descriptions).as("audit trail, newest first").containsExactly(
                "Locked for 15 minutes after 5 failed sign-ins in a row",
                "Failed sign-in on the sign-in page: wrong password",
                "Failed sign-in on the sign-in page: wrong password",
                "Failed sign-in on the sign-in page: wrong password",
                "Failed sign-in through the API with HTTP Basic: wrong password",
                "Failed sign-in on the sign-in page: wrong password");
        assertThat(auditOf(carer)).as("nobody signed in, so nobody is named").allSatisfy(
                e -> assertThat(e.actor()).isNull());
    }

    @Test
    void administratorSeesUntilWhenAPersonIsLockedAndUnlocksThem() {
        UUID carer = provider.actor("carer.oak").personId();
        for (int i = 0; i < 5; i++) {
            at(start, () -> signIn(provider.username("carer.oak"), WRONG));
        }

        MvcTestResult page = at(start, () -> mvc.get().uri("/admin/people/{id}", carer).with(signedInAs("admin"))
                .exchange());
        MvcTestResult list = at(start, () -> mvc.get().uri("/admin/people").with(signedInAs("admin")).exchange());
        MvcTestResult unlocked = at(start, () -> mvc.post().uri("/admin/people/{id}/unlock", carer)
                .with(signedInAs("admin")).with(csrf()).exchange());
        MvcTestResult after = at(start, () -> mvc.get().uri("/admin/people/{id}", carer).with(signedInAs("admin"))
                .exchange());
        MvcTestResult signedIn = at(start, () -> signIn(provider.username("carer.oak"), TestProvider.PASSWORD));

        assertThat(page).hasStatus(HttpStatus.OK);
        assertThat(body(page)).contains("id=\"locked-until\"")
                .contains("Locked until " + org.learnloop.shared.UkTime.dateTime(start.plus(Duration.ofMinutes(15))))
                .contains("/admin/people/" + carer + "/unlock");
        assertThat(body(list)).contains(">Locked<");
        assertThat(unlocked).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/people/" + carer);
        assertThat(unlocked).flash().containsEntry("notice", "admin.person.unlocked");
        assertThat(body(after)).doesNotContain("id=\"locked-until\"").doesNotContain("/unlock");
        assertThat(signedIn).as("sign-in once unlocked").hasRedirectedUrl("/");
        assertThat(auditOf(carer)).first().satisfies(e -> {
            assertThat(e.description()).isEqualTo("Unlocked by an administrator");
            assertThat(e.actor()).isEqualTo(provider.username("admin"));
        });
    }

    @Test
    void administratorUnlocksThroughTheApi() {
        UUID carer = provider.actor("carer.oak").personId();
        for (int i = 0; i < 5; i++) {
            at(start, () -> basic(provider.username("carer.oak"), WRONG));
        }

        MvcTestResult locked = at(start, () -> as("admin").get("/api/v1/admin/people/{id}", carer));
        MvcTestResult byManager = at(start, () -> as("manager.oak").post("/api/v1/admin/people/{id}/unlock", "", carer));
        MvcTestResult unlocked = at(start, () -> as("admin").post("/api/v1/admin/people/{id}/unlock", "", carer));
        MvcTestResult again = at(start, () -> as("admin").post("/api/v1/admin/people/{id}/unlock", "", carer));
        MvcTestResult otherProvider = at(start, () -> as("admin").post("/api/v1/admin/people/{id}/unlock", "",
                UUID.randomUUID()));

        assertThat(locked).bodyJson().extractingPath("$.lockedUntil").asString()
                .isEqualTo(start.plus(Duration.ofMinutes(15)).toString());
        assertThat(byManager).as("a manager").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(unlocked).hasStatus(HttpStatus.OK);
        assertThat(unlocked).bodyJson().extractingPath("$.lockedUntil").isNull();
        assertThat(again).as("unlocking someone not locked").hasStatus(HttpStatus.OK);
        assertThat(otherProvider).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(at(start, () -> as("carer.oak").get("/api/v1/me"))).hasStatus(HttpStatus.OK);
        assertThat(auditOf(carer).stream().filter(e -> e.description().startsWith("Unlocked"))).as("one unlock audited")
                .hasSize(1);
    }

    @Test
    void lockoutThatHasEndedIsNotShownToTheAdministrator() {
        UUID carer = provider.actor("carer.oak").personId();
        for (int i = 0; i < 5; i++) {
            at(start, () -> signIn(provider.username("carer.oak"), WRONG));
        }

        MvcTestResult later = at(start.plus(Duration.ofMinutes(20)),
                () -> as("admin").get("/api/v1/admin/people/{id}", carer));

        assertThat(later).bodyJson().extractingPath("$.lockedUntil").isNull();
    }

    @Test
    void newOneTimePasswordEndsTheLockout() {
        UUID carer = provider.actor("carer.oak").personId();
        for (int i = 0; i < 5; i++) {
            at(start, () -> signIn(provider.username("carer.oak"), WRONG));
        }

        NewPassword reset = at(start, () -> administration.resetPassword(provider.actor("admin"), carer));
        MvcTestResult signedIn = at(start, () -> signIn(reset.username(), reset.oneTimePassword()));

        assertThat(signedIn).hasRedirectedUrl("/");
        assertThat(auditOf(carer)).extracting(AuditTrail.Entry::description).startsWith("Unlocked by an administrator",
                "One-time password set by an administrator");
    }

    @Test
    void wrongPasswordsAtTheSameMomentAreCountedOneAfterAnother() throws Exception {
        UUID carer = provider.actor("carer.oak").personId();
        String username = provider.username("carer.oak");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MvcTestResult>> attempts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                attempts.add(pool.submit(() -> basic(username, WRONG)));
            }
            for (Future<MvcTestResult> attempt : attempts) {
                assertThat(attempt.get(60, TimeUnit.SECONDS)).hasStatus(HttpStatus.UNAUTHORIZED);
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> audited = auditOf(carer).stream().map(AuditTrail.Entry::description).toList();
        assertThat(audited).as("five failures and one lockout; the rest refused while locked")
                .hasSize(6).first().asString().startsWith("Locked for 15 minutes");
        assertThat(basic(username, TestProvider.PASSWORD)).as("the right password afterwards")
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
