package vn.congdoan.notification.reports;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.congdoan.contracts.report.ReportEvent;
import vn.congdoan.events.EventDecoder;
import vn.congdoan.notification.followup.FollowUps;
import vn.congdoan.notification.officer.PreferenceDefaults;
import vn.congdoan.notification.plans.PlanTitles;
import vn.congdoan.notification.routing.Notifier;
import vn.congdoan.notification.units.UnitNames;

/** The functional binding {@code reportEvents-in-0} on reporting.reports; it only decodes and delegates. */
@Configuration
class ReportEventsBinding {

    @Bean
    ReportEventNotifier reportEventNotifier(Notifier notifier, FollowUps followUps, PlanTitles planTitles, UnitNames names,
                                            PreferenceDefaults defaults) {
        return new ReportEventNotifier(notifier, followUps, planTitles::titleOf, names::nameOf, defaults.zone());
    }

    @Bean
    Consumer<Message<byte[]>> reportEvents(EventDecoder decoder, ReportEventNotifier notifier) {
        return decoder.consumer(ReportEvent.class, event -> notifier.handle(event));
    }
}
