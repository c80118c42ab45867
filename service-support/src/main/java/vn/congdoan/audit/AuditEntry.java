package vn.congdoan.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One state-changing request, as the service answered it.
 *
 * @param at           when it was answered, by the service's clock
 * @param subject      the token's {@code sub}: who acted
 * @param name         the caller's display name
 * @param unitCode     the caller's unit by directory code ({@code unit_code})
 * @param unitId       that unit's id; null when this service's directory does not know it
 * @param roles        the caller's roles
 * @param path         the request's path and query
 * @param targetUnitId the unit the request names ({@code {unitId}} in the path, {@code ?unitId=}, or a
 *                     unit by its own id under {@code /api/units/}); null when it names none
 * @param status       the HTTP status answered: refusals and failures are recorded too
 */
@Document(AuditTrail.COLLECTION)
public record AuditEntry(@Id String id, Instant at, String subject, String name, String unitCode, String unitId,
                         List<String> roles, String method, String path, String targetUnitId, int status) {
}
