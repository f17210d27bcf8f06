import { Histogram, register } from 'prom-client';

export type AssignmentOutcome = 'assigned' | 'queued' | 'kept';

/** Ranking, slot claim and recording of one automatic assignment (the benchmark's subject), by outcome. */
const assignmentDuration =
  (register.getSingleMetric('dispatch_assignment_duration_seconds') as Histogram<string>) ??
  new Histogram({
    name: 'dispatch_assignment_duration_seconds',
    help: 'Automatic assignment of one work order: candidates read, ranked, a slot claimed and the assignment recorded',
    labelNames: ['outcome'],
    buckets: [0.001, 0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1, 0.25, 1],
  });

/** Starts timing one automatic assignment; the returned function stops it with the outcome. */
export function timeAssignment(): (outcome: AssignmentOutcome) => void {
  const stop = assignmentDuration.startTimer();
  return (outcome) => stop({ outcome });
}
