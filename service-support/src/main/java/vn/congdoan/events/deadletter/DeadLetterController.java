package vn.congdoan.events.deadletter;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's view of this service's dead letters: the topics and their counts, the records of
 * one topic with the reason each failed, and the replay of one record to its original topic.
 */
@RestController
@RequestMapping("/api/dead-letters")
class DeadLetterController {
    private final DeadLetters deadLetters;
    private final DeadLetterMonitor monitor;

    DeadLetterController(DeadLetters deadLetters, DeadLetterMonitor monitor) {
        this.deadLetters = deadLetters;
        this.monitor = monitor;
    }

    @GetMapping
    Object topics() {
        return monitor.health().getDetails();
    }

    @GetMapping("/{topic}")
    List<DeadLetters.DeadLetter> list(@PathVariable String topic, @RequestParam(defaultValue = "0") long fromOffset,
                                      @RequestParam(defaultValue = "100") int limit) {
        return deadLetters.list(topic, fromOffset, Math.clamp(limit, 1, 1_000));
    }

    @PostMapping("/{topic}/{partition}/{offset}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeadLetters.DeadLetter replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        return deadLetters.replay(topic, partition, offset);
    }
}
