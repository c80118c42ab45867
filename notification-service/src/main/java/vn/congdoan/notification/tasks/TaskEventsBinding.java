package vn.congdoan.notification.tasks;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.congdoan.contracts.task.TaskEvent;
import vn.congdoan.events.EventDecoder;
import vn.congdoan.notification.followup.FollowUps;
import vn.congdoan.notification.plans.PlanTitles;
import vn.congdoan.notification.routing.Notifier;
import vn.congdoan.notification.units.UnitNames;

/** The functional binding {@code taskEvents-in-0} on plan.tasks; it only decodes and delegates. */
@Configuration
class TaskEventsBinding {

    @Bean
    TaskEventNotifier taskEventNotifier(Notifier notifier, PlanTitles planTitles, FollowUps followUps, UnitNames names) {
        return new TaskEventNotifier(notifier, planTitles::titleOf, followUps, names::nameOf);
    }

    @Bean
    Consumer<Message<byte[]>> taskEvents(EventDecoder decoder, TaskEventNotifier notifier) {
        return decoder.consumer(TaskEvent.class, event -> notifier.handle(event));
    }
}
