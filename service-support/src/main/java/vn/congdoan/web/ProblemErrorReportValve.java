package vn.congdoan.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answer, for a request it refuses before any servlet sees it (an encoded
 * {@code /} or NUL in the path, bytes that are not UTF-8, a 10 kB request line): a problem detail
 * instead of Tomcat's HTML page. It names the request, because no field of it could be read.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or already answered: nothing more to say to it
        }
    }

    static String body(int status) {
        if (status == 400) {
            return "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                    + "\"detail\":\"request: is not a valid HTTP request (path or headers)\","
                    + "\"errors\":[{\"field\":\"request\",\"message\":\"is not a valid HTTP request (path or headers)\"}]}";
        }
        return "{\"type\":\"about:blank\",\"status\":" + status + "}";
    }
}
