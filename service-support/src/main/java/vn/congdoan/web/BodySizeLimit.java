package vn.congdoan.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * No request body is read whole before its size is known to be allowed
 * ({@code congdoan.web.max-body-size}): a declared {@code Content-Length} above the limit is
 * answered 413 before anything is read; a body without one (chunked) is counted as it is read and
 * the reading stops at the limit, which {@link ProblemDetailsAdvice} answers with the same 413.
 * Both are problem details naming the limit.
 */
class BodySizeLimit extends OncePerRequestFilter {
    static final String PROPERTY = "congdoan.web.max-body-size";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSize limit;

    BodySizeLimit(DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType("application/problem+json");
            JSON.writeValue(response.getOutputStream(), problem(tooLarge(limit), request.getRequestURI()));
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Counted(request, limit), response);
    }

    /** What a 413 says: the limit, in the caller's terms. */
    static String tooLarge(DataSize limit) {
        return "is larger than the limit of " + limit.toKilobytes() + " KB (" + PROPERTY + ")";
    }

    private static Map<String, Object> problem(String message, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Content Too Large");
        body.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        body.put("detail", "body: " + message);
        body.put("instance", instance);
        body.put("errors", List.of(new FieldError("body", message)));
        return body;
    }

    /** Thrown by a counted body's stream past the limit. */
    static final class TooLarge extends IOException {
        final DataSize limit;

        TooLarge(DataSize limit) {
            super("request body " + tooLarge(limit));
            this.limit = limit;
        }
    }

    private static final class Counted extends HttpServletRequestWrapper {
        private final DataSize limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final DataSize limit;
        private long count;

        CountingStream(ServletInputStream in, DataSize limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws TooLarge {
            count += bytes;
            if (count > limit.toBytes()) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
