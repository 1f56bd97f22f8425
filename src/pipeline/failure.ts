/**
 * Where a run failed, which decides its exit code (src/cli/exit.ts maps each to one). Kept apart from
 * the orchestrator so the CLI's error handler can know it without loading the pipeline.
 */
export type FailureStage = 'usage' | 'input' | 'render' | 'pdf' | 'browser' | 'output';

/** A run that stopped: one clear message (and detail lines) for the terminal, and the stage. */
export class PipelineFailure extends Error {
  constructor(
    message: string,
    readonly stage: FailureStage,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}
