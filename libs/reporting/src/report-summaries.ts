import type { Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

/**
 * Whether reports read the summary cells when they can (REPORT_SUMMARIES, default true). Off,
 * every report reads the records directly — the reference the summaries are measured and checked
 * against; the cells are kept up to date either way (they live in the database, not here).
 */
export const REPORT_SUMMARIES = Symbol('REPORT_SUMMARIES');

export const reportSummariesProvider: Provider = {
  provide: REPORT_SUMMARIES,
  inject: [ConfigService],
  useFactory: (config: ConfigService) => config.get<boolean>('REPORT_SUMMARIES') !== false,
};
