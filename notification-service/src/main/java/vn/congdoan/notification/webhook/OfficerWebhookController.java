package vn.congdoan.notification.webhook;

import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.OfficerScope;
import vn.congdoan.notification.officer.Officers;
import vn.congdoan.notification.officer.WebhookUrls;
import vn.congdoan.web.ConflictException;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.NotFoundException;

/**
 * An officer's own webhook: where it goes and the secret it is signed with. A secret the service
 * generates is in the answer that created it, once; reads show a hint (its last characters). A
 * rotation's new secret signs at once, and the one it replaced keeps signing alongside it for
 * {@code notification.webhook.rotation-grace}.
 */
@RestController
@RequestMapping("/api/officers/{id}")
class OfficerWebhookController {
    private static final int MAX_URL = 2000;

    private final Officers officers;
    private final OfficerSecrets secrets;
    private final WebhookUrls urls;
    private final Clock clock;
    private final OfficerScope scope;

    OfficerWebhookController(Officers officers, OfficerSecrets secrets, WebhookUrls urls, Clock clock, OfficerScope scope) {
        this.officers = officers;
        this.secrets = secrets;
        this.urls = urls;
        this.clock = clock;
        this.scope = scope;
    }

    /** The officer's, and their staff above: personal data. */
    @GetMapping("/webhook")
    WebhookView read(@PathVariable String id) {
        return view(scope.withPersonalData(id), null);
    }

    /** Sets the URL; with {@code secret} also the officer's secret, and without one generates a secret if they have none. */
    @PutMapping("/webhook")
    ResponseEntity<WebhookView> set(@PathVariable String id, @RequestBody WebhookRequest request) {
        scope.self(id); // where an officer's notifications go, and its secret, are the officer's alone
        String url = request.url() == null ? null : request.url().strip();
        if (url == null || url.isEmpty()) {
            throw new InvalidRequestException("url", "must not be blank");
        }
        if (url.length() > MAX_URL) {
            throw new InvalidRequestException("url", "must be at most " + MAX_URL + " characters");
        }
        urls.problem(url).ifPresent(problem -> {
            throw new InvalidRequestException("url", problem);
        });
        checkSecret(request.secret());
        Officer officer = officer(id);
        OfficerSecrets.Issued issued = request.secret() != null || secrets.of(id).isEmpty()
                ? replace(id, request.secret()) : null;
        Officer changed = officers.save(officer.withWebhookUrl(url, clock.instant()));
        return answer(view(changed, issued));
    }

    /** A new secret (the caller's {@code secret}, or a generated one); the replaced one signs too for the grace period. */
    @PostMapping("/webhook-secret")
    ResponseEntity<WebhookView> rotate(@PathVariable String id, @RequestBody(required = false) SecretRequest request) {
        String supplied = request == null ? null : request.secret();
        checkSecret(supplied);
        Officer officer = scope.self(id);
        return answer(view(officer, replace(id, supplied)));
    }

    /** Back to the service-wide secret. */
    @DeleteMapping("/webhook-secret")
    ResponseEntity<Void> forget(@PathVariable String id) {
        scope.self(id);
        secrets.remove(id);
        return ResponseEntity.noContent().build();
    }

    private OfficerSecrets.Issued replace(String id, String supplied) {
        try {
            return secrets.replace(id, supplied);
        } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
            throw new ConflictException("secret", "the officer's secret was changed at the same time; read it and try again");
        }
    }

    private static void checkSecret(String secret) {
        if (secret != null) {
            WebhookSigner.problem(secret).ifPresent(problem -> {
                throw new InvalidRequestException("secret", problem);
            });
        }
    }

    private Officer officer(String id) {
        return officers.findById(id).orElseThrow(() -> new NotFoundException("officer", id));
    }

    private WebhookView view(Officer officer, OfficerSecrets.Issued issued) {
        OfficerSecret own = issued != null ? issued.stored() : secrets.of(officer.id()).orElse(null);
        if (own == null) {
            return new WebhookView(officer.webhookUrl(), false, null, null, null, null, null);
        }
        boolean previous = own.previousValidAt(clock.instant());
        return new WebhookView(officer.webhookUrl(), true, issued == null ? null : issued.generated(), own.hint(),
                own.createdAt(), previous ? own.previousHint() : null, previous ? own.previousUntil() : null);
    }

    /** An answer that may carry a secret is never cached. */
    private static ResponseEntity<WebhookView> answer(WebhookView view) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
    }

    record WebhookRequest(String url, String secret) {
    }

    record SecretRequest(String secret) {
    }

    /**
     * {@code secret} only in the answer that generated it; {@code ownSecret} false means the
     * service-wide secret signs.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WebhookView(String url, boolean ownSecret, String secret, String secretHint, Instant secretCreatedAt,
                       String previousSecretHint, Instant previousSecretValidUntil) {
    }
}
