package org.learnloop.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.learnloop.people.Role;
import org.learnloop.people.ServiceKind;
import org.learnloop.reporting.Category;
import org.learnloop.shared.Nation;

/**
 * The shape of a generated provider group: its services (kind, nation, size, a few with spikes of
 * one kind of event) and its people. Half the services are care homes, a third home-care branches
 * and the rest supported living; 84% in England, 8% in Scotland, 5% in Wales and 3% in Northern
 * Ireland, as adult social care is spread across the UK. Each service has a registered manager, two
 * to four team leaders and 20 to 40 care workers; the group has quality leads, a nominated
 * individual, a Freedom to Speak Up guardian and an administrator.
 */
record ProviderPlan(UUID organisationId, String name, List<ServicePlan> services, Person admin, List<Person> qualityLeads,
        Person director, Person guardian) {

    /** A person of the group; {@code serviceId} is null for provider-wide roles. */
    record Person(UUID id, String username, String displayName, Role role, UUID serviceId) {
    }

    /** A few weeks when one kind of event comes several times as often, most of it about one person. */
    record Spike(int fromDay, int toDay, Category category, int room, double factor) {

        boolean covers(int day) {
            return day >= fromDay && day < toDay;
        }
    }

    /**
     * A service, with its people and its share of the group's events. {@code weight} is its size:
     * beds for a care home, clients for a home-care branch, tenants for supported living, scaled.
     */
    record ServicePlan(int index, UUID id, String code, String name, ServiceKind kind, Nation nation, double weight,
            int rooms, Person manager, List<Person> leaders, List<Person> carers, List<Spike> spikes) {

        List<Person> staff() {
            List<Person> all = new ArrayList<>();
            all.add(manager);
            all.addAll(leaders);
            all.addAll(carers);
            return all;
        }
    }

    static final String PASSWORD = "demo";

    private static final String[] TREES = { "Oak", "Ash", "Beech", "Birch", "Cedar", "Elm", "Hazel", "Holly", "Larch",
            "Maple", "Rowan", "Willow", "Yew", "Alder", "Aspen", "Hawthorn", "Juniper", "Linden", "Poplar", "Heather",
            "Laurel", "Cherry", "Chestnut", "Sycamore", "Magnolia", "Lavender", "Primrose", "Bluebell", "Meadow",
            "Orchard", "Brook", "Fern", "Ivy", "Clover", "Thistle", "Harbour", "Hillside", "Riverside", "Parkview",
            "Fairfield", "Greenacres", "Highfield", "Lakeside", "Millbrook", "Oakwood", "Redwood", "Southfield",
            "Westbury", "Woodlands", "Ashgrove" };
    private static final String[] HOMES = { "House", "Lodge", "Court", "Manor", "Grange", "View" };
    private static final String[] ENGLAND = { "Leeds", "York", "Bristol", "Bath", "Derby", "Norwich", "Exeter",
            "Durham", "Carlisle", "Lincoln", "Preston", "Reading", "Oxford", "Leicester", "Hull", "Truro", "Kendal",
            "Ipswich", "Chester", "Wakefield" };
    private static final String[] SCOTLAND = { "Perth", "Stirling", "Inverness", "Dundee", "Ayr", "Elgin" };
    private static final String[] WALES = { "Cardiff", "Swansea", "Newport", "Wrexham", "Bangor" };
    private static final String[] NORTHERN_IRELAND = { "Belfast", "Newry", "Armagh", "Omagh" };
    private static final String[] FIRST = { "Amy", "Ben", "Cara", "Dev", "Ella", "Finn", "Gita", "Hal", "Isla", "Jon",
            "Kemi", "Liam", "Mia", "Nia", "Owen", "Pia", "Raj", "Sian", "Tom", "Uma", "Vik", "Wes", "Zoe", "Ada",
            "Bea", "Cal", "Dot", "Eli", "Fay", "Gus" };
    private static final String[] LAST = { "Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hughes",
            "Iqbal", "Jones", "Khan", "Lewis", "Murray", "Nolan", "Owens", "Patel", "Quinn", "Reid", "Singh", "Taylor",
            "Usman", "Vaughan", "Walsh", "Young" };

    /**
     * The group for these settings. The same seed gives the same group; every id comes from the
     * seeded random source.
     */
    static ProviderPlan of(GeneratorSettings settings, int days) {
        Random random = new Random(settings.seed());
        UUID organisationId = Ids.from(random);
        Person admin = person(random, "admin", Role.ADMINISTRATOR, null);
        List<Person> quality = new ArrayList<>();
        quality.add(person(random, "quality", Role.QUALITY_LEAD, null));
        for (int i = 2; i <= Math.max(1, settings.services() / 70 + 1); i++) {
            quality.add(person(random, "quality" + i, Role.QUALITY_LEAD, null));
        }
        Person director = person(random, "director", Role.NOMINATED_INDIVIDUAL, null);
        Person guardian = person(random, "guardian", Role.SPEAK_UP_GUARDIAN, null);
        List<ServicePlan> services = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < settings.services(); i++) {
            ServiceKind kind = kind(i);
            Nation nation = nation(i);
            String town = towns(nation)[random.nextInt(towns(nation).length)];
            String tree = TREES[random.nextInt(TREES.length)];
            String name = switch (kind) {
                case CARE_HOME -> tree + " " + HOMES[random.nextInt(HOMES.length)];
                case HOME_CARE -> town + " Home Care";
                case SUPPORTED_LIVING -> tree + " Supported Living";
            };
            if (!names.add(name)) {
                name = name + ", " + town;
                for (int n = 2; !names.add(name); n++) {
                    name = name.replaceAll(" \\d+$", "") + " " + n;
                }
            }
            String stem = (kind == ServiceKind.HOME_CARE ? town : tree).toUpperCase().substring(0, 3);
            String code = stem;
            for (int n = 2; !codes.add(code); n++) {
                code = stem + n;
            }
            UUID serviceId = Ids.from(random);
            double size = switch (kind) {
                case CARE_HOME -> 0.6 + random.nextDouble() * 0.9;
                case HOME_CARE -> 0.5 + random.nextDouble() * 0.9;
                case SUPPORTED_LIVING -> 0.3 + random.nextDouble() * 0.4;
            };
            String lower = code.toLowerCase();
            Person manager = person(random, "manager." + lower, Role.REGISTERED_MANAGER, serviceId);
            List<Person> leaders = new ArrayList<>();
            for (int n = 1, count = 2 + random.nextInt(3); n <= count; n++) {
                leaders.add(person(random, "leader" + n + "." + lower, Role.TEAM_LEADER, serviceId));
            }
            List<Person> carers = new ArrayList<>();
            for (int n = 1, count = 20 + random.nextInt(21); n <= count; n++) {
                carers.add(person(random, "carer" + n + "." + lower, Role.CARE_WORKER, serviceId));
            }
            services.add(new ServicePlan(i, serviceId, code, name, kind, nation, size, 10 + random.nextInt(60), manager,
                    List.copyOf(leaders), List.copyOf(carers), spikes(random, kind, days)));
        }
        return new ProviderPlan(organisationId, "Generated Care Group", List.copyOf(services), admin, List.copyOf(quality),
                director, guardian);
    }

    List<Person> everyone() {
        List<Person> all = new ArrayList<>();
        all.add(admin);
        all.addAll(qualityLeads);
        all.add(director);
        all.add(guardian);
        services.forEach(s -> all.addAll(s.staff()));
        return all;
    }

    Person quality() {
        return qualityLeads.get(0);
    }

    /** When the group's records begin: people and services are there from the start. */
    static Instant start(Instant now, int days) {
        return now.minus(java.time.Duration.ofDays(days + 30L));
    }

    /** 50% care homes, 35% home care, 15% supported living, spread evenly through the list. */
    private static ServiceKind kind(int index) {
        return switch (index % 20) {
            case 1, 4, 7, 10, 13, 16, 19 -> ServiceKind.HOME_CARE;
            case 5, 11, 17 -> ServiceKind.SUPPORTED_LIVING;
            default -> ServiceKind.CARE_HOME;
        };
    }

    /** 84% England, 8% Scotland, 5% Wales, 3% Northern Ireland, spread evenly through the list. */
    private static Nation nation(int index) {
        return switch (index % 100) {
            case 2, 14, 26, 38, 50, 62, 74, 86 -> Nation.SCOTLAND;
            case 7, 27, 47, 67, 87 -> Nation.WALES;
            case 12, 45, 78 -> Nation.NORTHERN_IRELAND;
            default -> Nation.ENGLAND;
        };
    }

    private static String[] towns(Nation nation) {
        return switch (nation) {
            case ENGLAND -> ENGLAND;
            case SCOTLAND -> SCOTLAND;
            case WALES -> WALES;
            case NORTHERN_IRELAND -> NORTHERN_IRELAND;
        };
    }

    /** About one service in ten has one to three spikes: falls in a care home, missed visits in home care. */
    private static List<Spike> spikes(Random random, ServiceKind kind, int days) {
        if (random.nextDouble() >= 0.1) {
            return List.of();
        }
        List<Spike> spikes = new ArrayList<>();
        for (int n = 0, count = 1 + random.nextInt(3); n < count; n++) {
            int length = 21 + random.nextInt(35);
            int from = random.nextInt(Math.max(1, days - length));
            Category category = switch (kind) {
                case CARE_HOME -> random.nextBoolean() ? Category.FALL : Category.MEDICATION;
                case HOME_CARE -> random.nextBoolean() ? Category.MISSED_VISIT : Category.LATE_VISIT;
                case SUPPORTED_LIVING -> Category.AGGRESSION;
            };
            spikes.add(new Spike(from, from + length, category, 1 + random.nextInt(60), 2.5 + random.nextDouble() * 2));
        }
        return List.copyOf(spikes);
    }

    private static Person person(Random random, String username, Role role, UUID serviceId) {
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        return new Person(Ids.from(random), username, name, role, serviceId);
    }
}
