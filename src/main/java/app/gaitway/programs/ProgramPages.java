package app.gaitway.programs;

import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.programs.dosage.ItemDosageJson;
import app.gaitway.programs.dosage.ItemDosageWords;
import app.gaitway.programs.dosage.SessionTime;
import app.gaitway.programs.templates.TemplateService;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a program version into what its page shows, with every dosage in the words the patient reads. */
@ApplicationScoped
public class ProgramPages {

    @Inject
    ProgramService programs;

    @Inject
    TemplateService templates;

    @Inject
    Messages messages;

    public record Page(ProgramView view, List<Item> items, String sessionTime) {}

    public record Item(
            int number,
            long exerciseId,
            String name,
            String startPicture,
            String endPicture,
            String startAlt,
            String endAlt,
            String amount,
            String often,
            List<String> extras,
            String note) {}

    @Transactional
    public Page view(long programId, Optional<Integer> number) {
        ProgramView view = programs.view(programId, number);
        List<Item> items = new ArrayList<>();
        Duration total = Duration.ZERO;
        for (ProgramView.Item i : view.items()) {
            ItemDosage d = i.dosage();
            total = total.plus(SessionTime.of(d));
            List<String> extras = new ArrayList<>();
            addIfAny(extras, ItemDosageWords.load(d, messages));
            ItemDosageWords.effort(d, messages).forEach(e -> addIfAny(extras, e));
            addIfAny(extras, ItemDosageWords.rest(d, messages));
            String start = i.exercise() == null ? null : i.exercise().startPicture();
            String end = i.exercise() == null ? null : i.exercise().endPicture();
            items.add(new Item(
                    i.position() + 1,
                    i.exerciseId(),
                    i.name(),
                    start,
                    end,
                    messages.get("program.item.startAlt", i.name()),
                    messages.get("program.item.endAlt", i.name()),
                    ItemDosageWords.amount(d, messages),
                    ItemDosageWords.often(d, messages),
                    List.copyOf(extras),
                    d.note()));
        }
        return new Page(view, List.copyOf(items), SessionTime.inWords(total, messages));
    }

    /** Saves the program's latest version as a clinic template. */
    @Transactional
    public long saveAsTemplate(long programId, String title, String description) {
        ProgramService.Latest latest = programs.latest(programId);
        List<TemplateService.Item> items = latest.items().stream()
                .map(i -> new TemplateService.Item(i.getExerciseId(), ItemDosageJson.fromJson(i.getDosageJson())))
                .toList();
        return templates.save(title, description, latest.version().getInstructions(), items);
    }

    private static void addIfAny(List<String> list, String text) {
        if (text != null && !text.isBlank()) {
            list.add(text);
        }
    }
}
