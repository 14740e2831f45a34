package org.childsafe.rounds.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CohortRepository extends CrudRepository<CohortRow, Long> {

    /** The organisations of cohort {@code ?} that its trainer still follows. */
    String FOLLOWED = "SELECT co.organisation_id FROM cohort_organisation co JOIN cohort c ON c.id = co.cohort_id"
            + " JOIN user_organisation uo ON uo.user_id = c.trainer_id AND uo.organisation_id = co.organisation_id"
            + " WHERE co.cohort_id = ?";

    /** The organisations of the cohort that its trainer still follows (the dashboard's rows). */
    @Query("SELECT co.organisation_id FROM cohort_organisation co JOIN cohort c ON c.id = co.cohort_id"
            + " JOIN user_organisation uo ON uo.user_id = c.trainer_id AND uo.organisation_id = co.organisation_id"
            + " WHERE co.cohort_id = :cohortId ORDER BY co.organisation_id")
    List<Long> findFollowedOrganisationIds(long cohortId);

    List<CohortRow> findByTrainerIdOrderByName(long trainerId);

    List<CohortRow> listOrderByName();

    Optional<CohortRow> findByTrainerIdAndName(long trainerId, String name);

    @Query("SELECT organisation_id FROM cohort_organisation WHERE cohort_id = :cohortId ORDER BY organisation_id")
    List<Long> findOrganisationIds(long cohortId);

    @Query("INSERT INTO cohort_organisation (cohort_id, organisation_id) VALUES (:cohortId, :organisationId)")
    void link(long cohortId, long organisationId);

    @Query("DELETE FROM cohort_organisation WHERE cohort_id = :cohortId")
    void unlinkAll(long cohortId);
}
