package vn.congdoan.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The servlet container's error page ({@code /error}): whatever no controller advice answered (a
 * request refused by a filter, an unknown path, an unexpected failure) is a problem detail too,
 * never Spring's default body. A 5xx says nothing of its cause to the caller; the log has it.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ProblemErrorController implements ErrorController {
    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ErrorAttributes errors;

    ProblemErrorController(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status.is5xxServerError()) {
            log.error("{} answering {} {}", status.value(), request.getMethod(), uri, errors.getError(new ServletWebRequest(request)));
            problem.setDetail("Lỗi máy chủ; đã ghi nhận. / The server failed; it has been logged.");
        } else if (status == HttpStatus.BAD_REQUEST) {
            problem.setTitle("Invalid request");
            problem.setDetail("request: is not a valid HTTP request");
            problem.setProperty("errors", List.of(new FieldError("request", "is not a valid HTTP request")));
        } else if (status == HttpStatus.NOT_FOUND) {
            problem.setDetail("No such resource");
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
