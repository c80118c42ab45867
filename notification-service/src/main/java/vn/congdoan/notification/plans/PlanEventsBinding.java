package vn.congdoan.notification.plans;

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
    PlanTitles planTitles(MongoTemplate mongo) {
        return new PlanTitles(mongo);
    }

    @Bean
    Consumer<Message<byte[]>> planEvents(EventDecoder decoder, PlanTitles titles) {
        return decoder.consumer(PlanEvent.class, event -> titles.handle(event.payload()));
    }
}
