package vn.congdoan.portal.directory;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import vn.congdoan.portal.services.Services;
import vn.congdoan.portal.settings.Preferences;

/** The officers of a unit in notification-service: who they are, how they hear; the staff add one. */
@Component
class UnitOfficers {
    private final Services services;

    UnitOfficers(Services services) {
        this.services = services;
    }

    List<UnitOfficer> of(String unitId) {
        OfficerPage page = services.notification().get().uri("/api/officers?unitId={id}&size=100", unitId).retrieve()
                .body(new ParameterizedTypeReference<OfficerPage>() { });
        return page == null ? List.of() : page.items();
    }

    void add(Map<String, Object> request) {
        services.notification().post().uri("/api/officers").body(request).retrieve().toBodilessEntity();
    }

    record OfficerPage(List<UnitOfficer> items, long total) {
    }

    record UnitOfficer(String id, String name, String role, String phone, String email, Preferences preferences) {
        /** The channels this officer hears of {@code kind} on; none when they chose none. */
        public List<String> channels(String kind) {
            return preferences == null ? List.of() : preferences.channels().getOrDefault(kind, preferences.defaultChannels());
        }
    }
}
