package vn.congdoan.plan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Owns the union directory, plans, tasks, assignments and their deadlines (docs/architecture.md §3). */
@SpringBootApplication
public class PlanServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(PlanServiceApplication.class, args);
    }
}
