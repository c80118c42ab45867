package vn.congdoan.notification.inbox;

import java.time.Clock;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.congdoan.contracts.task.TaskEvent;
import vn.congdoan.events.EventDecoder;
import vn.congdoan.events.IncomingEvent;

/** The functional binding {@code taskEvents-in-0} on plan.tasks; it only decodes and delegates. */
@Configuration
class TaskEventsBinding {

    @Bean
    TaskEventNotifier taskEventNotifier(Notifications notifications, Clock clock) {
        return new TaskEventNotifier(notifications, clock);
    }

    @Bean
    @SuppressWarnings("unchecked")
    Consumer<Message<byte[]>> taskEvents(EventDecoder decoder, TaskEventNotifier notifier) {
        return message -> decoder.decode(message)
                .filter(event -> event.payload() instanceof TaskEvent)
                .ifPresent(event -> notifier.handle((IncomingEvent<? extends TaskEvent>) event));
    }
}
