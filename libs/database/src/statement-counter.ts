import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

/**
 * Counts the SQL statements the app sends, without printing them: tests and the benchmark read
 * the count before and after an operation to prove "one statement per report". Failed
 * statements are translated or logged by the GraphQL exception filter, so nothing is printed here.
 */
export class StatementCounter extends AbstractLogger {
  private count = 0;

  /** Statements sent since the app started. */
  get statements(): number {
    return this.count;
  }

  override logQuery(): void {
    this.count += 1;
  }

  protected override writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Nothing is written: see the class comment.
  }
}
