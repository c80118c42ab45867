package vn.congdoan.units;

import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import vn.congdoan.contracts.unit.UnitChanged;
import vn.congdoan.events.EventDecoder;

/**
 * {@code congdoan.units.replica.enabled=true} gives a service the functional binding
 * {@code unitEvents} (bind it to plan.units with a group and a dead-letter topic) and the
 * {@link UnitReplica} it keeps.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty("congdoan.units.replica.enabled")
public class UnitReplicaAutoConfiguration {

    @Bean
    UnitReplica unitReplica(MongoTemplate mongo) {
        return new UnitReplica(mongo);
    }

    @Bean
    Consumer<Message<byte[]>> unitEvents(EventDecoder decoder, UnitReplica replica) {
        return decoder.consumer(UnitChanged.class, event -> replica.apply(event.payload()));
    }
}
