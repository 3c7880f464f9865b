package org.cgtatlas.domain;

/** A text that {@link PartialDate#parse} cannot read, with the reason as a {@link DateProblem}. */
public final class InvalidDateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final DateProblem problem;

    public InvalidDateException(DateProblem problem, String text) {
        super(problem.describe(text));
        this.problem = problem;
    }

    public DateProblem problem() {
        return problem;
    }
}
