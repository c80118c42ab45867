package vn.congdoan.outreach;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Owns outreach activities, member rosters, participation (docs/architecture.md §3). */
@SpringBootApplication
public class OutreachServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(OutreachServiceApplication.class, args);
    }
}
