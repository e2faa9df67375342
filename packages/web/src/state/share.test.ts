// Handing a file or text to another app: which way the browser offers (asked about the very file), what the
// share sheet is handed, a closed sheet told apart from a failure, and copying that says when it could not.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyShareable, share, shareWay, type Shareable } from './share.ts';

const item: Shareable = { fileName: 'ebb-plan-2026-11-30.txt', type: 'text/plain', content: 'file words', text: 'readable words', title: 'My plan' };

afterEach(() => vi.unstubAllGlobals());

describe('shareWay', () => {
  it('is none without the Web Share API', () => {
    vi.stubGlobal('navigator', {});
    expect(shareWay(item)).toBe('none');
  });

  it('is file only when canShare takes this very file, else text', () => {
    const asked: File[] = [];
    vi.stubGlobal('navigator', {
      share: () => Promise.resolve(),
      canShare: ({ files = [] }: ShareData) => {
        asked.push(...files);
        return files.every((f) => f.type === 'text/plain');
      },
    });
    expect(shareWay(item)).toBe('file');
    expect(asked[0]?.name).toBe('ebb-plan-2026-11-30.txt');
    expect(shareWay({ ...item, fileName: 'x.json', type: 'application/fhir+json' })).toBe('text');
  });

  it('is text where canShare is missing or throws', () => {
    vi.stubGlobal('navigator', { share: () => Promise.resolve() });
    expect(shareWay(item)).toBe('text');
    vi.stubGlobal('navigator', {
      share: () => Promise.resolve(),
      canShare: () => {
        throw new TypeError('no');
      },
    });
    expect(shareWay(item)).toBe('text');
  });
});

describe('share', () => {
  it('hands over the file, or the readable text, with the title', async () => {
    const handed: ShareData[] = [];
    vi.stubGlobal('navigator', {
      share: (data: ShareData) => {
        handed.push(data);
        return Promise.resolve();
      },
    });
    expect(await share(item, 'file')).toBe('shared');
    expect(await share(item, 'text')).toBe('shared');
    const file = handed[0]?.files?.[0];
    expect([file?.name, file?.type, await file?.text(), handed[0]?.title]).toEqual(['ebb-plan-2026-11-30.txt', 'text/plain', 'file words', 'My plan']);
    expect(handed[1]).toEqual({ title: 'My plan', text: 'readable words' });
  });

  it('tells a closed share sheet apart from a failure, which it throws for the screen to say', async () => {
    vi.stubGlobal('navigator', { share: () => Promise.reject(new DOMException('closed', 'AbortError')) });
    expect(await share(item, 'file')).toBe('cancelled');
    vi.stubGlobal('navigator', { share: () => Promise.reject(new DOMException('no', 'NotAllowedError')) });
    await expect(share(item, 'file')).rejects.toMatchObject({ name: 'NotAllowedError' });
  });
});

describe('copyShareable', () => {
  it('copies the readable text, and says false where there is no clipboard or it refuses', async () => {
    const copied: string[] = [];
    vi.stubGlobal('navigator', {
      clipboard: {
        writeText: (t: string) => {
          copied.push(t);
          return Promise.resolve();
        },
      },
    });
    expect(await copyShareable(item)).toBe(true);
    expect(copied).toEqual(['readable words']);
    vi.stubGlobal('navigator', {});
    expect(await copyShareable(item)).toBe(false);
    vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
    expect(await copyShareable(item)).toBe(false);
  });
});
