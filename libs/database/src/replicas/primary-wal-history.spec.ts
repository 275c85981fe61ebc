import { PrimaryWalHistory } from './primary-wal-history.js';

describe('PrimaryWalHistory', () => {
  it('knows no lag before the first sample', () => {
    expect(new PrimaryWalHistory(10_000).lagMs(5n, 1_000)).toBeNull();
  });

  it('says 0 for a replica that has what the primary had, however long the primary stayed idle', () => {
    const history = new PrimaryWalHistory(10_000);
    history.record(1_000, 100n);
    history.record(2_000, 100n);
    expect(history.lagMs(100n, 60_000)).toBe(0);
  });

  it('dates the lag from the first sample the replica lacks', () => {
    const history = new PrimaryWalHistory(10_000);
    history.record(1_000, 100n);
    history.record(2_000, 150n);
    history.record(3_000, 200n);
    expect(history.lagMs(100n, 3_500)).toBe(1_500);
    expect(history.lagMs(160n, 3_500)).toBe(500);
  });

  it('forgets samples older than it keeps, so a long lag reads as at least that long', () => {
    const history = new PrimaryWalHistory(2_000);
    for (let at = 0; at <= 10_000; at += 1_000) history.record(at, BigInt(at + 1));
    expect(history.lagMs(0n, 10_000)).toBe(2_000);
    expect(history.latest).toBe(10_001n);
  });
});
