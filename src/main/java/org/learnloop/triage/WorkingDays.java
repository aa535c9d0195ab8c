package org.learnloop.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.learnloop.shared.Nation;

/**
 * Working days as a registered manager counts them: Monday to Friday, less the bank holidays of
 * the service's nation. England and Wales share one list; Scotland (2 January, St Andrew's Day,
 * no Easter Monday) and Northern Ireland (St Patrick's Day, 12 July) have their own. The lists
 * ship in {@code triage/bank-holidays.csv} and are loaded once; a year missing from the file
 * counts weekends only.
 */
public final class WorkingDays {

    static final String RESOURCE = "/triage/bank-holidays.csv";

    private static volatile WorkingDays ukBankHolidays;

    private final Map<HolidayList, Map<LocalDate, String>> holidays;

    /** The lists of bank holidays that nations share. */
    enum HolidayList {
        ENGLAND_AND_WALES("england-and-wales"),
        SCOTLAND("scotland"),
        NORTHERN_IRELAND("northern-ireland");

        private final String code;

        HolidayList(String code) {
            this.code = code;
        }

        static HolidayList of(Nation nation) {
            return switch (nation) {
                case ENGLAND, WALES -> ENGLAND_AND_WALES;
                case SCOTLAND -> SCOTLAND;
                case NORTHERN_IRELAND -> NORTHERN_IRELAND;
            };
        }

        static HolidayList ofCode(String code) {
            for (HolidayList list : values()) {
                if (list.code.equals(code)) {
                    return list;
                }
            }
            throw new IllegalArgumentException("Unknown bank holiday list: " + code);
        }
    }

    WorkingDays(Map<HolidayList, Map<LocalDate, String>> holidays) {
        Map<HolidayList, Map<LocalDate, String>> copy = new EnumMap<>(HolidayList.class);
        for (HolidayList list : HolidayList.values()) {
            copy.put(list, Map.copyOf(holidays.getOrDefault(list, Map.of())));
        }
        this.holidays = copy;
    }

    /** The official UK bank holidays shipped with Learnloop, read once. */
    public static WorkingDays ukBankHolidays() {
        WorkingDays loaded = ukBankHolidays;
        if (loaded == null) {
            synchronized (WorkingDays.class) {
                loaded = ukBankHolidays;
                if (loaded == null) {
                    loaded = load(WorkingDays.class.getResourceAsStream(RESOURCE));
                    ukBankHolidays = loaded;
                }
            }
        }
        return loaded;
    }

    static WorkingDays load(InputStream csv) {
        if (csv == null) {
            throw new IllegalStateException("The bank holiday list " + RESOURCE + " is missing");
        }
        Map<HolidayList, Map<LocalDate, String>> holidays = new EnumMap<>(HolidayList.class);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("nation,")) {
                    continue;
                }
                String[] parts = trimmed.split(",", 3);
                if (parts.length != 3) {
                    throw new IllegalStateException("Line " + number + " of " + RESOURCE + " is not nation,date,name");
                }
                holidays.computeIfAbsent(HolidayList.ofCode(parts[0].trim()), l -> new TreeMap<>())
                        .put(LocalDate.parse(parts[1].trim()), parts[2].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDays(holidays);
    }

    /**
     * The date {@code days} working days after {@code from} in the nation: 1 working day after a
     * Friday is the Monday, or the Tuesday when that Monday is a bank holiday. Zero days is
     * {@code from} itself.
     */
    public LocalDate add(LocalDate from, int days, Nation nation) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days to add must be 0 or more");
        }
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date, nation)) {
                left--;
            }
        }
        return date;
    }

    public boolean isWorkingDay(LocalDate date, Nation nation) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && bankHoliday(date, nation).isEmpty();
    }

    /** The name of the bank holiday on that date in the nation, if it is one. */
    public Optional<String> bankHoliday(LocalDate date, Nation nation) {
        return Optional.ofNullable(holidays.get(HolidayList.of(nation)).get(date));
    }

    /** Every bank holiday of the nation, by date. */
    public Map<LocalDate, String> bankHolidays(Nation nation) {
        return new TreeMap<>(holidays.get(HolidayList.of(nation)));
    }
}
