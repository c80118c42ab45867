package vn.congdoan.notification.delivery;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import vn.congdoan.events.Outbox;

@Configuration
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration {

    @Bean
    DeliveryQueue deliveryQueue(MongoTemplate mongo) {
        return new DeliveryQueue(mongo);
    }

    @Bean
    Dispatcher dispatcher(MongoTemplate mongo, DeliveryQueue queue, Outbox outbox, MeterRegistry meters,
                          List<Channel> channels, DeliveryProperties properties, Clock clock) {
        return new Dispatcher(new Deliveries(mongo, queue, outbox, meters), channels, properties, clock);
    }
}
