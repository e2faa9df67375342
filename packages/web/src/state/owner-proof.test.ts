// The actions that expose or remove everything refuse to run without a fresh proof of the passcode, even
// when called directly (not through the screen), and a proof stops counting once Ebb locks.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { OwnerNotConfirmedError, forgetOwnerProofs, issueOwnerProof, requireOwner, type OwnerProof } from './owner-proof.ts';

// vault-state announces changes to other tabs through `window`; Node has no window or Web Locks.
vi.stubGlobal('window', globalThis);
vi.stubGlobal('navigator', {});

describe('owner proof', () => {
  it('is needed only with a passcode, must be one that was issued, and is forgotten on lock', () => {
    expect(() => requireOwner(null, false)).not.toThrow();
    expect(() => requireOwner(null, true)).toThrow(OwnerNotConfirmedError);
    const forged: OwnerProof = { issued: Date.now() };
    expect(() => requireOwner(forged, true)).toThrow(OwnerNotConfirmedError);
    const proof = issueOwnerProof();
    expect(() => requireOwner(proof, true)).not.toThrow();
    forgetOwnerProofs();
    expect(() => requireOwner(proof, true)).toThrow(OwnerNotConfirmedError);
  });

  it('guards export, backup, passcode change and removal in the vault itself; the passcode or recovery key gives one', { timeout: 60_000 }, async () => {
    const vault = await import('./vault-state.ts');
    await vault.startVault();
    expect(vault.vaultStatus.value).toBe('open');
    // Without a passcode, everything proceeds as before.
    await expect(vault.exportPlain(null)).resolves.toHaveProperty('json');
    const recoveryKey = await vault.setPasscode('the tide comes back', 'passphrase', null);
    expect(recoveryKey).toBeTruthy();

    const forged: OwnerProof = { issued: Date.now() };
    for (const proof of [null, forged]) {
      await expect(vault.exportPlain(proof)).rejects.toThrow(OwnerNotConfirmedError);
      await expect(vault.makeBackup(proof)).rejects.toThrow(OwnerNotConfirmedError);
      await expect(vault.setPasscode('someone else', 'passphrase', proof)).rejects.toThrow(OwnerNotConfirmedError);
      await expect(vault.removePasscode(proof)).rejects.toThrow(OwnerNotConfirmedError);
      await expect(vault.deleteAllData(proof)).rejects.toThrow(OwnerNotConfirmedError);
    }

    expect(await vault.confirmOwner('not it')).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await vault.confirmOwner('AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA')).toMatchObject({ ok: false, reason: 'wrong-recovery-key' });
    const byPasscode = await vault.confirmOwner('the tide comes back');
    if (!byPasscode.ok) throw new Error('the passcode should confirm');
    await expect(vault.makeBackup(byPasscode.proof)).resolves.toContain('"version"');
    const byRecovery = await vault.confirmOwner(recoveryKey ?? '');
    if (!byRecovery.ok) throw new Error('the recovery key should confirm');
    await expect(vault.exportPlain(byRecovery.proof)).resolves.toHaveProperty('peopleCsv');

    // Locking forgets every proof: the one that worked a moment ago no longer does.
    vault.lockNow();
    expect(vault.vaultStatus.value).toBe('locked');
    expect(await vault.unlock('the tide comes back')).toEqual({ ok: true });
    await expect(vault.removePasscode(byPasscode.proof)).rejects.toThrow(OwnerNotConfirmedError);
    expect(vault.passcodeKind.value).toBe('passphrase');
  });
});
