package org.learnloop.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.learnloop.shared.Nation;

class WorkingDaysTests {

    private final WorkingDays workingDays = WorkingDays.ukBankHolidays();

    @ParameterizedTest(name = "{0}: {2} working days after {1} is {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            ENGLAND          | 2026-11-25 | 0  | 2026-11-25 | no days is the same day
            ENGLAND          | 2026-11-27 | 1  | 2026-11-30 | Friday to Monday
            ENGLAND          | 2026-11-28 | 1  | 2026-11-30 | from a Saturday
            ENGLAND          | 2026-11-25 | 10 | 2026-12-09 | two plain weeks
            ENGLAND          | 2026-04-02 | 1  | 2026-04-07 | Good Friday and Easter Monday
            WALES            | 2026-04-02 | 1  | 2026-04-07 | Wales shares England's list
            SCOTLAND         | 2026-04-02 | 1  | 2026-04-06 | no Easter Monday in Scotland
            NORTHERN_IRELAND | 2026-04-02 | 1  | 2026-04-07 | Easter Monday in Northern Ireland
            ENGLAND          | 2024-03-28 | 1  | 2024-04-02 | Easter 2024
            ENGLAND          | 2025-12-31 | 1  | 2026-01-02 | New Year's Day only
            SCOTLAND         | 2025-12-31 | 1  | 2026-01-05 | New Year's Day and 2 January
            SCOTLAND         | 2026-11-27 | 1  | 2026-12-01 | St Andrew's Day on a Monday
            ENGLAND          | 2026-11-27 | 1  | 2026-11-30 | no St Andrew's Day in England
            SCOTLAND         | 2025-11-28 | 1  | 2025-12-02 | St Andrew's Day substitute
            SCOTLAND         | 2024-11-29 | 1  | 2024-12-03 | St Andrew's Day substitute 2024
            NORTHERN_IRELAND | 2026-03-16 | 1  | 2026-03-18 | St Patrick's Day
            ENGLAND          | 2026-03-16 | 1  | 2026-03-17 | no St Patrick's Day in England
            NORTHERN_IRELAND | 2024-03-15 | 1  | 2024-03-19 | St Patrick's Day substitute
            NORTHERN_IRELAND | 2027-07-09 | 1  | 2027-07-13 | 12 July on a Monday
            NORTHERN_IRELAND | 2026-07-10 | 1  | 2026-07-14 | 12 July substitute
            ENGLAND          | 2026-07-10 | 1  | 2026-07-13 | no 12 July in England
            ENGLAND          | 2026-12-24 | 1  | 2026-12-29 | Boxing Day substitute
            ENGLAND          | 2027-12-24 | 1  | 2027-12-29 | Christmas and Boxing Day substitutes
            ENGLAND          | 2027-12-31 | 1  | 2028-01-04 | New Year's Day substitute
            SCOTLAND         | 2027-12-31 | 1  | 2028-01-05 | New Year's Day and 2 January substitutes
            ENGLAND          | 2026-08-28 | 1  | 2026-09-01 | summer bank holiday in England
            SCOTLAND         | 2026-08-28 | 1  | 2026-08-31 | summer bank holiday is in early August in Scotland
            SCOTLAND         | 2026-07-31 | 1  | 2026-08-04 | Scottish summer bank holiday
            SCOTLAND         | 2026-06-12 | 1  | 2026-06-16 | the one-off holiday of 15 June 2026
            ENGLAND          | 2026-12-17 | 10 | 2027-01-05 | over Christmas and New Year
            SCOTLAND         | 2026-12-17 | 10 | 2027-01-06 | over Christmas and New Year in Scotland
            """)
    void addsWorkingDaysSkippingWeekendsAndTheNationsBankHolidays(Nation nation, LocalDate from, int days,
            LocalDate expected, String why) {
        assertThat(workingDays.add(from, days, nation)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void everyBankHolidayFallsOnAWeekday(Nation nation) {
        assertThat(workingDays.bankHolidays(nation).keySet())
                .as("bank holidays of %s", nation)
                .allMatch(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void everyNationHasItsListFrom2024To2028(Nation nation) {
        Map<LocalDate, String> holidays = workingDays.bankHolidays(nation);
        for (int year = 2024; year <= 2028; year++) {
            int y = year;
            assertThat(holidays.keySet().stream().filter(d -> d.getYear() == y).count())
                    .as("bank holidays of %s in %d", nation, year)
                    .isBetween(8L, 10L);
        }
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void goodFridayIsTwoDaysBeforeEasterSunday(Nation nation) {
        for (int year = 2024; year <= 2028; year++) {
            LocalDate goodFriday = easterSunday(year).minusDays(2);
            assertThat(workingDays.bankHoliday(goodFriday, nation)).as("Good Friday %d in %s", year, nation)
                    .contains("Good Friday");
            boolean easterMonday = workingDays.bankHoliday(easterSunday(year).plusDays(1), nation).isPresent();
            assertThat(easterMonday).as("Easter Monday %d in %s", year, nation).isEqualTo(nation != Nation.SCOTLAND);
        }
    }

    @Test
    void aYearMissingFromTheListCountsWeekendsOnly() {
        assertThat(workingDays.add(LocalDate.of(2035, 12, 24), 1, Nation.ENGLAND)).isEqualTo(LocalDate.of(2035, 12, 25));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> workingDays.add(LocalDate.of(2026, 1, 5), -1, Nation.ENGLAND))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListCanBeReadFromAnyFileOfTheSameShape() {
        String csv = """
                # a comment
                nation,date,name
                scotland,2030-11-29,Made-up holiday, with a comma
                """;
        WorkingDays custom = WorkingDays.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(custom.bankHoliday(LocalDate.of(2030, 11, 29), Nation.SCOTLAND)).contains("Made-up holiday, with a comma");
        assertThat(custom.isWorkingDay(LocalDate.of(2030, 11, 29), Nation.ENGLAND)).isTrue();
    }

    /** The Gregorian computus (Meeus/Jones/Butcher), to check the list against. */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
