package vn.congdoan.outreach.plan;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import vn.congdoan.contracts.plan.PlanEvent;
import vn.congdoan.events.EventDecoder;

/** The functional binding {@code planEvents-in-0} on plan.plans; it only decodes and delegates. */
@Configuration
class PlanEventsBinding {

    @Bean
    KnownPlans knownPlans(MongoTemplate mongo) {
        return new KnownPlans(mongo);
    }

    @Bean
    Consumer<Message<byte[]>> planEvents(EventDecoder decoder, KnownPlans plans) {
        return decoder.consumer(PlanEvent.class, event -> plans.handle(event.payload()));
    }
}
