package app.gaitway.programs.templates;

import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.programs.dosage.ItemDosageJson;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Program templates as a clinic sees them: the shipped starter templates and its own. Another clinic's template
 * is "not found". Saving and archiving are audited; templates hold no patient data.
 */
@ApplicationScoped
public class TemplateService {

    public static final String AUDIT_RECORD = "program-template";
    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;

    @Inject
    TemplateRepository templates;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    public record Listed(long id, String title, String description, boolean starter, boolean archived, int exercises) {}

    public record Content(ProgramTemplate template, List<Item> items) {}

    public record Item(long exerciseId, ItemDosage dosage) {}

    /** The templates a program can start from: starters first, then the clinic's own by title. */
    @Transactional
    public List<Listed> usable() {
        return listed(templates.usable(currentUser.clinicId()));
    }

    @Transactional
    public List<Listed> archived() {
        return listed(templates.archived(currentUser.clinicId()));
    }

    @Transactional
    public Content content(long templateId) {
        ProgramTemplate t = templates
                .visible(templateId, currentUser.clinicId())
                .orElseThrow(() -> new RecordNotFoundException("program template", templateId));
        List<Item> items = templates.items(templateId).stream()
                .map(i -> new Item(i.getExerciseId(), ItemDosageJson.fromJson(i.getDosageJson())))
                .toList();
        return new Content(t, items);
    }

    /** Saves a clinic template; returns its id. */
    @Transactional
    public long save(String title, String description, String instructions, List<Item> items) {
        ProgramTemplate t = ProgramTemplate.ofClinic(currentUser.clinicId(), title, description, instructions);
        templates.add(t);
        for (int i = 0; i < items.size(); i++) {
            templates.persist(new ProgramTemplateItem(
                    t.getId(),
                    i,
                    items.get(i).exerciseId(),
                    ItemDosageJson.toJson(items.get(i).dosage())));
        }
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, t.getId(), AuditOutcome.SUCCESS);
        return t.getId();
    }

    /** Archives or restores one of the clinic's own templates (starter templates cannot be changed). */
    @Transactional
    public void setArchived(long templateId, boolean archived) {
        ProgramTemplate t = templates
                .visible(templateId, currentUser.clinicId())
                .filter(x -> !x.isStarter())
                .orElseThrow(() -> new RecordNotFoundException("program template", templateId));
        if (archived) {
            t.archive();
        } else {
            t.restore();
        }
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, templateId, AuditOutcome.SUCCESS);
    }

    private List<Listed> listed(List<ProgramTemplate> list) {
        Map<Long, Long> counts = new HashMap<>();
        templates
                .itemCounts(list.stream().map(ProgramTemplate::getId).toList())
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return list.stream()
                .map(t -> new Listed(
                        t.getId(),
                        t.getTitle(),
                        t.getDescription(),
                        t.isStarter(),
                        t.isArchived(),
                        counts.getOrDefault(t.getId(), 0L).intValue()))
                .toList();
    }
}
