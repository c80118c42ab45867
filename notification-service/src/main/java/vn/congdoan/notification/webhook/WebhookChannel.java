package vn.congdoan.notification.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;

import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.notification.delivery.Channel;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.DeliveryException;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.template.MessageTemplates;

/**
 * Signed webhooks: a JSON POST to the officer's webhook URL with the Standard Webhooks headers
 * ({@code webhook-id} = notification id, {@code webhook-timestamp}, {@code webhook-signature}).
 * Redirects are never followed; anything but a 2xx is a failed attempt, retried with back-off by
 * the dispatcher. Internal addresses are refused (see {@link AddressPolicy}).
 */
class WebhookChannel implements Channel {
    private final HttpClient http;
    private final WebhookSigner signer;
    private final AddressPolicy policy;
    private final Payloads payloads;

    WebhookChannel(WebhookProperties properties, JsonMapper json, MessageTemplates templates, Clock clock) {
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.timeout()).build();
        this.signer = new WebhookSigner(properties.secret());
        this.policy = new AddressPolicy(properties.allowedHosts());
        this.payloads = new Payloads(json, templates, clock, properties);
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public void send(Notification notification) throws DeliveryException {
        URI url = url(notification);
        policy.check(url);
        long timestamp = payloads.clock.instant().getEpochSecond();
        String body = payloads.json(notification);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(payloads.properties.timeout())
                .header("content-type", "application/json")
                .header("webhook-id", notification.id())
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", signer.sign(notification.id(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        answer(url, post(request));
    }

    private HttpResponse<Void> post(HttpRequest request) throws DeliveryException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryException("webhook: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("webhook: interrupted", e);
        }
    }

    private static void answer(URI url, HttpResponse<Void> response) throws DeliveryException {
        int status = response.statusCode();
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
