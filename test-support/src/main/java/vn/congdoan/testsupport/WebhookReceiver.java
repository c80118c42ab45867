package vn.congdoan.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback (a free port) for tests of outgoing webhooks. Every path records
 * the request and answers 204, except:
 * <ul>
 * <li>{@code /stall}: records the request, then neither answers nor hangs up until the receiver is
 * closed (a receiver that stalls);</li>
 * <li>{@code /trickle}: answers 200 at once, then sends its body one byte every 100 ms until closed;</li>
 * <li>a path given to {@link #redirect}: answers 302 and records nothing.</li>
 * </ul>
 */
public final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    private WebhookReceiver(HttpServer server) {
        this.server = server;
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            record(exchange);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            answered.incrementAndGet();
        });
        server.createContext("/stall", exchange -> {
            record(exchange);
            awaitClosing(Long.MAX_VALUE);
            exchange.close();
        });
        server.createContext("/trickle", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0);
            try {
                while (!awaitClosing(100)) {
                    exchange.getResponseBody().write('.');
                    exchange.getResponseBody().flush();
                }
            } catch (IOException e) {
                // the sender hung up without reading on: what a sender should do
            }
            exchange.close();
        });
    }

    public static WebhookReceiver start() {
        try {
            WebhookReceiver receiver = new WebhookReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            receiver.server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Requests to {@code path} are answered 302 to {@code location} and not recorded. */
    public WebhookReceiver redirect(String path, String location) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port><path>} */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Every request recorded so far, in order of arrival. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests recorded so far on {@code path}, in order of arrival. */
    public List<Request> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** How many requests have had their 204 sent. */
    public int answered() {
        return answered.get();
    }

    /** The first request, once one has arrived within {@code timeout}. */
    public Request awaitFirst(Duration timeout) {
        return await().atMost(timeout).until(() -> requests.stream().findFirst(), first -> first.isPresent()).orElseThrow();
    }

    @Override
    public void close() {
        if (closing.getCount() == 0) {
            return;
        }
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void record(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(exchange.getRequestHeaders());
        requests.add(new Request(exchange.getRequestURI().getPath(), headers,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    /** Waits up to {@code millis} for {@link #close}; true once closing. */
    private boolean awaitClosing(long millis) {
        try {
            return closing.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** One request as received; header names are case-insensitive. */
    public record Request(String path, Map<String, List<String>> headers, String body) {
        /** The header's first value, or null. */
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }
}
