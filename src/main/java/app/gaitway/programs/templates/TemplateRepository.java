package app.gaitway.programs.templates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Program templates and their items. */
@ApplicationScoped
public class TemplateRepository {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    /** The starter templates and the clinic's own, not archived: starters first, then by title. */
    public List<ProgramTemplate> usable(long clinicId) {
        return em.createQuery("""
                        SELECT t FROM ProgramTemplate t
                        WHERE (t.clinicId IS NULL OR t.clinicId = :clinic) AND t.archived = false
                        ORDER BY CASE WHEN t.clinicId IS NULL THEN 0 ELSE 1 END, LOWER(t.title), t.id""", ProgramTemplate.class)
                .setParameter("clinic", clinicId)
                .getResultList();
    }

    /** The clinic's archived templates, to restore. */
    public List<ProgramTemplate> archived(long clinicId) {
        return em.createQuery("""
                        SELECT t FROM ProgramTemplate t WHERE t.clinicId = :clinic AND t.archived = true
                        ORDER BY LOWER(t.title), t.id""", ProgramTemplate.class)
                .setParameter("clinic", clinicId)
                .getResultList();
    }

    public Optional<ProgramTemplate> visible(long id, long clinicId) {
        ProgramTemplate t = em.find(ProgramTemplate.class, id);
        if (t == null || (t.getClinicId() != null && t.getClinicId() != clinicId)) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    public List<ProgramTemplate> starters() {
        return em.createQuery("SELECT t FROM ProgramTemplate t WHERE t.clinicId IS NULL", ProgramTemplate.class)
                .getResultList();
    }

    public List<ProgramTemplateItem> items(long templateId) {
        return em.createQuery(
                        "SELECT i FROM ProgramTemplateItem i WHERE i.templateId = :t ORDER BY i.position",
                        ProgramTemplateItem.class)
                .setParameter("t", templateId)
                .getResultList();
    }

    /** [templateId, count] for the given templates. */
    public List<Object[]> itemCounts(List<Long> templateIds) {
        if (templateIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT i.templateId, COUNT(i) FROM ProgramTemplateItem i WHERE i.templateId IN :ids
                        GROUP BY i.templateId""", Object[].class)
                .setParameter("ids", templateIds)
                .getResultList();
    }

    public void add(ProgramTemplate t) {
        em.persist(t);
        em.flush();
    }

    public void persist(ProgramTemplateItem item) {
        em.persist(item);
    }

    /** Removes a starter template's items before the shipped ones replace them (shipped content, not records). */
    public void clearItems(long templateId) {
        em.createQuery("DELETE FROM ProgramTemplateItem i WHERE i.templateId = :t")
                .setParameter("t", templateId)
                .executeUpdate();
    }
}
