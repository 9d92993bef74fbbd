package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentValues;

import java.time.LocalDate;

/** One assessment of a patient and the day it was done, the input of {@link TrendSeries}. */
public record DatedAssessment(LocalDate date, AssessmentValues values) {

    public DatedAssessment {
        if (date == null || values == null) {
            throw new IllegalArgumentException("an assessment in a trend needs a date and values");
        }
    }
}
