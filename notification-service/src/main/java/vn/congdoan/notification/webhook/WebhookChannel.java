package vn.congdoan.notification.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.notification.delivery.Channel;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.DeliveryException;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.template.MessageTemplates;

/**
 * Signed webhooks: a JSON POST to the officer's webhook URL with the Standard Webhooks headers
 * ({@code webhook-id} = notification id, {@code webhook-timestamp}, {@code webhook-signature},
 * signed with the officer's own secret, both secrets while a rotation's grace lasts, or the
 * service-wide secret for officers without one).
 * Redirects are never followed; anything but a 2xx is a failed attempt, retried with back-off by
 * the dispatcher. Internal addresses are refused (see {@link AddressPolicy}). Each call has a hard
 * overall deadline ({@code notification.webhook.timeout}) and a batch's calls run side by side
 * ({@code notification.webhook.concurrency}), so a slow receiver cannot hold the others.
 * <p>
 * Apache HttpClient 5, not the JDK's: its {@link DnsResolver} hook lets the address policy resolve
 * each host once, check every address and hand exactly those to the connection, so a DNS answer
 * that changes between the check and the connect (rebinding) cannot reach an internal address.
 * The request still names the host (Host header) and TLS still uses it for SNI and certificate
 * hostname verification. No proxy is used (none is configured: a proxy would resolve by itself).
 */
class WebhookChannel implements Channel, AutoCloseable {
    /** The secrets a delivery to an officer is signed with, newest first (two while a rotation's grace lasts). */
    @FunctionalInterface
    interface SigningKeys {
        List<WebhookSigner> signersFor(String officerId) throws DeliveryException;
    }

    private final CloseableHttpClient http;
    private final SigningKeys keys;
    private final Payloads payloads;
    private final Duration deadline;
    private final int concurrency;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("webhook-deadline").factory());

    WebhookChannel(WebhookProperties properties, SigningKeys keys, JsonMapper json, MessageTemplates templates, Clock clock) {
        this(properties, new AddressPolicy(properties.allowedHosts()), keys, json, templates, clock);
    }

    WebhookChannel(WebhookProperties properties, AddressPolicy policy, SigningKeys keys, JsonMapper json,
                   MessageTemplates templates, Clock clock) {
        Timeout timeout = Timeout.of(properties.timeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(policy))
                        .setMaxConnTotal(properties.concurrency()).setMaxConnPerRoute(properties.concurrency())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                                .setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableAuthCaching().build();
        this.keys = keys;
        this.payloads = new Payloads(json, templates, clock, properties);
        this.deadline = properties.timeout();
        this.concurrency = properties.concurrency();
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public void send(Notification notification) throws DeliveryException {
        URI url = url(notification);
        AddressPolicy.checkScheme(url);
        List<WebhookSigner> signers = keys.signersFor(notification.recipient());
        long timestamp = payloads.clock.instant().getEpochSecond();
        String body = payloads.json(notification);
        HttpPost request = new HttpPost(url);
        request.setHeader("webhook-id", notification.id());
        request.setHeader("webhook-timestamp", String.valueOf(timestamp));
        request.setHeader("webhook-signature", WebhookSigner.signAll(signers, notification.id(), timestamp, body));
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        answer(url, post(request));
    }

    /**
     * Several receivers at once, at most {@code notification.webhook.concurrency} calls in flight,
     * so that one slow receiver holds one call, not the batch: the batch takes about one deadline
     * per {@code concurrency} notifications, however slow its receivers.
     */
    @Override
    public Map<String, String> sendAll(List<Notification> notifications) {
        Map<String, String> failures = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(concurrency);
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Notification notification : notifications) {
                inFlight.acquireUninterruptibly();
                calls.submit(() -> {
                    try {
                        send(notification);
                    } catch (DeliveryException | RuntimeException e) {
                        failures.put(notification.id(), e.getMessage() == null ? e.toString() : e.getMessage());
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        return failures;
    }

    /**
     * The status and nothing else: the call is aborted when the deadline passes whatever the
     * receiver is doing (connecting, reading our body slowly, trickling its headers), and its body
     * is never read (the connection is closed instead of drained). Its reason names the status
     * only: what a receiver answers is never repeated.
     */
    private int post(HttpPost request) throws DeliveryException {
        ScheduledFuture<?> abort = deadlines.schedule(request::cancel, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            CloseableHttpResponse response = http.execute(request);
            int status = response.getCode();
            hangUp(request, response);
            return status;
        } catch (AddressPolicy.Refused refused) {
            throw new DeliveryException(refused.getMessage(), refused);
        } catch (IOException e) {
            if (request.isCancelled()) {
                throw new DeliveryException("webhook: " + request.getAuthority().getHostName() + " did not answer within "
                        + deadline.toSeconds() + " s", e);
            }
            throw new DeliveryException("webhook: " + request.getAuthority().getHostName() + " could not be reached ("
                    + e.getClass().getSimpleName() + ")", e);
        } finally {
            abort.cancel(false);
        }
    }

    /** Closes the connection without reading what is left of the answer (closing the response would drain it). */
    private static void hangUp(HttpPost request, CloseableHttpResponse response) {
        request.cancel();
        try {
            response.close();
        } catch (IOException alreadyClosed) {
            // the connection is gone, as intended
        }
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        http.close();
    }

    private static void answer(URI url, int status) throws DeliveryException {
        if (status >= 300 && status < 400) {
            throw new DeliveryException("webhook: " + url.getHost() + " answered " + status + "; redirects are not followed", null);
        }
        if (status < 200 || status >= 300) {
            throw new DeliveryException("webhook: " + url.getHost() + " answered " + status, null);
        }
    }

    private static URI url(Notification notification) throws DeliveryException {
        try {
            return URI.create(notification.address());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DeliveryException("the officer has no valid webhook URL", e);
        }
    }

    /** Every connection's addresses come from the policy: resolved once, all checked. */
    private record CheckedResolver(AddressPolicy policy) implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return policy.addressesOf(host);
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    /** The JSON body: what happened, worded, with the data and the link. */
    record Payload(String type, String notificationId, String eventId, String kind, String title, String body,
                   String unitId, String assignmentId, String planId, String planNumber, LocalDate dueDate,
                   String link) {
    }

    private record Payloads(JsonMapper mapper, MessageTemplates templates, Clock clock, WebhookProperties properties) {
        String json(Notification n) {
            return mapper.writeValueAsString(new Payload("notification." + n.kind().templateName(), n.id(), n.eventId(),
                    n.kind().name(), n.title(), n.body(), n.unitId(), n.data().assignmentId(), n.data().planId(),
                    n.data().planNumber(), n.data().dueDate(), templates.link(n.data())));
        }
    }
}
