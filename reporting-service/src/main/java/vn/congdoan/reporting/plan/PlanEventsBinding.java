package vn.congdoan.reporting.plan;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import vn.congdoan.contracts.plan.PlanEvent;
import vn.congdoan.contracts.task.TaskAssigned;
import vn.congdoan.events.EventDecoder;
import vn.congdoan.reporting.rollup.Rollups;
import vn.congdoan.units.UnitReplica;

/** The functional bindings {@code planEvents} (plan.plans) and {@code taskEvents} (plan.tasks); they decode and delegate. */
@Configuration
class PlanEventsBinding {

    @Bean
    KnownPlans knownPlans(MongoTemplate mongo) {
        return new KnownPlans(mongo);
    }

    @Bean
    ExpectationPlanner expectationPlanner(MongoTemplate mongo, UnitReplica units, Rollups rollups) {
        return new ExpectationPlanner(mongo, units, rollups);
    }

    @Bean
    Consumer<Message<byte[]>> planEvents(EventDecoder decoder, KnownPlans plans) {
        return decoder.consumer(PlanEvent.class, event -> plans.handle(event.payload()));
    }

    @Bean
    Consumer<Message<byte[]>> taskEvents(EventDecoder decoder, ExpectationPlanner planner) {
        return decoder.consumer(TaskAssigned.class, event -> planner.assigned(event.payload()));
    }
}
