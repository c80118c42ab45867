package vn.congdoan.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code Content-Type} that names no single media type ({@code *}{@code /*}, {@code text/*}, or
 * not a media type at all) is the caller's mistake: a 415 problem detail naming the header, before
 * any endpoint tries to read the body (Spring refuses such a header with an exception that would
 * otherwise end as a 500 on endpoints that accept any type).
 */
class ContentTypeFilter extends OncePerRequestFilter {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getContentType();
        String problem = header == null ? null : problem(header);
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Unsupported media type");
        body.put("status", HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        body.put("detail", "Content-Type: " + problem);
        body.put("instance", request.getRequestURI());
        body.put("errors", List.of(new FieldError("Content-Type", problem)));
        response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        response.setContentType("application/problem+json");
        JSON.writeValue(response.getOutputStream(), body);
    }

    /** What is wrong with the header, or null when it names one media type. */
    static String problem(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype()
                    ? "must name one media type (e.g. text/plain, application/json), not " + contentType : null;
        } catch (InvalidMediaTypeException e) {
            return "is not a media type: " + contentType;
        }
    }
}
