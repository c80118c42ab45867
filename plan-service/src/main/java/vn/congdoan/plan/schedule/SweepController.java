package vn.congdoan.plan.schedule;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an operator run the due-date sweep now instead of waiting for its schedule. */
@RestController
@RequestMapping("/api/sweeps")
class SweepController {
    private final DueDateSweep sweep;
    private final Clock clock;

    SweepController(DueDateSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @PostMapping
    DueDateSweep.SweepResult sweepNow() {
        return sweep.sweep(LocalDate.now(clock));
    }
}
