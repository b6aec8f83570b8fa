import { describe, expect, it } from 'vitest';
import { readJacoco } from '../../../../../src/gates/coverage/readers/jacoco.js';
import { collect, linesOf } from '../../../../helpers/collect.js';

const REPORT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="feature-store"><sessioninfo id="h-1" start="1" dump="2"/><package name="com/acme/features"><class name="com/acme/features/Scaler" sourcefilename="Scaler.java"><method name="scale" desc="(D)D" line="12"><counter type="INSTRUCTION" missed="0" covered="5"/></method></class><sourcefile name="Scaler.java"><line nr="12" mi="0" ci="5" mb="1" cb="1"/><line nr="13" mi="3" ci="0" mb="0" cb="0"/><line nr="15" mi="0" ci="2" mb="0" cb="0"/><counter type="LINE" missed="1" covered="2"/></sourcefile></package><package name="com/acme"><sourcefile name="App.java"><line nr="3" mi="2" ci="0" mb="0" cb="0"/></sourcefile></package></report>`;

describe('readJacoco', () => {
  it('reads sourcefile lines under their package path; class elements are skipped', async () => {
    const { files } = await collect(readJacoco, REPORT);
    expect(files.map((f) => f.path)).toEqual(['com/acme/features/Scaler.java', 'com/acme/App.java']);
    expect(linesOf(files[0])).toEqual({ 12: 5, 13: 0, 15: 2 });
    expect(files[0]?.branches).toEqual([{ line: 12, covered: 1, total: 2 }]);
    // JaCoCo always counts branches: a file without any has 0 of 0, not "no data".
    expect(files[1]?.branches).toEqual([]);
  });

  it('rejects a Cobertura file handed to it', async () => {
    await expect(collect(readJacoco, '<coverage></coverage>')).rejects.toThrow(/not JaCoCo/);
  });
});
