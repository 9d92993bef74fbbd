package app.gaitway.assessments.charts;

import java.time.LocalDate;

/** One measured value on one day. Points without a date or with a value that is not a finite number are not drawn. */
public record ChartPoint(LocalDate date, double value) {}
