package vn.congdoan.plan.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import vn.congdoan.events.Outbox;
import vn.congdoan.plan.PlanServiceApplication;
import vn.congdoan.plan.schedule.DueDateSweep;
import vn.congdoan.testsupport.TestInfrastructure;

/**
 * National scale: 34 provinces, 680 upper-level unions and 130,000 grassroots unions imported
 * through the REST API; one plan assigns a yearly report (due 30/11) to every grassroots union;
 * then the sweep runs on 23/11, the 7-days-ahead reminder date. Prints figures; asserts nothing.
 * Run: {@code ./mvnw -B -ntp -pl plan-service -am -Pbenchmark verify -DskipTests}
 * ({@code -Dbenchmark.grassroots=N} for another size).
 */
public final class NationalPlanBenchmark {
    private static final int PROVINCES = 34;
    private static final int UPPER_PER_PROVINCE = 20;

    public static void main(String[] args) {
        int grassroots = Integer.getInteger("benchmark.grassroots", 130_000);
        TestInfrastructure infra = TestInfrastructure.get();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlanServiceApplication.class).run(
                "--server.port=0", "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infra.mongoUri("plan-benchmark"), "--management.health.mongodb.enabled=false",
                "--congdoan.plan.sweep-cron=-", "--congdoan.plan.repair-interval=1h",
                "--congdoan.plan.unit-repair-interval=1h", "--congdoan.events.relay-batch-size=5000",
                "--logging.level.root=warn")) {
            new NationalPlanBenchmark(app).run(grassroots);
        }
        System.exit(0);
    }

    private final RestClient http;
    private final MongoTemplate mongo;
    private final DueDateSweep sweep;

    private NationalPlanBenchmark(ConfigurableApplicationContext app) {
        String port = app.getEnvironment().getProperty("local.server.port");
        this.http = RestClient.create("http://127.0.0.1:" + port);
        this.mongo = app.getBean(MongoTemplate.class);
        this.sweep = app.getBean(DueDateSweep.class);
    }

    private void run(int grassroots) {
        long started = System.nanoTime();
        importUnits(grassroots);
        double importSeconds = seconds(started);
        awaitOutboxDrained();
        print("units imported through the API", grassroots + PROVINCES * (UPPER_PER_PROVINCE + 1) + 1, importSeconds);

        String planId = draftPlan();
        long issuing = System.nanoTime();
        Map<?, ?> issued = http.post().uri("/api/plans/{id}/issue", planId).retrieve().body(Map.class);
        double issueSeconds = seconds(issuing);
        long assignments = ((Number) issued.get("assignmentCount")).longValue();
        print("units expanded (assignments written + TaskAssigned staged)", assignments, issueSeconds);
        awaitOutboxDrained();
        print("events published (TaskAssigned + PlanIssued), issue to all on Kafka", assignments + 1, seconds(issuing));

        long sweeping = System.nanoTime();
        DueDateSweep.SweepResult result = sweep.sweep(LocalDate.of(2026, 11, 23));
        double sweepSeconds = seconds(sweeping);
        System.out.printf("sweep 2026-11-23: %s%n", result);
        print("assignments examined by the sweep", result.assignmentsExamined(), sweepSeconds);
        awaitOutboxDrained();
        print("reminders published (TaskDueSoon, 7 days ahead), sweep start to all on Kafka", result.remindersSent(),
                seconds(sweeping));
        System.out.printf("sweep wall time: %.1f s; peak heap: %d MB%n", sweepSeconds, peakHeapMb());
    }

    private void importUnits(int grassroots) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(unit("VN", "Tổng Liên đoàn Lao động Việt Nam", "NATIONAL", null, null));
        for (int p = 1; p <= PROVINCES; p++) {
            rows.add(unit("P" + p, "Liên đoàn Lao động tỉnh số " + p, "PROVINCIAL", null, "VN"));
            for (int u = 1; u <= UPPER_PER_PROVINCE; u++) {
                rows.add(unit("P" + p + "-U" + u, "Liên đoàn Lao động xã, phường số " + u, "UPPER_GRASSROOTS", null, "P" + p));
            }
        }
        postInChunks(rows);
        rows.clear();
        for (int g = 0; g < grassroots; g++) {
            int upper = g % (PROVINCES * UPPER_PER_PROVINCE);
            String parent = "P" + (upper / UPPER_PER_PROVINCE + 1) + "-U" + (upper % UPPER_PER_PROVINCE + 1);
            rows.add(unit("CDCS-" + g, "Công đoàn cơ sở Doanh nghiệp số " + g, "GRASSROOTS",
                    g % 3 == 0 ? "PUBLIC_SECTOR" : "ENTERPRISE", parent));
        }
        postInChunks(rows);
    }

    private void postInChunks(List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += 5_000) {
            http.post().uri("/api/units/import").contentType(MediaType.APPLICATION_JSON)
                    .body(rows.subList(from, Math.min(rows.size(), from + 5_000))).retrieve().toBodilessEntity();
        }
    }

    @SuppressWarnings("unchecked")
    private String draftPlan() {
        String national = ((List<Map<String, Object>>) http.get().uri("/api/units?code=VN").retrieve().body(Map.class)
                .get("items")).getFirst().get("id").toString();
        Map<String, Object> task = Map.of("id", "bao-cao-nam", "title", "Báo cáo năm kết quả học tập và làm theo Bác",
                "reportTask", true, "deadline", Map.of("kind", "YEARLY", "day", "--11-30"),
                "deadlinePhrase", "Trước ngày 30/11 hàng năm", "assignees", List.of(Map.of("level", "GRASSROOTS")));
        return http.post().uri("/api/plans").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("number", "01/KH-TLĐ", "issuingUnitId", national, "issueDate", "2026-01-05",
                        "title", "Kế hoạch báo cáo năm toàn quốc", "tasks", List.of(task)))
                .retrieve().body(Map.class).get("id").toString();
    }

    private void awaitOutboxDrained() {
        while (mongo.exists(new Query(), Outbox.PENDING)) {
            sleep();
        }
    }

    private static Map<String, Object> unit(String code, String name, String level, String sector, String parent) {
        Map<String, Object> row = new java.util.HashMap<>(Map.of("code", code, "name", name, "level", level,
                "openedOn", "2025-07-01"));
        if (sector != null) {
            row.put("sector", sector);
        }
        if (parent != null) {
            row.put("parentCode", parent);
        }
        return row;
    }

    private static void print(String what, long count, double seconds) {
        System.out.printf("%-80s %,10d in %7.1f s = %,9.0f /s%n", what, count, seconds, count / seconds);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
