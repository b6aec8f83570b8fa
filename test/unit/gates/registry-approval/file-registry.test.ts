import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RegistryError } from '../../../../src/gates/registry-approval/client.js';
import { FileRegistry, parseRegistryFile } from '../../../../src/gates/registry-approval/file.js';
import type { FileApprovers } from '../../../../src/gates/registry-approval/settings.js';

const REGISTRY = `models:
  churn:
    path: models/churn/
    versions:
      - version: 1
        status: approved
        approver: mallory
        date: 2024-05-01
      - version: '2'
        status: approved
        approver: '@Dana'
        date: '2024-05-02'
        aliases: [champion]
      - version: '3'
        status: pending
      - version: '4'
        status: rejected
        approver: dana
        note: drift
      - version: '5'
        status: approved
        approver: lead
      - version: '6'
        status: approved
      - version: '7'
        status: approved
        approver: team-member
`;

const dir = mkdtempSync(join(tmpdir(), 'mlqg-file-registry-'));
mkdirSync(join(dir, '.github'));
writeFileSync(join(dir, 'registry.yml'), REGISTRY);
// docs/CODEOWNERS would be read only without .github/CODEOWNERS: GitHub uses the first it finds.
mkdirSync(join(dir, 'docs'));
writeFileSync(join(dir, 'docs', 'CODEOWNERS'), '* @mallory\n');
writeFileSync(
  join(dir, '.github', 'CODEOWNERS'),
  '* @everyone\n/models/ @dana @acme/ml\n/models/other/ @zed\n',
);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const approvers = (over: Partial<FileApprovers> = {}): FileApprovers => ({
  users: ['lead'],
  codeowners: true,
  teams: { '@acme/ml': ['team-member'] },
  ...over,
});
const registry = (over: Partial<FileApprovers> = {}) =>
  new FileRegistry({ cwd: dir, path: 'registry.yml', approvers: approvers(over) });
const ref = (version?: string, alias?: string, name = 'churn') => ({
  name,
  ...(version ? { version } : {}),
  ...(alias ? { alias } : {}),
  origin: { description: 'test' },
});

describe('in-repo registry file', () => {
  it('accepts an approval by a CODEOWNERS owner of the model path, with who, when and a line link', async () => {
    expect(await registry().lookup(ref('2'))).toEqual({
      name: 'churn',
      version: '2',
      state: 'approved',
      status: 'approved',
      approvedBy: '@Dana',
      approvedAt: '2024-05-02',
      link: 'registry.yml#L9',
    });
  });

  it('accepts listed approvers and members of an owning team', async () => {
    expect((await registry().lookup(ref('5'))).state).toBe('approved');
    expect((await registry().lookup(ref('7'))).state).toBe('approved');
    expect((await registry({ teams: {} }).lookup(ref('7'))).state).toBe('unauthorized');
  });

  it('refuses an approval by someone who is neither listed nor an owner', async () => {
    const record = await registry().lookup(ref('1'));
    expect(record.state).toBe('unauthorized');
    expect(record.detail).toContain(
      'neither a listed approver nor a CODEOWNERS owner of models/churn/ (@dana, @acme/ml)',
    );
    expect(record.approvedAt).toBe('2024-05-01'); // an unquoted YAML date is still a date
    expect((await registry({ codeowners: false }).lookup(ref('2'))).state).toBe('unauthorized');
  });

  it('reports pending, rejected, and approved-without-approver versions', async () => {
    expect(await registry().lookup(ref('3'))).toMatchObject({
      state: 'pending',
      detail: 'awaiting approval in registry.yml',
    });
    expect(await registry().lookup(ref('4'))).toMatchObject({
      state: 'rejected',
      detail: 'rejected by dana: drift',
    });
    expect(await registry().lookup(ref('6'))).toMatchObject({
      state: 'unauthorized',
      detail: 'marked approved without an approver',
    });
  });

  it('resolves aliases and reports unknown models and versions as not-found', async () => {
    expect((await registry().lookup(ref(undefined, 'champion'))).version).toBe('2');
    await expect(registry().lookup(ref('99'))).rejects.toMatchObject({ kind: 'not-found' });
    await expect(registry().lookup(ref('1', undefined, 'other'))).rejects.toBeInstanceOf(RegistryError);
  });

  it('rejects a malformed registry file with the line', () => {
    expect(() =>
      parseRegistryFile(
        'models:\n  churn:\n    versions:\n      - version: 1\n        status: ok\n',
        'r.yml',
      ),
    ).toThrow(/^r\.yml:5: status must be one of approved, pending, rejected/);
    expect(() =>
      parseRegistryFile(
        'models:\n  churn:\n    versions:\n      - {version: 1, status: pending}\n      - {version: "1", status: approved}\n',
        'r.yml',
      ),
    ).toThrow(/listed twice/);
    expect(() => parseRegistryFile('other: 1\n', 'r.yml')).toThrow(/top-level "models:"/);
  });
});
