package vn.congdoan.events.deadletter;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.cloud.stream.config.BindingServiceProperties;

/**
 * The dead-letter topics of this service: {@code <destination>.<group>.dlq} for each consumer
 * binding, the name every binding's {@code dlq-name} follows.
 */
public record DeadLetterTopics(Set<String> names) {

    public DeadLetterTopics {
        names = Set.copyOf(names);
    }

    static DeadLetterTopics of(BindingServiceProperties bindings) {
        Set<String> names = new TreeSet<>();
        bindings.getBindings().forEach((name, binding) -> {
            if (name.contains("-in-") && binding.getGroup() != null && binding.getDestination() != null) {
                for (String destination : binding.getDestination().split(",")) {
                    names.add(destination.trim() + "." + binding.getGroup() + ".dlq");
                }
            }
        });
        return new DeadLetterTopics(names);
    }

    boolean contains(String topic) {
        return names.contains(topic);
    }
}
