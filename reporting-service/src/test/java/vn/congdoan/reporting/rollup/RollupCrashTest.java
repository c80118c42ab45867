package vn.congdoan.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import vn.congdoan.reporting.period.Period;

/**
 * A process that dies between a delta's claim (the expected report inserted, the report version
 * claimed) and its increments: the repair applies the delta once, however often it runs, and
 * drops a delta whose claim never happened.
 */
class RollupCrashTest {
    private static final Instant CRASH = Instant.parse("2026-11-20T03:00:00Z");
    private static final Period YEAR = Period.year(2026);
    private static final List<String> PATH = List.of("ldld-tinh", "ldld-huyen", "cdcs-1");

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create("mongodb://" + address(server));
    private final MongoTemplate mongo = new MongoTemplate(client, "rollup-crash-test");
    private final Rollups beforeCrash = new Rollups(mongo, Clock.fixed(CRASH, ZoneOffset.UTC));
    private final Rollups afterRestart = new Rollups(mongo, Clock.fixed(CRASH.plus(Duration.ofMinutes(3)), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aDeltaClaimedJustBeforeACrashIsAppliedOnceByTheRepair() {
        assertThatThrownBy(() -> beforeCrash.addClaimed("expected:e1", "p1", YEAR, PATH, oneExpected(),
                new Rollups.Evidence("expectations", "e1", true), () -> {
                    mongo.insert(new Document("_id", "e1"), "expectations");
                    throw new IllegalStateException("killed after the claim");
                })).hasMessageContaining("killed");
        assertThat(expected("ldld-tinh")).isZero();

        afterRestart.finishInterrupted();
        afterRestart.finishInterrupted();

        PATH.forEach(unit -> assertThat(expected(unit)).as(unit).isEqualTo(1));
        assertThat(mongo.estimatedCount(Rollups.PENDING)).isZero();
    }

    @Test
    void aCrashHalfwayThroughTheIncrementsIsFinishedWithoutCountingTwice() {
        assertThatThrownBy(() -> beforeCrash.addClaimed("expected:e2", "p1", YEAR, PATH, oneExpected(),
                new Rollups.Evidence("expectations", "e2", true), () -> {
                    mongo.insert(new Document("_id", "e2"), "expectations");
                    // the root's increment landed, with its mark, before the kill
                    mongo.upsert(Query.query(Criteria.where("_id").is(Rollups.idOf("p1", YEAR.label(), "ldld-tinh"))),
                            new Update().inc("t.expected", 1).addToSet("applying", "expected:e2"), Rollups.COLLECTION);
                    throw new IllegalStateException("killed between two increments");
                })).hasMessageContaining("killed");

        afterRestart.finishInterrupted();

        PATH.forEach(unit -> assertThat(expected(unit)).as(unit).isEqualTo(1));
        Document root = mongo.findById(Rollups.idOf("p1", YEAR.label(), "ldld-tinh"), Document.class, Rollups.COLLECTION);
        assertThat(root.getList("applying", String.class)).isEmpty();
    }

    @Test
    void aDeltaWhoseClaimNeverHappenedIsDropped() {
        assertThatThrownBy(() -> beforeCrash.addClaimed("expected:e3", "p1", YEAR, PATH, oneExpected(),
                new Rollups.Evidence("expectations", "e3", true), () -> {
                    throw new IllegalStateException("killed before the claim");
                })).hasMessageContaining("killed");

        afterRestart.finishInterrupted();

        assertThat(expected("cdcs-1")).isZero();
        assertThat(mongo.estimatedCount(Rollups.PENDING)).isZero();
    }

    @Test
    void aSecondCallerThatLosesTheClaimAddsNothing() {
        beforeCrash.addClaimed("expected:e4", "p1", YEAR, PATH, oneExpected(), new Rollups.Evidence("expectations", "e4", true),
                () -> true);
        beforeCrash.addClaimed("expected:e4", "p1", YEAR, PATH, oneExpected(), new Rollups.Evidence("expectations", "e4", true),
                () -> false);
        afterRestart.finishInterrupted();

        PATH.forEach(unit -> assertThat(expected(unit)).as(unit).isEqualTo(1));
    }

    private long expected(String unit) {
        return beforeCrash.tally("p1", YEAR.label(), unit).get(Tally.EXPECTED);
    }

    private static Tally oneExpected() {
        return Tally.builder().add(Tally.EXPECTED, 1).build();
    }

    private static String address(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }
}
