package org.childsafe.identity.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.Set;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends CrudRepository<UserRow, Long> {

    Optional<UserRow> findByUsername(String username);

    List<UserRow> listOrderByUsername();

    long countByRole(String role);

    @Query("SELECT organisation_id FROM user_organisation WHERE user_id = :userId")
    Set<Long> findOrganisationIds(long userId);

    @Query("SELECT COUNT(*) FROM organisation WHERE id = :organisationId")
    long countOrganisations(long organisationId);

    @Query("DELETE FROM user_organisation WHERE user_id = :userId")
    void unlinkAll(long userId);

    @Query("INSERT INTO user_organisation (user_id, organisation_id) VALUES (:userId, :organisationId)")
    void link(long userId, long organisationId);

    @Query("SELECT u.* FROM app_user u JOIN user_organisation uo ON uo.user_id = u.id "
            + "WHERE uo.organisation_id = :organisationId AND u.role = :role ORDER BY u.username")
    List<UserRow> findLinked(long organisationId, String role);
}
