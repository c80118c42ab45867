package vn.congdoan.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.identity.IdentityProperties;
import vn.congdoan.identity.IdentityProperties.Account;

/**
 * Who signs in during the system tests. The provider's demo accounts (password "demo"), on the
 * units of {@code samples/units-binh-dinh.csv} that {@link Platform} imports; and, for the
 * provinces the tests create so that they never see each other's units or counts, one person per
 * unit of each such province ({@link SeedPlan}), given to the provider process at start-up beside
 * the demo accounts (a person's unit is a directory code; it may be created after the provider starts).
 */
final class People {
    static final String STAFF = "staff.binhdinh";
    static final String APPROVER = "duyet.giaoduc";
    static final String OFFICER_LE_QUY_DON = "canbo.lequydon";
    static final String OFFICER_QUOC_HOC = "canbo.quochoc";
    static final String OPERATOR = "vanhanh";
    /** The national confederation's staff: creates the tests' provinces under it. */
    static final String NATIONAL_STAFF = "staff.tld";
    static final String PASSWORD = "demo";

    /** How many provinces of their own the tests of one JVM may create. */
    static final int PROVINCES = 12;
    private static final List<String> ABOVE_GRASSROOTS = List.of("FEDERATION_STAFF", "UNIT_OFFICER", "APPROVER");
    /** Grassroots unions with a person of their own among the many a test may create ({@link #sample}). */
    static final int SAMPLES = 20;
    /** The units a test province may have, by key, and the roles of the person signed in for each. */
    static final Map<String, List<String>> UNIT_ROLES = unitRoles();

    private People() {
    }

    private static Map<String, List<String>> unitRoles() {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        List.of("province", "district", "ldld-a", "ldld-b").forEach(key -> roles.put(key, ABOVE_GRASSROOTS));
        List.of("cang", "go", "thpt", "cdcs-a1").forEach(key -> roles.put(key, List.of("UNIT_OFFICER")));
        for (int i = 0; i < SAMPLES; i++) {
            roles.put(sample(i), List.of("UNIT_OFFICER"));
        }
        return Map.copyOf(roles);
    }

    /** The key of the {@code i}th grassroots union with a person of its own. */
    static String sample(int i) {
        return "sample-" + i;
    }

    /**
     * The directory code of unit {@code key} of the test province {@code province} in run
     * {@code run}: upper case, as plan-service stores codes, so that the token's {@code unit_code}
     * finds it.
     */
    static String unitCode(String run, int province, String key) {
        return ("SYS-" + run + "-" + province + "-" + key).toUpperCase(Locale.ROOT);
    }

    /**
     * The e-mail address in the token of the person of unit {@code key}: notification-service
     * knows a signed-in officer by it (an officer registered with it reads their own notifications).
     */
    static String email(String run, int province, String key) {
        return key + "@" + run + "-" + province + ".congdoan.test";
    }

    /** The person signed in for unit {@code key} of test province {@code province}. */
    static String username(int province, String key) {
        return key + "." + province;
    }

    /**
     * {@code SPRING_APPLICATION_JSON} for the provider: its own accounts (a list is replaced as a
     * whole, so they are read from its configuration and repeated) and this run's test people.
     */
    static String providerAccounts(String run) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int province = 1; province <= PROVINCES; province++) {
            for (Map.Entry<String, List<String>> unit : UNIT_ROLES.entrySet()) {
                people.add(person(username(province, unit.getKey()), unitCode(run, province, unit.getKey()), unit.getValue(),
                        email(run, province, unit.getKey())));
            }
        }
        return providerAccounts(people);
    }

    /** {@code SPRING_APPLICATION_JSON} for the provider: its own accounts, the national staff and {@code people}. */
    static String providerAccounts(List<Map<String, Object>> people) {
        List<Map<String, Object>> accounts = new ArrayList<>();
        demoAccounts().forEach(a -> accounts.add(account(a.username(), a.name(), a.email(), a.unitCode(), a.roles(),
                a.password())));
        accounts.add(account(NATIONAL_STAFF, "Cán bộ Tổng Liên đoàn", NATIONAL_STAFF + "@example.vn", "TLD",
                ABOVE_GRASSROOTS, "{noop}" + PASSWORD));
        accounts.addAll(people);
        return JsonMapper.builder().build().writeValueAsString(Map.of("identity", Map.of("accounts", accounts)));
    }

    /** A test person of unit {@code unitCode}, password {@link #PASSWORD}. */
    static Map<String, Object> person(String username, String unitCode, List<String> roles, String email) {
        return account(username, "Cán bộ " + username, email, unitCode, roles, "{noop}" + PASSWORD);
    }

    /** The roles of the person of a unit above the grassroots: its staff, an officer and its approver. */
    static List<String> aboveGrassroots() {
        return ABOVE_GRASSROOTS;
    }

    private static Map<String, Object> account(String username, String name, String email, String unitCode,
                                               List<String> roles, String password) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("username", username);
        account.put("password", password);
        account.put("name", name);
        account.put("email", email);
        account.put("unit-code", unitCode);
        account.put("roles", roles);
        account.put("locale", "vi");
        return account;
    }

    /** The accounts of the provider's own configuration, as it binds them. */
    private static List<Account> demoAccounts() {
        try {
            var sources = new YamlPropertySourceLoader().load("identity-provider", new ClassPathResource("identity-provider.yml"));
            return new Binder(ConfigurationPropertySources.from(sources)).bind("identity", IdentityProperties.class)
                    .orElseThrow(() -> new IllegalStateException("identity-provider.yml has no identity accounts")).accounts();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
