package vn.congdoan.plan.plan;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Plans extends MongoRepository<Plan, String> {

    Page<Plan> findByStatus(PlanStatus status, Pageable page);
}
