package org.learnloop.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.learnloop.shared.Nation;

class WorkingDaysPropertyTests {

    private final WorkingDays workingDays = WorkingDays.ukBankHolidays();

    @Property
    void addingWorkingDaysLandsOnAWorkingDayWithExactlyThatManyWorkingDaysOnTheWay(
            @ForAll @IntRange(min = 0, max = 5 * 366) int dayOfPeriod, @ForAll @IntRange(min = 1, max = 60) int days,
            @ForAll Nation nation) {
        LocalDate from = LocalDate.of(2024, 1, 1).plusDays(dayOfPeriod);

        LocalDate due = workingDays.add(from, days, nation);

        assertThat(workingDays.isWorkingDay(due, nation)).as("%s is a working day in %s", due, nation).isTrue();
        long counted = from.plusDays(1).datesUntil(due.plusDays(1)).filter(d -> workingDays.isWorkingDay(d, nation))
                .count();
        assertThat(counted).as("working days from %s to %s", from, due).isEqualTo(days);
    }

    @Property
    void moreWorkingDaysNeverEndSooner(@ForAll @IntRange(min = 0, max = 5 * 366) int dayOfPeriod,
            @ForAll @IntRange(min = 0, max = 40) int days, @ForAll Nation nation) {
        LocalDate from = LocalDate.of(2024, 1, 1).plusDays(dayOfPeriod);

        assertThat(workingDays.add(from, days + 1, nation)).isAfter(workingDays.add(from, days, nation));
    }
}
