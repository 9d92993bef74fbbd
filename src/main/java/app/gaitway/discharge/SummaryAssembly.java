package app.gaitway.discharge;

import app.gaitway.assessments.findings.DatedAssessment;
import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.findings.Series;
import app.gaitway.discharge.DischargeSummary.FindingRow;
import app.gaitway.discharge.DischargeSummary.GoalRow;
import app.gaitway.discharge.DischargeSummary.HomeProgram;
import app.gaitway.discharge.DischargeSummary.ProgramItem;
import app.gaitway.goals.GoalBoard;
import app.gaitway.goals.GoalLine;
import app.gaitway.goals.GoalMeasure;
import app.gaitway.goals.GoalMeasures;
import app.gaitway.programs.ProgramService.VersionWithItems;
import app.gaitway.programs.ProgramView;
import app.gaitway.programs.ProgramsOfPatient;
import app.gaitway.programs.dosage.ItemDosageWords;
import app.gaitway.shared.web.DisplayDates;
import app.gaitway.shared.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The content of a discharge summary, worked out from the record: each measure's first and last value over the
 * signed assessments (the comparison's {@link Series}, read through the goal measures, so every measure a goal can
 * be set on is reported the same way), with the change and whether it reaches the measure's MCID; the goals as
 * evaluated on the day; and the home program the patient goes on with. Pure apart from the words.
 */
public final class SummaryAssembly {

    private final Messages messages;
    private final DisplayDates dates;

    public SummaryAssembly(Messages messages, DisplayDates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    /** Every measure recorded at least once, in the catalogue's order (pain, function, strength, range, movement). */
    public List<FindingRow> findings(List<DatedAssessment> signedOldestFirst, PatientContext patient) {
        List<FindingRow> rows = new ArrayList<>();
        if (signedOldestFirst.isEmpty()) {
            return rows;
        }
        // a value taken at the first or last visit goes without its date (the summary names both); others say when
        LocalDate firstVisit = signedOldestFirst.get(0).date();
        LocalDate lastVisit =
                signedOldestFirst.get(signedOldestFirst.size() - 1).date();
        for (GoalMeasure m : GoalMeasures.all()) {
            Series s = GoalBoard.series(m, signedOldestFirst, patient);
            if (s.isEmpty()) {
                continue;
            }
            Series.Point first = s.first().orElseThrow();
            Series.Point last = s.latest().orElseThrow();
            Optional<Double> change = s.changeSinceFirst();
            String mcid = m.mcid().isPresent() ? m.format(m.mcid().getAsDouble()) : "";
            String verdict = "";
            boolean improved = false;
            if (change.isPresent() && m.meaningful() != null) {
                double gain = m.direction().gain(first.value(), last.value());
                // a hundredth of slack, as in GoalEvaluation: stored values carry one decimal
                double threshold = m.meaningful().amount() - 0.01;
                boolean mcidKnown = m.meaningful().isMcid();
                if (gain >= threshold) {
                    verdict =
                            messages.get(mcidKnown ? "discharge.verdict.betterMcid" : "discharge.verdict.betterError");
                    improved = true;
                } else if (-gain >= threshold) {
                    verdict = messages.get(mcidKnown ? "discharge.verdict.worseMcid" : "discharge.verdict.worseError");
                } else {
                    verdict =
                            messages.get(mcidKnown ? "discharge.verdict.withinMcid" : "discharge.verdict.withinError");
                }
            }
            rows.add(new FindingRow(
                    m.label().in(messages),
                    value(m, first, firstVisit),
                    s.points().size() < 2 ? "" : value(m, last, lastVisit),
                    change.map(c -> changeText(m, first.value(), last.value(), c))
                            .orElse(""),
                    mcid,
                    verdict,
                    improved));
        }
        return rows;
    }

    public static GoalRow goal(GoalLine line) {
        return new GoalRow(line.title(), line.detail(), line.note(), line.latest(), line.statusText(), line.tone());
    }

    /** The latest version of the newest running program, in the patient's words; empty when none runs. */
    public Optional<HomeProgram> program(ProgramsOfPatient programs) {
        for (ProgramsOfPatient.Entry e : programs.entries()) {
            if (!e.summary().active() || e.versions().isEmpty()) {
                continue;
            }
            VersionWithItems latest = e.versions().get(e.versions().size() - 1);
            List<ProgramItem> items = new ArrayList<>();
            for (ProgramView.Item i : latest.items()) {
                items.add(new ProgramItem(
                        i.name(),
                        ItemDosageWords.amount(i.dosage(), messages),
                        ItemDosageWords.often(i.dosage(), messages),
                        ItemDosageWords.load(i.dosage(), messages),
                        i.dosage().note()));
            }
            return Optional.of(new HomeProgram(
                    e.summary().title(),
                    messages.get(
                            "discharge.program.version",
                            latest.version().getNumber(),
                            dates.date(latest.version().getStartDate())),
                    items));
        }
        return Optional.empty();
    }

    private String value(GoalMeasure m, Series.Point p, LocalDate usual) {
        return p.date().equals(usual)
                ? m.withUnit(p.value())
                : messages.get("discharge.value", m.withUnit(p.value()), dates.date(p.date()));
    }

    /** "+12", "−3" for numbers; for grades the grades themselves say it, so "better", "worse" or "the same". */
    private String changeText(GoalMeasure m, double from, double to, double change) {
        if (m.scale() == GoalMeasure.Scale.MMT_GRADE) {
            double gain = m.direction().gain(from, to);
            return messages.get(
                    gain > 0.01
                            ? "discharge.change.better"
                            : gain < -0.01 ? "discharge.change.worse" : "discharge.change.same");
        }
        if (Math.abs(change) < 0.05) {
            return "0";
        }
        return (change > 0 ? "+" : "") + m.format(change);
    }
}
