package app.gaitway.programs.templates;

import app.gaitway.exercises.ProgramExercises;
import app.gaitway.programs.dosage.ItemDosageJson;
import app.gaitway.shared.persistence.ShippedContentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the shipped starter templates into the database when the shipped version is newer, after the exercise
 * library (templates name exercises by slug). A starter template that is no longer shipped is archived.
 */
@ApplicationScoped
public class StarterTemplateImport {

    private static final Logger LOG = Logger.getLogger(StarterTemplateImport.class.getName());
    /** The kind of shipped content this import keeps the version of. */
    static final String CONTENT_KIND = "program_templates";

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TemplateRepository templates;

    @Inject
    ProgramExercises exercises;

    @Transactional
    public void importIfNewer(StarterTemplates shipped) {
        ShippedContentVersion state = ShippedContentVersion.locked(em, CONTENT_KIND);
        if (state.getVersion() >= shipped.version()) {
            return;
        }
        Map<String, Long> slugs = exercises.builtInIdsBySlug();
        Map<String, ProgramTemplate> existing = new HashMap<>();
        templates.starters().forEach(t -> existing.put(t.getTemplateKey(), t));
        for (StarterTemplates.Shipped s : shipped.templates()) {
            ProgramTemplate t = existing.remove(s.key());
            if (t == null) {
                t = ProgramTemplate.starter(s.key(), s.title(), s.description(), s.instructions());
                templates.add(t);
            } else {
                t.replaceTexts(s.title(), s.description(), s.instructions());
                t.restore();
                templates.clearItems(t.getId());
            }
            int position = 0;
            for (StarterTemplates.Item item : s.items()) {
                Long exerciseId = slugs.get(item.exerciseSlug());
                if (exerciseId == null) {
                    throw new IllegalStateException(
                            "starter template " + s.key() + " names unknown exercise " + item.exerciseSlug());
                }
                templates.persist(new ProgramTemplateItem(
                        t.getId(), position++, exerciseId, ItemDosageJson.toJson(item.dosage())));
            }
        }
        existing.values().forEach(ProgramTemplate::archive);
        state.imported(shipped.version(), clock.instant());
        LOG.info(() -> "Starter program templates now at version " + shipped.version());
    }
}
