package vn.congdoan.notification.officer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import jakarta.validation.Validator;
import vn.congdoan.web.FieldError;
import vn.congdoan.web.InvalidRequestException;

/**
 * Loads a whole list of officers, e.g. a federation's directory exported from a spreadsheet.
 * All or nothing: every element is checked first and each wrong field is named with its index
 * ({@code [3].email}). An officer whose email is known is updated, keeping id and preferences,
 * so importing the same file twice changes nothing. At most 5,000 officers per request.
 */
@Component
class OfficerImport {
    static final int MAX_OFFICERS = 5_000;

    private final Officers officers;
    private final Validator validator;
    private final PreferenceDefaults defaults;
    private final WebhookUrls webhookUrls;
    private final Clock clock;

    OfficerImport(Officers officers, Validator validator, PreferenceDefaults defaults, WebhookUrls webhookUrls, Clock clock) {
        this.officers = officers;
        this.validator = validator;
        this.defaults = defaults;
        this.webhookUrls = webhookUrls;
        this.clock = clock;
    }

    Result importAll(List<OfficerRequest> requests) {
        if (requests.size() > MAX_OFFICERS) {
            throw new InvalidRequestException("body", "at most " + MAX_OFFICERS + " officers per import, not " + requests.size());
        }
        List<FieldError> errors = errors(requests);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Instant now = clock.instant();
        int created = 0;
        for (OfficerRequest request : requests) {
            Officer known = officers.findByEmail(request.normalisedEmail()).orElse(null);
            officers.save(known == null
                    ? request.toOfficer(UUID.randomUUID().toString(), defaults.preferences(), now)
                    : request.toOfficer(known.id(), known.preferences(), now));
            created += known == null ? 1 : 0;
        }
        return new Result(created, requests.size() - created);
    }

    private List<FieldError> errors(List<OfficerRequest> requests) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            String at = "[" + i + "]";
            OfficerRequest request = requests.get(i);
            if (request == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            int before = errors.size();
            validator.validate(request).forEach(v -> errors.add(new FieldError(at + "." + v.getPropertyPath(), v.getMessage())));
            boolean urlShapeWrong = errors.subList(before, errors.size()).stream()
                    .anyMatch(e -> e.field().equals(at + ".webhookUrl"));
            if (request.webhookUrl() != null && !urlShapeWrong) {
                webhookUrls.problem(request.webhookUrl()).ifPresent(p -> errors.add(new FieldError(at + ".webhookUrl", p)));
            }
            if (request.email() != null && !emails.add(request.normalisedEmail())) {
                errors.add(new FieldError(at + ".email", "appears twice in this import: " + request.email()));
            }
        }
        return errors;
    }

    record Result(int created, int updated) {
    }
}
