import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Seconds between two folds of the summary cells (SUMMARY_FOLD_SECONDS; 0: never, e.g. in a benchmark). */
export const SUMMARY_FOLD_SECONDS = Symbol('SUMMARY_FOLD_SECONDS');

export const summaryFoldSecondsProvider: Provider = {
  provide: SUMMARY_FOLD_SECONDS,
  inject: [ConfigService],
  useFactory: (config: ConfigService) => config.get<number>('SUMMARY_FOLD_SECONDS') ?? 60,
};

/**
 * Writers append signed deltas to the summary cells instead of updating shared rows (sixteen
 * clerks never queue on one province row); left alone, a busy cell would gather thousands of
 * rows for reports to add up. Every minute this folds what was appended since the last fold
 * (`summary_fold()`, docs/reports.md): figures are the same before and after, reports read fewer
 * rows. With several API processes each folds in turn (the fold locks the summaries' state row).
 */
@Injectable()
export class SummaryHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SummaryHousekeeping.name);
  private timer: ReturnType<typeof setInterval> | null = null;
  private folding: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SUMMARY_FOLD_SECONDS) private readonly seconds: number,
  ) {}

  onApplicationBootstrap(): void {
    if (this.seconds <= 0) return;
    this.timer = setInterval(() => void this.fold(), this.seconds * 1000);
    // A pending fold never keeps the process alive.
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.folding;
  }

  /** One fold, unless one is still running; a failure is logged and the next interval tries again. */
  fold(): Promise<void> {
    this.folding ??= this.dataSource
      .query(`SELECT summary_fold() AS written`)
      .then(([{ written }]: { written: string }[]) => this.logger.debug(`summary cells folded into ${written}`))
      .catch((error: unknown) => this.logger.warn(`summary fold failed: ${(error as Error).message}`))
      .finally(() => {
        this.folding = null;
      });
    return this.folding;
  }
}
