package vn.congdoan.notification.targets;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.congdoan.contracts.target.TargetEvent;
import vn.congdoan.events.EventDecoder;
import vn.congdoan.notification.plans.PlanTitles;
import vn.congdoan.notification.routing.Notifier;
import vn.congdoan.notification.units.UnitNames;

/** The functional binding {@code targetEvents-in-0} on reporting.targets; it only decodes and delegates. */
@Configuration
class TargetEventsBinding {

    @Bean
    TargetEventNotifier targetEventNotifier(Notifier notifier, PlanTitles planTitles, UnitNames names) {
        return new TargetEventNotifier(notifier, planTitles::titleOf, names::nameOf);
    }

    @Bean
    Consumer<Message<byte[]>> targetEvents(EventDecoder decoder, TargetEventNotifier notifier) {
        return decoder.consumer(TargetEvent.class, event -> notifier.handle(event));
    }
}
