import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learnloop's load client: measures a running Learnloop over loopback, and the same work done
 * directly on its database with plain JDBC, and prints one line per measurement.
 *
 * <pre>
 * java -cp h2.jar:postgresql.jar bench/Load.java --base=http://127.0.0.1:8080 --jdbc=URL [--db-user=sa]
 *     [--db-password=] [--intake-seconds=30] [--page-seconds=10] [--clients=32]
 * </pre>
 *
 * It signs in as the generated group's people (see bench/README.md): the administrator to find the
 * services, the registered manager of the first service and the quality lead for the daily pages
 * and calls, and care workers of the second and third services for the intake. Every request loop
 * is bounded in time and goes to loopback only.
 */
public class Load {

    static final String PASSWORD = "demo";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static String base;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    static final List<String> LINES = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        base = options.getOrDefault("base", "http://127.0.0.1:8080");
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost")) {
            throw new IllegalArgumentException("The load client only talks to loopback");
        }
        String jdbc = options.get("jdbc");
        String dbUser = options.getOrDefault("db-user", "sa");
        String dbPassword = options.getOrDefault("db-password", "");
        int intakeSeconds = Integer.parseInt(options.getOrDefault("intake-seconds", "30"));
        int pageSeconds = Integer.parseInt(options.getOrDefault("page-seconds", "10"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "32"));

        // Who is who: the administrator lists the services; usernames follow the generator's pattern.
        List<Map<String, String>> services = objects(get("/api/v1/admin/services?size=500", basic("admin")), "id", "code");
        if (services.size() < 3) {
            throw new IllegalStateException("The benchmark needs a generated group of at least 3 services");
        }
        String pageService = services.get(0).get("id");
        String managerName = "manager." + services.get(0).get("code").toLowerCase();
        String managerToken = token(managerName);
        String qualityToken = token("quality");
        List<String> carerTokens = new ArrayList<>();
        for (int i = 0; carerTokens.size() < clients; i++) {
            Map<String, String> service = services.get(1 + i % 2);
            carerTokens.add(token("carer" + (1 + i / 2) + "." + service.get("code").toLowerCase()));
        }
        List<String> intakeServices = List.of(services.get(1).get("id"), services.get(2).get("id"));
        LocalDate today = LocalDate.now(LONDON);
        LocalDate monthStart = today.minusMonths(1).withDayOfMonth(1);
        LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).minusMonths(3);
        LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);

        List<String> managerEvents = ids(get("/api/v1/events?size=200&serviceId=" + pageService, bearer(managerToken)));
        List<String> qualityEvents = ids(get("/api/v1/events?size=500", bearer(qualityToken)));
        HttpClient managerPages = pageSession(managerName);
        HttpClient qualityPages = pageSession("quality");
        line("# services %d; page service %s (%s); %d of its events and %d across the group sampled",
                services.size(), services.get(0).get("code"), managerName, managerEvents.size(), qualityEvents.size());

        // Warm up: let the JIT and the caches see every call once or twice.
        timed("warm-up", 2, Duration.ofSeconds(Math.max(5, pageSeconds)), () -> {
            get("/api/v1/attention", bearer(managerToken));
            page(managerPages, "/events/" + pick(managerEvents));
            get("/api/v1/events/" + pick(qualityEvents), bearer(qualityToken));
            return get("/api/v1/me", bearer(managerToken));
        });

        line("## daily pages and calls (1 client, p95 target < 100 ms for one service, < 500 ms for all)");
        String monthQuery = "&from=" + monthStart + "&to=" + monthEnd;
        String quarterQuery = "&from=" + quarterStart + "&to=" + quarterEnd;
        Duration pages = Duration.ofSeconds(pageSeconds);
        for (String[] who : new String[][] { { "manager", managerToken }, { "quality", qualityToken } }) {
            String token = who[1];
            HttpClient session = who[0].equals("manager") ? managerPages : qualityPages;
            List<String> sample = who[0].equals("manager") ? managerEvents : qualityEvents;
            String scope = who[0].equals("manager") ? "one service" : "all services";
            timed(who[0] + " GET /attention (page, " + scope + ")", 1, pages, () -> page(session, "/attention"));
            timed(who[0] + " GET /api/v1/attention", 1, pages, () -> get("/api/v1/attention", bearer(token)));
            timed(who[0] + " GET /events/{id} (page)", 1, pages, () -> page(session, "/events/" + pick(sample)));
            timed(who[0] + " GET /api/v1/events/{id}", 1, pages, () -> get("/api/v1/events/" + pick(sample), bearer(token)));
            timed(who[0] + " GET /api/v1/events service, month", 1, pages,
                    () -> get("/api/v1/events?serviceId=" + pageService + monthQuery, bearer(token)));
            timed(who[0] + " GET /api/v1/evidence-pack service, quarter", 1, pages,
                    () -> get("/api/v1/evidence-pack?serviceIds=" + pageService + quarterQuery, bearer(token)));
            if (who[0].equals("quality")) {
                timed("quality GET /api/v1/events all services, month", 1, pages,
                        () -> get("/api/v1/events?x=1" + monthQuery, bearer(token)));
                timed("quality GET /api/v1/evidence-pack all services, quarter", 1, pages,
                        () -> get("/api/v1/evidence-pack?x=1" + quarterQuery, bearer(token)));
            }
        }

        if (jdbc != null) {
            line("## the same SQL run directly (plain JDBC, 1 client)");
            Direct direct = new Direct(jdbc, dbUser, dbPassword, managerName, pageService);
            direct.pages(pages, monthStart, monthEnd, quarterStart, quarterEnd, managerEvents, qualityEvents);
        }

        line("## trivial authenticated endpoint, %d clients", clients);
        AtomicInteger next = new AtomicInteger();
        ThreadLocal<String> mine = ThreadLocal.withInitial(() -> carerTokens.get(next.getAndIncrement() % carerTokens.size()));
        Stats trivial = timed("GET /api/v1/me (Bearer token)", clients, Duration.ofSeconds(intakeSeconds),
                () -> get("/api/v1/me", bearer(mine.get())));
        timed("GET /api/v1/me (HTTP Basic: bcrypt on every call)", clients, Duration.ofSeconds(Math.max(5, intakeSeconds / 3)),
                () -> get("/api/v1/me", basic(managerName)));

        line("## intake, %d clients (target >= 300 reports/s, p99 < 100 ms, >= half the trivial rate)", clients);
        if (jdbc != null) {
            new Direct(jdbc, dbUser, dbPassword, managerName, pageService).intake(clients, Duration.ofSeconds(intakeSeconds),
                    intakeServices);
        }
        AtomicInteger reporter = new AtomicInteger();
        ThreadLocal<Integer> slot = ThreadLocal.withInitial(reporter::getAndIncrement);
        Stats intake = timed("POST /api/v1/events (Bearer token)", clients, Duration.ofSeconds(intakeSeconds), () -> {
            int i = slot.get();
            String json = """
                    {"type":"INCIDENT","serviceId":"%s","occurredAt":"%s","category":"FALL",
                     "summary":"Found on the floor beside the bed, no injury seen",
                     "description":"Found sitting on the floor beside the bed during the night check. Call bell out of reach.",
                     "immediateActions":"Checked for injury, helped back to bed, observations taken.",
                     "physicalHarm":"NONE","psychologicalHarm":"LOW"}"""
                    .formatted(intakeServices.get(i % 2), Instant.now().minusSeconds(600));
            return post("/api/v1/events", json, bearer(carerTokens.get(i % carerTokens.size())));
        });
        line("# intake %.0f reports/s is %.0f%% of the trivial endpoint's %.0f requests/s", intake.rate(),
                100 * intake.rate() / Math.max(1, trivial.rate()), trivial.rate());
    }

    // Measuring

    record Stats(String name, int count, int errors, double seconds, long p50, long p95, long p99, long max) {

        double rate() {
            return count / seconds;
        }
    }

    interface Call {
        int run() throws Exception;
    }

    /**
     * Runs the call from {@code clients} threads for the duration; latencies in microseconds. A single
     * client first makes two calls that are not measured, so that no page is measured cold.
     */
    static Stats timed(String name, int clients, Duration duration, Call call) throws InterruptedException {
        if (clients == 1) {
            for (int i = 0; i < 2; i++) {
                try {
                    call.run();
                } catch (Exception e) {
                    // counted when measured
                }
            }
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                List<Long> own = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    try {
                        int status = call.run();
                        if (status >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    own.add((System.nanoTime() - t) / 1000);
                }
                latencies.addAll(own);
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Stats stats = new Stats(name, sorted.size(), errors.get(), seconds, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        line("%-58s %7d req %8.1f/s  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms  errors %d", name, stats.count(),
                stats.rate(), stats.p50() / 1000.0, stats.p95() / 1000.0, stats.p99() / 1000.0, stats.max() / 1000.0,
                stats.errors());
        return stats;
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void line(String format, Object... args) {
        String text = args.length == 0 ? format : format.formatted(args);
        System.out.println(text);
        LINES.add(text);
    }

    // HTTP

    static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String lastBody;

    static int get(String path, String authorization) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        lastBody = response.body();
        return response.statusCode();
    }

    static int post(String path, String json, String authorization) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        lastBody = response.body();
        return response.statusCode();
    }

    static String token(String username) throws Exception {
        int status = post("/api/v1/me/tokens", "{\"name\":\"benchmark\"}", basic(username));
        if (status != 201 && status != 200) {
            throw new IllegalStateException("No token for " + username + ": " + status + " " + lastBody);
        }
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(lastBody);
        if (!m.find()) {
            throw new IllegalStateException("No token in " + lastBody);
        }
        return m.group(1);
    }

    /** A browser-like session: signs in through the form, keeping the cookies. */
    static HttpClient pageSession(String username) throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = session.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + signedIn.statusCode() + " " + location);
        }
        return session;
    }

    static int page(HttpClient session, String path) throws Exception {
        HttpResponse<String> response = session.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? 200 : 500 + response.statusCode();
    }

    static List<Map<String, String>> objects(int status, String... fields) {
        if (status != 200) {
            throw new IllegalStateException("Answer " + status + ": " + lastBody);
        }
        List<Map<String, String>> found = new ArrayList<>();
        Matcher item = Pattern.compile("\\{[^{}]*\\}").matcher(lastBody);
        while (item.find()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : fields) {
                Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(item.group());
                if (m.find()) {
                    values.put(field, m.group(1));
                }
            }
            if (values.size() == fields.length) {
                found.add(values);
            }
        }
        return found;
    }

    static List<String> ids(int status) {
        if (status != 200) {
            throw new IllegalStateException("Answer " + status + ": " + lastBody);
        }
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"reference\"").matcher(lastBody);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No events in " + lastBody.substring(0, Math.min(300, lastBody.length())));
        }
        return ids;
    }

    static String pick(List<String> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    // The same work with plain JDBC

    /** The principal statements of each call, run directly on the database, and the intake's inserts. */
    static final class Direct {

        final String url;
        final String user;
        final String password;
        final UUID org;
        final UUID manager;
        final UUID quality;
        final UUID service;
        final List<UUID> allServices = new ArrayList<>();

        Direct(String url, String user, String password, String managerName, String serviceId) throws Exception {
            this.url = url;
            this.user = user;
            this.password = password;
            this.service = UUID.fromString(serviceId);
            try (Connection c = connect()) {
                this.org = one(c, "select organisation_id from service where id = ?", service);
                this.manager = one(c, "select id from person where username = ?", managerName);
                this.quality = one(c, "select id from person where username = ?", "quality");
                try (PreparedStatement s = c.prepareStatement("select id from service where organisation_id = ?")) {
                    s.setObject(1, org);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            allServices.add(rs.getObject(1, UUID.class));
                        }
                    }
                }
            }
        }

        Connection connect() throws Exception {
            return DriverManager.getConnection(url, user, password);
        }

        static UUID one(Connection c, String sql, Object param) throws Exception {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, param);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getObject(1, UUID.class);
                }
            }
        }

        static String in(int n) {
            return String.join(", ", Collections.nCopies(n, "?"));
        }

        /** Runs a statement with its parameters and reads every row, as the application would. */
        static int query(Connection c, String sql, List<?> params) throws Exception {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    Object p = params.get(i);
                    s.setObject(i + 1, p instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : p);
                }
                int rows = 0;
                try (ResultSet rs = s.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                        rows++;
                    }
                }
                return rows;
            }
        }

        static Instant startOf(LocalDate day) {
            return day.atStartOfDay(LONDON).toInstant();
        }

        void pages(Duration duration, LocalDate monthStart, LocalDate monthEnd, LocalDate quarterStart,
                LocalDate quarterEnd, List<String> managerEvents, List<String> qualityEvents) throws Exception {
            for (boolean providerWide : new boolean[] { false, true }) {
                String who = providerWide ? "quality" : "manager";
                UUID person = providerWide ? quality : manager;
                List<UUID> services = providerWide ? allServices : List.of(service);
                List<String> sample = providerWide ? qualityEvents : managerEvents;
                String visible = "e.organisation_id = ? and (e.reporter_id = ? or (e.service_id in (" + in(services.size())
                        + ") and e.type <> 'STAFF_CONCERN'))";
                List<Object> visibleParams = new ArrayList<>(List.of(org, person));
                visibleParams.addAll(services);
                try (Connection c = connect()) {
                    LocalDate today = LocalDate.now(LONDON);
                    timed("SQL " + who + " attention: recent events, duties, reviews, actions, checks", 1, duration, () -> {
                        List<Object> p = new ArrayList<>(visibleParams);
                        p.add(startOf(today.minusDays(90)));
                        query(c, "select count(*) from event e where " + visible + " and e.occurred_at >= ?", p);
                        query(c, "select e.* from event e where " + visible + " and e.occurred_at >= ?"
                                + " order by e.occurred_at desc, e.reference desc limit 500", p);
                        List<Object> s = new ArrayList<>(List.of(org));
                        s.addAll(services);
                        query(c, "select d.* from duty d where d.organisation_id = ? and d.status = 'DUE' and d.service_id in ("
                                + in(services.size()) + ") order by d.due_at, d.kind limit 500", s);
                        query(c, "select * from review where organisation_id = ? and status = 'DRAFT' and service_id in ("
                                + in(services.size()) + ") order by opened_at", s);
                        List<Object> a = new ArrayList<>(List.of(org, person));
                        a.addAll(services);
                        a.add(today);
                        query(c, "select a.* from action a where a.organisation_id = ? and (a.lead_id = ? or a.service_id in ("
                                + in(services.size()) + ")) and a.status = 'OPEN' and a.due_date < ?"
                                + " order by a.due_date, a.added_at, a.id limit 500", a);
                        List<Object> k = new ArrayList<>(s);
                        k.add(today.plusDays(7));
                        query(c, "select c.* from effectiveness_check c where c.organisation_id = ? and c.service_id in ("
                                + in(services.size()) + ") and c.status = 'SCHEDULED' and c.due_date <= ?"
                                + " order by c.due_date, c.scheduled_at, c.id limit 500", k);
                        return 200;
                    });
                    timed("SQL " + who + " one event with its loop", 1, duration, () -> {
                        UUID id = UUID.fromString(pick(sample));
                        query(c, "select * from event where organisation_id = ? and id = ?", List.of(org, id));
                        query(c, "select * from event_amendment where event_id = ?", List.of(id));
                        query(c, "select * from triage where organisation_id = ? and event_id = ?", List.of(org, id));
                        query(c, "select * from duty where organisation_id = ? and event_id = ?", List.of(org, id));
                        query(c, "select r.*, (select count(*) from review_finding f where f.review_id = r.id) as findings"
                                + " from review r join review_event re on re.review_id = r.id where re.event_id = ?", List.of(id));
                        query(c, "select a.* from action a join review_event re on re.review_id = a.review_id where re.event_id = ?",
                                List.of(id));
                        query(c, "select c.* from effectiveness_check c join review_event re on re.review_id = c.review_id"
                                + " where re.event_id = ?", List.of(id));
                        query(c, "select l.* from lesson l join review_event re on re.review_id = l.review_id where re.event_id = ?",
                                List.of(id));
                        return 200;
                    });
                    timed("SQL " + who + " events of a service for a month", 1, duration, () -> {
                        List<Object> p = new ArrayList<>(visibleParams);
                        p.addAll(List.of(service, startOf(monthStart), startOf(monthEnd.plusDays(1))));
                        String where = visible + " and e.service_id = ? and e.occurred_at >= ? and e.occurred_at < ?";
                        query(c, "select count(*) from event e where " + where, p);
                        query(c, "select e.* from event e where " + where
                                + " order by e.occurred_at desc, e.reference desc limit 50", p);
                        return 200;
                    });
                    timed("SQL " + who + " evidence of " + (providerWide ? "all services" : "a service") + ", a quarter", 1,
                            duration, () -> {
                        List<Object> p = new ArrayList<>(visibleParams);
                        p.addAll(services);
                        p.addAll(List.of(startOf(quarterStart), startOf(quarterEnd.plusDays(1))));
                        String where = visible + " and e.service_id in (" + in(services.size())
                                + ") and e.occurred_at >= ? and e.occurred_at < ?";
                        for (String column : List.of("type", "physical_harm", "psychological_harm", "category")) {
                            query(c, "select e." + column + ", count(*) from event e where " + where + " group by e." + column, p);
                        }
                        query(c, "select e.* from event e where " + where + " order by e.occurred_at limit 20000", p);
                        query(c, "select t.* from triage t join event e on e.id = t.event_id where " + where, p);
                        query(c, "select r.*, re.event_id from review r join review_event re on re.review_id = r.id"
                                + " join event e on e.id = re.event_id where " + where, p);
                        query(c, "select a.* from action a where a.review_id in (select re.review_id from review_event re"
                                + " join event e on e.id = re.event_id where " + where + ")", p);
                        query(c, "select c.* from effectiveness_check c where c.review_id in (select re.review_id from review_event re"
                                + " join event e on e.id = re.event_id where " + where + ")", p);
                        query(c, "select l.* from lesson l where l.review_id in (select re.review_id from review_event re"
                                + " join event e on e.id = re.event_id where " + where + ")", p);
                        return 200;
                    });
                }
            }
        }

        /**
         * What a report writes, directly: the next reference number, the event and its audit entry,
         * committed, from {@code clients} threads. The rows are removed afterwards (the counters keep
         * their numbers, as after a rolled-back report).
         */
        void intake(int clients, Duration duration, List<String> services) throws Exception {
            List<UUID> created = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger slot = new AtomicInteger();
            ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
                try {
                    Connection c = connect();
                    c.setAutoCommit(false);
                    return c;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            List<Connection> opened = Collections.synchronizedList(new ArrayList<>());
            ThreadLocal<Integer> mine = ThreadLocal.withInitial(slot::getAndIncrement);
            int year = LocalDate.now(LONDON).getYear();
            List<UUID> ids = services.stream().map(UUID::fromString).toList();
            timed("JDBC insert: counter, event, audit entry, commit", clients, duration, () -> {
                Connection c = connections.get();
                if (!opened.contains(c)) {
                    opened.add(c);
                }
                try {
                    return report(c, ids.get(mine.get() % ids.size()), ids, year, created);
                } catch (Exception e) {
                    c.rollback();
                    throw e;
                }
            });
            for (Connection c : opened) {
                c.close();
            }
            remove(created);
        }

        /** One report's rows; references are JDBC<n>-YYYY-N, n the service's place, so two services never clash. */
        int report(Connection c, UUID serviceId, List<UUID> services, int year, List<UUID> created) throws Exception {
                try (PreparedStatement counter = c.prepareStatement(
                        "update reference_counter set last_value = last_value + 1 where service_id = ? and reference_year = ?")) {
                    counter.setObject(1, serviceId);
                    counter.setInt(2, year);
                    if (counter.executeUpdate() == 0) {
                        try (PreparedStatement first = c.prepareStatement("insert into reference_counter"
                                + " (organisation_id, service_id, reference_year, last_value) values (?, ?, ?, 1)"
                                + " on conflict do nothing")) {
                            first.setObject(1, org);
                            first.setObject(2, serviceId);
                            first.setInt(3, year);
                            first.executeUpdate();
                        }
                    }
                }
                int number;
                try (PreparedStatement read = c.prepareStatement(
                        "select last_value from reference_counter where service_id = ? and reference_year = ?")) {
                    read.setObject(1, serviceId);
                    read.setInt(2, year);
                    try (ResultSet rs = read.executeQuery()) {
                        rs.next();
                        number = rs.getInt(1);
                    }
                }
                UUID id = UUID.randomUUID();
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                try (PreparedStatement event = c.prepareStatement("""
                        insert into event (id, organisation_id, service_id, reference, type, category, occurred_at, reported_at,
                            reporter_id, anonymous, follow_up_hash, summary, description, immediate_actions, physical_harm,
                            psychological_harm)
                        values (?, ?, ?, ?, 'INCIDENT', 'FALL', ?, ?, null, false, null, ?, ?, ?, 'NONE', 'LOW')""")) {
                    event.setObject(1, id);
                    event.setObject(2, org);
                    event.setObject(3, serviceId);
                    event.setString(4, "JDBC" + services.indexOf(serviceId) + "-" + year + "-" + number);
                    event.setObject(5, now.minusMinutes(10));
                    event.setObject(6, now);
                    event.setString(7, "Found on the floor beside the bed, no injury seen");
                    event.setString(8, "Found sitting on the floor beside the bed during the night check. Call bell out of reach.");
                    event.setString(9, "Checked for injury, helped back to bed, observations taken.");
                    event.executeUpdate();
                }
                try (PreparedStatement audit = c.prepareStatement("""
                        insert into audit_entry (id, organisation_id, actor_id, action, subject_type, subject_id, description, at)
                        values (?, ?, null, 'CHANGE', 'EVENT', ?, ?, ?)""")) {
                    audit.setObject(1, UUID.randomUUID());
                    audit.setObject(2, org);
                    audit.setObject(3, id);
                    audit.setString(4, "Reported JDBC" + services.indexOf(serviceId) + "-" + year + "-" + number + " (INCIDENT, FALL)");
                    audit.setObject(5, now);
                    audit.executeUpdate();
                }
                c.commit();
                created.add(id);
                return 200;
        }

        void remove(List<UUID> created) throws Exception {
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                for (int from = 0; from < created.size(); from += 500) {
                    List<UUID> batch = created.subList(from, Math.min(created.size(), from + 500));
                    for (String table : List.of("audit_entry where subject_id", "event where id")) {
                        try (PreparedStatement delete = c.prepareStatement("delete from " + table + " in (" + in(batch.size()) + ")")) {
                            for (int i = 0; i < batch.size(); i++) {
                                delete.setObject(i + 1, batch.get(i));
                            }
                            delete.executeUpdate();
                        }
                    }
                }
                c.commit();
            }
        }
    }
}
