package com.jobmatch.user.organization;

import com.jobmatch.user.accounts.User;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<OrganizationMember, UUID> {

    public Optional<OrganizationMember> findByUser(UUID userId) {
        return find("userId", userId).firstResultOptional();
    }

    public Optional<OrganizationMember> findInOrganization(UUID organizationId, UUID userId) {
        return find("organizationId = ?1 and userId = ?2", organizationId, userId).firstResultOptional();
    }

    public long owners(UUID organizationId) {
        return count("organizationId = ?1 and role = ?2", organizationId, OrgRole.OWNER.value());
    }

    public long countIn(UUID organizationId) {
        return count("organizationId", organizationId);
    }

    /** One page of the members with their accounts' email and name, longest-standing first. */
    public List<MemberView> views(UUID organizationId, int page, int size) {
        return getEntityManager().createQuery(
                        "select m, u from OrganizationMember m, User u where u.id = m.userId"
                                + " and m.organizationId = :organization order by m.createdAt, m.id", Object[].class)
                .setParameter("organization", organizationId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(row -> MemberView.of((OrganizationMember) row[0], (User) row[1]))
                .toList();
    }
}
