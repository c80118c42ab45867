package vn.congdoan.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Hands pending notifications whose time has come to their channels. Storing a notification and
 * delivering it are separate steps, so a crash in between loses nothing: the notification stays
 * PENDING and queued (or its claim's lease runs out) and the next run takes it.
 * <p>
 * Every instance runs its dispatcher, side by side, with no scheduler lock: each attempt is
 * claimed by key in the delivery queue, which only one dispatcher can do ({@link DeliveryQueue}),
 * so two dispatchers never send the same attempt, and each instance sends the deliveries it
 * claimed. A claim holds for {@code notification.delivery.claim-lease}: a dispatcher that dies (or
 * loses its database) holds only the deliveries it had claimed, for one lease; every other
 * delivery leaves at once from another instance, or from this one when its database returns. (A
 * scheduler lock held the whole dispatcher for one lease instead, after a kill or a database
 * outage: no e-mail left for up to 2 minutes.)
 * A batch is claimed, and its deliveries recorded, in a few bulk writes: about ten round trips to
 * the database per batch of {@code notification.delivery.batch-size} instead of seven per notification.
 */
public class Dispatcher {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Deliveries deliveries;
    private final Map<ChannelType, Channel> channels = new EnumMap<>(ChannelType.class);
    private final DeliveryProperties properties;
    private final Clock clock;

    Dispatcher(Deliveries deliveries, List<Channel> channels, DeliveryProperties properties, Clock clock) {
        this.deliveries = deliveries;
        channels.forEach(channel -> this.channels.put(channel.type(), channel));
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${notification.delivery.poll-interval:500ms}")
    public void dispatchDue() {
        long deadline = System.nanoTime() + properties.claimLease().toNanos() / 2;
        while (dispatchBatch() == properties.batchSize() && System.nanoTime() < deadline) {
            // keep going while full batches come back, for at most half a claim lease a run
        }
    }

    /**
     * Delivers one batch of due notifications, grouped by channel, the channels side by side (a
     * slow webhook receiver does not hold the e-mails and inbox entries); returns how many were due.
     */
    public int dispatchBatch() {
        Instant now = clock.instant();
        List<DeliveryQueue.Entry> due = deliveries.due(now, properties.batchSize());
        Map<ChannelType, List<Notification>> byChannel = deliveries.claim(due, now, properties.claimLease()).stream()
                .collect(Collectors.groupingBy(Notification::channel, () -> new EnumMap<>(ChannelType.class), Collectors.toList()));
        List<Future<?>> channelsDone = new ArrayList<>();
        try (ExecutorService perChannel = Executors.newVirtualThreadPerTaskExecutor()) {
            byChannel.forEach((type, batch) -> channelsDone.add(perChannel.submit(() -> deliver(type, batch))));
        }
        channelsDone.forEach(Dispatcher::rethrowFailure);
        return due.size();
    }

    private static void rethrowFailure(Future<?> channelDone) {
        try {
            channelDone.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(ChannelType type, List<Notification> batch) {
        Channel channel = channels.get(type);
        if (channel == null) {
            batch.forEach(notification -> fail(notification, "no " + type + " channel is available yet"));
            return;
        }
        Map<String, String> failures = sendAll(channel, batch, delivered -> deliveries.markSent(delivered, clock.instant()));
        deliveries.sent(batch.stream().filter(n -> !failures.containsKey(n.id())).toList(), clock.instant());
        batch.stream().filter(n -> failures.containsKey(n.id())).forEach(n -> attemptFailed(n, failures.get(n.id())));
    }

    private static Map<String, String> sendAll(Channel channel, List<Notification> batch,
                                               java.util.function.Consumer<List<Notification>> delivered) {
        try {
            return channel.sendAll(batch, delivered);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            return batch.stream().collect(Collectors.toMap(Notification::id, n -> reason));
        }
    }

    private void attemptFailed(Notification notification, String reason) {
        if (notification.attempts() >= properties.maxAttempts()) {
            fail(notification, reason);
            return;
        }
        Instant next = clock.instant().plus(properties.backoffAfter(notification.attempts()));
        log.info("delivery attempt {} failed, retrying at {}: notification={} channel={} reason={}",
                notification.attempts(), next, notification.id(), notification.channel(), reason);
        deliveries.retryLater(notification, next, reason);
    }

    private void fail(Notification notification, String reason) {
        log.warn("delivery failed for good after {} attempts: notification={} event={} recipient={} channel={} reason={}",
                notification.attempts(), notification.id(), notification.eventId(), notification.recipient(),
                notification.channel(), reason);
        deliveries.failed(notification, reason, clock.instant());
    }
}
