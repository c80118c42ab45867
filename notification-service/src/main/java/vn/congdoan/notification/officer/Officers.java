package vn.congdoan.notification.officer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Officers extends MongoRepository<Officer, String> {

    List<Officer> findByUnitId(String unitId);

    Page<Officer> findByUnitIdOrderByNameAsc(String unitId, Pageable page);

    Optional<Officer> findByEmail(String email);
}
