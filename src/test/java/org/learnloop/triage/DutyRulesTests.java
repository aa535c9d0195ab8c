package org.learnloop.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.shared.Nation;
import org.learnloop.shared.UkTime;

class DutyRulesTests {

    /** Wednesday 25 November 2026, 10:00 in London (GMT). */
    private static final Instant REPORTED = Instant.parse("2026-11-25T10:00:00Z");

    @ParameterizedTest(name = "{0} {1} {2} harm {3}/{4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            ENGLAND          | INCIDENT             | FALL           | NONE     | NONE     | -
            ENGLAND          | INCIDENT             | FALL           | LOW      | LOW      | -
            ENGLAND          | NEAR_MISS            | MEDICATION     | NONE     | NONE     | -
            ENGLAND          | GOOD_PRACTICE        | CARE_QUALITY   | NONE     | NONE     | -
            ENGLAND          | INCIDENT             | FALL           | MODERATE | NONE     | DUTY_OF_CANDOUR
            ENGLAND          | INCIDENT             | MEDICATION     | NONE     | MODERATE | DUTY_OF_CANDOUR
            ENGLAND          | INCIDENT             | MEDICATION     | SEVERE   | NONE     | CQC_INCIDENT DUTY_OF_CANDOUR
            ENGLAND          | INCIDENT             | FALL           | SEVERE   | NONE     | CQC_INCIDENT DUTY_OF_CANDOUR RIDDOR
            ENGLAND          | INCIDENT             | SELF_HARM      | NONE     | SEVERE   | CQC_INCIDENT DUTY_OF_CANDOUR
            ENGLAND          | INCIDENT             | FALL           | FATAL    | NONE     | CQC_DEATH DUTY_OF_CANDOUR RIDDOR
            ENGLAND          | INCIDENT             | DEATH          | NONE     | NONE     | CQC_DEATH
            ENGLAND          | INCIDENT             | CHOKING        | FATAL    | SEVERE   | CQC_DEATH CQC_INCIDENT DUTY_OF_CANDOUR
            ENGLAND          | SAFEGUARDING_CONCERN | ABUSE_NEGLECT  | NONE     | NONE     | CQC_INCIDENT SAFEGUARDING_REFERRAL
            ENGLAND          | SAFEGUARDING_CONCERN | PROPERTY       | NONE     | LOW      | CQC_INCIDENT SAFEGUARDING_REFERRAL
            ENGLAND          | INCIDENT             | ABUSE_NEGLECT  | LOW      | MODERATE | CQC_INCIDENT SAFEGUARDING_REFERRAL DUTY_OF_CANDOUR
            ENGLAND          | INCIDENT             | MISSING_PERSON | NONE     | NONE     | -
            ENGLAND          | COMPLAINT            | STAFF_ATTITUDE | NONE     | NONE     | COMPLAINT_ACKNOWLEDGEMENT COMPLAINT_RESPONSE
            ENGLAND          | COMPLAINT            | CARE_QUALITY   | MODERATE | NONE     | DUTY_OF_CANDOUR COMPLAINT_ACKNOWLEDGEMENT COMPLAINT_RESPONSE
            ENGLAND          | STAFF_CONCERN        | STAFFING       | NONE     | NONE     | -
            WALES            | INCIDENT             | FALL           | MODERATE | NONE     | DUTY_OF_CANDOUR
            WALES            | INCIDENT             | FALL           | FATAL    | NONE     | CIW_NOTIFICATION DUTY_OF_CANDOUR RIDDOR
            WALES            | SAFEGUARDING_CONCERN | ABUSE_NEGLECT  | NONE     | NONE     | CIW_NOTIFICATION SAFEGUARDING_REFERRAL
            WALES            | INCIDENT             | MISSING_PERSON | NONE     | NONE     | CIW_NOTIFICATION
            WALES            | COMPLAINT            | FEES_CONTRACT  | NONE     | NONE     | COMPLAINT_ACKNOWLEDGEMENT COMPLAINT_RESPONSE
            SCOTLAND         | INCIDENT             | FALL           | MODERATE | NONE     | DUTY_OF_CANDOUR_SCOTLAND
            SCOTLAND         | INCIDENT             | FALL           | SEVERE   | NONE     | CARE_INSPECTORATE_NOTIFICATION DUTY_OF_CANDOUR_SCOTLAND RIDDOR
            SCOTLAND         | INCIDENT             | DEATH          | NONE     | NONE     | CARE_INSPECTORATE_NOTIFICATION
            SCOTLAND         | SAFEGUARDING_CONCERN | ABUSE_NEGLECT  | NONE     | NONE     | CARE_INSPECTORATE_NOTIFICATION SAFEGUARDING_REFERRAL
            SCOTLAND         | INCIDENT             | MISSING_PERSON | NONE     | NONE     | CARE_INSPECTORATE_NOTIFICATION
            SCOTLAND         | COMPLAINT            | COMMUNICATION  | NONE     | NONE     | COMPLAINT_ACKNOWLEDGEMENT COMPLAINT_RESPONSE
            NORTHERN_IRELAND | INCIDENT             | EQUIPMENT      | SEVERE   | NONE     | RQIA_NOTIFICATION DUTY_OF_CANDOUR RIDDOR
            NORTHERN_IRELAND | SAFEGUARDING_CONCERN | ABUSE_NEGLECT  | NONE     | NONE     | RQIA_NOTIFICATION SAFEGUARDING_REFERRAL
            NORTHERN_IRELAND | INCIDENT             | MISSING_PERSON | NONE     | NONE     | RQIA_NOTIFICATION
            NORTHERN_IRELAND | COMPLAINT            | OTHER          | NONE     | NONE     | COMPLAINT_ACKNOWLEDGEMENT COMPLAINT_RESPONSE
            """)
    void detectsTheDutiesOfEachNation(Nation nation, EventType type, Category category, PhysicalHarm physical,
            PsychologicalHarm psychological, String expected) {
        List<DetectedDuty> duties = DutyRules.forNation(nation)
                .detect(new DutyFacts(type, category, physical, psychological, REPORTED));

        List<DutyKind> kinds = "-".equals(expected) ? List.of()
                : Arrays.stream(expected.split(" ")).map(DutyKind::valueOf).toList();
        assertThat(duties).extracting(DetectedDuty::kind).as("duties").containsExactlyInAnyOrderElementsOf(kinds);
        assertThat(duties).as("every duty says why").allMatch(d -> !d.reason().isBlank());
    }

    @ParameterizedTest(name = "{0}: {1} is due {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ENGLAND  | SAFEGUARDING_REFERRAL     | 2026-11-26 | 10:00
            ENGLAND  | CQC_INCIDENT              | 2026-11-26 | 10:00
            ENGLAND  | DUTY_OF_CANDOUR           | 2026-12-09 | 23:59
            ENGLAND  | COMPLAINT_ACKNOWLEDGEMENT | 2026-11-30 | 23:59
            ENGLAND  | COMPLAINT_RESPONSE        | 2026-12-23 | 23:59
            ENGLAND  | RIDDOR                    | 2026-12-05 | 23:59
            SCOTLAND | DUTY_OF_CANDOUR_SCOTLAND  | 2026-12-10 | 23:59
            SCOTLAND | COMPLAINT_ACKNOWLEDGEMENT | 2026-12-01 | 23:59
            """)
    void eachDutyRunsOnItsClockFromTheReport(Nation nation, DutyKind kind, LocalDate dueDate, LocalTime dueTime) {
        Map<DutyKind, DetectedDuty> duties = everyDutyOf(nation);

        assertThat(duties.get(kind).dueAt()).as("%s due", kind).isEqualTo(UkTime.fromLondon(dueDate.atTime(dueTime)));
    }

    @Test
    void clocksAndTheirWordingFollowTheSettings() {
        TriageSettings settings = new TriageSettings(Duration.ofHours(4), Duration.ofHours(8), 5, 2, 15, 7,
                LocalTime.of(17, 0));
        Map<DutyKind, DetectedDuty> duties = DutyRules.forNation(Nation.ENGLAND, settings, WorkingDays.ukBankHolidays())
                .detect(new DutyFacts(EventType.COMPLAINT, Category.FALL, PhysicalHarm.SEVERE, PsychologicalHarm.NONE,
                        REPORTED))
                .stream().collect(Collectors.toMap(DetectedDuty::kind, Function.identity()));

        assertThat(duties.get(DutyKind.CQC_INCIDENT).dueAt()).as("without delay").isEqualTo(REPORTED.plus(Duration.ofHours(4)));
        assertThat(duties.get(DutyKind.DUTY_OF_CANDOUR).dueAt()).as("candour")
                .isEqualTo(UkTime.fromLondon(LocalDate.of(2026, 12, 2).atTime(17, 0)));
        assertThat(duties.get(DutyKind.DUTY_OF_CANDOUR).reason()).as("candour wording").contains("within 5 working days");
        assertThat(duties.get(DutyKind.COMPLAINT_ACKNOWLEDGEMENT).reason()).as("acknowledgement wording")
                .contains("within 2 working days");
        assertThat(duties.get(DutyKind.RIDDOR).dueAt()).as("RIDDOR")
                .isEqualTo(UkTime.fromLondon(LocalDate.of(2026, 12, 2).atTime(17, 0)));
    }

    @Test
    void aSafeguardingReferralReportedOnAFridayEveningIsStillDueWithinADay() {
        Instant fridayEvening = Instant.parse("2026-11-27T19:30:00Z");

        List<DetectedDuty> duties = DutyRules.forEngland().detect(new DutyFacts(EventType.SAFEGUARDING_CONCERN,
                Category.ABUSE_NEGLECT, PhysicalHarm.NONE, PsychologicalHarm.NONE, fridayEvening));

        assertThat(duties).filteredOn(d -> d.kind() == DutyKind.SAFEGUARDING_REFERRAL).singleElement()
                .extracting(DetectedDuty::dueAt).isEqualTo(fridayEvening.plus(Duration.ofHours(24)));
    }

    @Test
    void candourInSummerTimeFallsDueAtTheEndOfTheLondonDay() {
        Instant reported = Instant.parse("2026-07-01T23:30:00Z");

        List<DetectedDuty> duties = DutyRules.forEngland().detect(new DutyFacts(EventType.INCIDENT, Category.FALL,
                PhysicalHarm.MODERATE, PsychologicalHarm.NONE, reported));

        assertThat(duties.get(0).dueAt()).as("10 working days from Thursday 2 July, London date of the report")
                .isEqualTo(Instant.parse("2026-07-16T22:59:00Z"));
    }

    @Test
    void aRegulatorsNotificationSaysEveryReasonItApplies() {
        List<DetectedDuty> duties = DutyRules.forNation(Nation.SCOTLAND).detect(new DutyFacts(
                EventType.SAFEGUARDING_CONCERN, Category.MISSING_PERSON, PhysicalHarm.SEVERE, PsychologicalHarm.NONE,
                REPORTED));

        assertThat(duties).filteredOn(d -> d.kind() == DutyKind.CARE_INSPECTORATE_NOTIFICATION).singleElement()
                .extracting(DetectedDuty::reason).asString()
                .startsWith("A serious injury, abuse or an allegation of abuse and a person missing from the service:");
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void everyNationHasOneRuleOfEachKindItUses(Nation nation) {
        List<DutyKind> kinds = DutyRules.forNation(nation).rules().stream().map(DutyRule::kind).toList();

        assertThat(kinds).as("kinds of %s", nation).doesNotHaveDuplicates()
                .contains(DutyKind.SAFEGUARDING_REFERRAL, DutyKind.COMPLAINT_ACKNOWLEDGEMENT, DutyKind.COMPLAINT_RESPONSE,
                        DutyKind.RIDDOR);
    }

    private static Map<DutyKind, DetectedDuty> everyDutyOf(Nation nation) {
        Map<DutyKind, DetectedDuty> all = new java.util.EnumMap<>(DutyKind.class);
        for (DutyFacts facts : List.of(
                new DutyFacts(EventType.SAFEGUARDING_CONCERN, Category.FALL, PhysicalHarm.SEVERE, PsychologicalHarm.NONE,
                        REPORTED),
                new DutyFacts(EventType.COMPLAINT, Category.OTHER, PhysicalHarm.NONE, PsychologicalHarm.NONE, REPORTED))) {
            DutyRules.forNation(nation).detect(facts).forEach(d -> all.put(d.kind(), d));
        }
        return all;
    }
}
