package app.gaitway.programs.builder;

import app.gaitway.clinics.Colleagues.Colleague;
import app.gaitway.exercises.Vocabulary;
import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.programs.dosage.Load;
import app.gaitway.programs.dosage.SideChoice;
import app.gaitway.shared.web.Choice;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/** The options of the builder's lists, as {@code ${builderChoices.sides}} and so on, values as lower-case codes. */
@Named("builderChoices")
@ApplicationScoped
public class BuilderChoices {

    @Inject
    Messages messages;

    public List<Choice> getSides() {
        return of("builder.side.", SideChoice.values(), false);
    }

    public List<Choice> getLoads() {
        return of("builder.load.", Load.LoadType.values(), false);
    }

    public List<Choice> getBandColours() {
        return of("builder.band.", Load.BandColour.values(), true);
    }

    public List<Choice> getBandPlacements() {
        return of("builder.placement.", BandPlacement.values(), true);
    }

    public List<Choice> getWeightUnits() {
        return of("builder.unit.", Load.WeightUnit.values(), false);
    }

    public List<Choice> getCategories() {
        List<Choice> list = new ArrayList<>();
        list.add(new Choice("", messages.get("builder.search.anyCategory")));
        for (Vocabulary.Category c : Vocabulary.Category.values()) {
            list.add(new Choice(Vocabulary.code(c), messages.get("category." + Vocabulary.code(c))));
        }
        return list;
    }

    public List<Choice> therapists(List<Colleague> colleagues) {
        return colleagues.stream()
                .map(c -> new Choice(String.valueOf(c.id()), c.fullName()))
                .toList();
    }

    private List<Choice> of(String prefix, Enum<?>[] values, boolean withNone) {
        List<Choice> list = new ArrayList<>();
        if (withNone) {
            list.add(new Choice("", messages.get(prefix + "none")));
        }
        for (Enum<?> v : values) {
            list.add(new Choice(Vocabulary.code(v), messages.get(prefix + Vocabulary.code(v))));
        }
        return list;
    }
}
