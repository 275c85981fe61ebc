/**
 * The order of group labels in the Chinese dictionary (pinyin), remembered between reports.
 * Comparing with Intl.Collator costs about 3 ms for the 1,200 towns of a province and 13 ms for
 * 4,000 enterprises — every time, on the one thread that serves every request. The names of
 * places and enterprises change rarely, so each label gets a rank once (new labels are sorted
 * and merged into the known ones) and a report's groups are then sorted by number.
 */
export class LabelOrder {
  private readonly collator = new Intl.Collator('zh-Hans-CN');
  private sorted: string[] = [];
  private ranks = new Map<string, number>();

  /** At most this many labels are remembered; past it the memory starts again. */
  constructor(private readonly capacity = 200_000) {}

  /** Each label's rank: a smaller rank comes first; equal labels share one. */
  ranksOf(labels: readonly string[]): ReadonlyMap<string, number> {
    let unknown = [...new Set(labels.filter((label) => !this.ranks.has(label)))];
    if (unknown.length === 0) return this.ranks;
    if (this.sorted.length + unknown.length > this.capacity) {
      this.sorted = [];
      unknown = [...new Set(labels)];
    }
    this.learn(unknown);
    return this.ranks;
  }

  private learn(labels: string[]): void {
    const added = labels.sort(this.collator.compare);
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < this.sorted.length || j < added.length) {
      const takeKnown = j >= added.length || (i < this.sorted.length && this.collator.compare(this.sorted[i], added[j]) <= 0);
      merged.push(takeKnown ? this.sorted[i++] : added[j++]);
    }
    this.sorted = merged;
    this.ranks = new Map(merged.map((label, rank) => [label, rank]));
  }
}
