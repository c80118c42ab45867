package vn.congdoan.reporting.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.plan.TargetPeriod;
import vn.congdoan.contracts.task.TaskAssigned;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.reporting.ReportingServiceApplication;
import vn.congdoan.reporting.plan.ExpectationPlanner;
import vn.congdoan.reporting.plan.KnownPlans;
import vn.congdoan.testsupport.TestInfrastructure;
import vn.congdoan.units.ReplicatedUnit;

/**
 * N grassroots reports (default 130,000) for one plan and period, through the REST API from 8
 * client threads, under 34 provinces and 680 upper-level unions: reports ingested per second, the
 * time until the national rollup counts all of them, and the latency of a province's rollup
 * query. The directory copy, the plan and the expected reports are set up directly through the
 * service's own beans (their cost is printed too). Prints figures; asserts nothing. Run:
 * {@code ./mvnw -B -ntp -pl reporting-service -am -Pbenchmark verify -DskipTests [-Dbenchmark.reports=N]}.
 */
public final class ReportingBenchmark {
    private static final int PROVINCES = 34;
    private static final int UPPERS_PER_PROVINCE = 20;
    private static final int YEAR = 2026;

    public static void main(String[] args) throws Exception {
        int reports = Integer.getInteger("benchmark.reports", 130_000);
        TestInfrastructure infra = TestInfrastructure.get();
        Map<String, String> settings = Map.of("server.port", "0", "spring.kafka.bootstrap-servers", infra.kafkaBootstrapServers(),
                "spring.mongodb.uri", infra.mongoUri("reporting-benchmark"), "management.health.mongodb.enabled", "false",
                "reporting.targets.evaluation-cron", "-");
        String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ReportingServiceApplication.class).run(arguments)) {
            run(app, reports);
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext app, int reports) throws Exception {
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        long t0 = System.nanoTime();
        List<ReplicatedUnit> grassroots = directory(mongo, reports);
        System.out.printf("[benchmark] directory copy: %,d units in %.1f s%n", grassroots.size() + PROVINCES * (UPPERS_PER_PROVINCE + 1) + 1, seconds(t0));
        app.getBean(KnownPlans.class).handle(plan());
        PlanIssued.Deadline yearly = new PlanIssued.Deadline("YEARLY", "trước ngày 30/11 hàng năm", List.of(),
                List.of(LocalDate.of(YEAR, 11, 30)));
        ExpectationPlanner planner = app.getBean(ExpectationPlanner.class);
        long t1 = System.nanoTime();
        for (ReplicatedUnit unit : grassroots) {
            planner.assigned(new TaskAssigned("as-" + unit.id(), "bench-plan", 1, "45/KH-LĐLĐ", "bc", "Báo cáo năm",
                    true, unit.id(), unit.parentId(), yearly, LocalDate.of(YEAR, 11, 30), LocalDate.of(YEAR, 1, 15), null));
        }
        System.out.printf("[benchmark] expected reports placed: %,d in %.1f s (%,.0f /s)%n", grassroots.size(), seconds(t1),
                grassroots.size() / seconds(t1));

        HttpClient http = HttpClient.newHttpClient();
        AtomicInteger failures = new AtomicInteger();
        long t2 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int slice = 0; slice < 8; slice++) {
                int s = slice;
                done.add(pool.submit(() -> {
                    for (int i = s; i < grassroots.size(); i += 8) {
                        if (post(http, base, grassroots.get(i).id(), i) != 201) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double ingest = seconds(t2);
        String national = get(http, base + "/api/plans/bench-plan/periods/" + YEAR + "/completeness?unitId=vgcl");
        while (!national.contains("\"submitted\":" + (grassroots.size() - failures.get()) + ",")) {
            Thread.sleep(50);
            national = get(http, base + "/api/plans/bench-plan/periods/" + YEAR + "/completeness?unitId=vgcl");
        }
        double complete = seconds(t2);
        System.out.printf("[benchmark] %,d reports submitted over REST in %.1f s: %,.0f reports/s (%d refused)%n",
                grassroots.size(), ingest, grassroots.size() / ingest, failures.get());
        System.out.printf("[benchmark] national rollup complete and queryable %.1f s after the first report%n", complete);
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long q = System.nanoTime();
            get(http, base + "/api/plans/bench-plan/periods/" + YEAR + "/rollup?unitId=province-" + (i % PROVINCES));
            latencies.add((System.nanoTime() - q) / 1_000_000);
        }
        latencies.sort(Long::compare);
        System.out.printf("[benchmark] a province's rollup (with its %d children): p50 %d ms, max %d ms over 20 queries%n",
                UPPERS_PER_PROVINCE, latencies.get(10), latencies.get(19));
        System.out.printf("[benchmark] peak heap %,d MB%n", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static List<ReplicatedUnit> directory(MongoTemplate mongo, int reports) {
        List<ReplicatedUnit> upper = new ArrayList<>();
        List<ReplicatedUnit> all = new ArrayList<>();
        LocalDate opened = LocalDate.of(1990, 1, 1);
        all.add(new ReplicatedUnit("vgcl", "TLD", "Tổng Liên đoàn Lao động Việt Nam", UnitLevel.NATIONAL, null, null,
                List.of(), opened, null, 1));
        for (int p = 0; p < PROVINCES; p++) {
            String province = "province-" + p;
            all.add(new ReplicatedUnit(province, "P" + p, "LĐLĐ tỉnh " + p, UnitLevel.PROVINCIAL, null, "vgcl",
                    List.of("vgcl"), opened, null, 1));
            for (int u = 0; u < UPPERS_PER_PROVINCE; u++) {
                upper.add(new ReplicatedUnit(province + "-u" + u, "U" + p + "-" + u, "LĐLĐ huyện " + p + "-" + u,
                        UnitLevel.UPPER_GRASSROOTS, null, province, List.of("vgcl", province), opened, null, 1));
            }
        }
        all.addAll(upper);
        mongo.insertAll(all);
        List<ReplicatedUnit> grassroots = new ArrayList<>(reports);
        for (int g = 0; g < reports; g++) {
            ReplicatedUnit parent = upper.get(g % upper.size());
            grassroots.add(new ReplicatedUnit("g-" + g, "G" + g, "CĐCS " + g, UnitLevel.GRASSROOTS,
                    g % 3 == 0 ? Sector.PUBLIC_SECTOR : Sector.ENTERPRISE, parent.id(),
                    List.of("vgcl", parent.parentId(), parent.id()), opened, null, 1));
            if (grassroots.size() % 5_000 == 0 || g == reports - 1) {
                mongo.insertAll(grassroots.subList(grassroots.size() - (grassroots.size() % 5_000 == 0 ? 5_000
                        : grassroots.size() % 5_000), grassroots.size()));
            }
        }
        return grassroots;
    }

    private static PlanIssued plan() {
        return new PlanIssued("bench-plan", 1, "45/KH-LĐLĐ", "vgcl", LocalDate.of(YEAR, 1, 15), "Kế hoạch tuyên truyền",
                List.of(), List.of(), List.of(), List.of(new PlanIssued.Target("t1", "Hơn 90%", Comparator.GT,
                new java.math.BigDecimal("90"), Measure.PERCENT_OF_MEMBERS, Sector.PUBLIC_SECTOR, null, TargetPeriod.YEARLY,
                Indicator.STUDY_SESSIONS, null)), List.of(), 0, List.of(), null);
    }

    private static int post(HttpClient http, String base, String unit, int i) throws Exception {
        String body = "{\"planId\":\"bench-plan\",\"unitId\":\"" + unit + "\",\"period\":\"" + YEAR + "\",\"counts\":["
                + "{\"metric\":\"MEMBERS\",\"value\":" + (80 + i % 40) + "},{\"metric\":\"STUDY_SESSIONS\",\"value\":"
                + (70 + i % 10) + "}],\"flags\":{\"FANPAGE_POST\":" + (i % 2 == 0) + "},\"narrative\":\"Đã quán triệt\"}";
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/reports")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
