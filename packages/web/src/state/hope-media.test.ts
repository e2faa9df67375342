// The hope box's photos and sounds are shown from object URLs made from decrypted bytes: one per item while
// it is shown, and every one revoked when Ebb locks, so no decrypted copy stays reachable.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockHere, passcodeKind, vaultStatus } from './vault-state.ts';
import { mediaUrl, releaseMedia } from './hope-media.ts';

const photo = { type: 'image/jpeg', data: btoa('not really a photo') };

afterEach(() => vi.restoreAllMocks());

describe('hope box media addresses', () => {
  it('makes one address per item, and revokes them all on lock', async () => {
    let made = 0;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:ebb/${++made}`);
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    expect(mediaUrl('a', photo)).toBe('blob:ebb/1');
    expect(mediaUrl('a', photo)).toBe('blob:ebb/1');
    expect(mediaUrl('b', photo)).toBe('blob:ebb/2');
    const blob = create.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('image/jpeg');
    expect(await blob.text()).toBe('not really a photo');

    vaultStatus.value = 'open';
    passcodeKind.value = 'pin';
    expect(lockHere()).toBe(true);
    expect(revoke.mock.calls.map(([url]) => url).sort()).toEqual(['blob:ebb/1', 'blob:ebb/2']);
    // Shown again after unlocking: a fresh address, never the revoked one.
    expect(mediaUrl('a', photo)).toBe('blob:ebb/3');
    releaseMedia();
    expect(revoke).toHaveBeenLastCalledWith('blob:ebb/3');
  });
});
