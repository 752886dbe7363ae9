import { checkAttachment, formatBytes, MAX_ATTACHMENT_BYTES } from './attachment-rules';

describe('checkAttachment', () => {
  it("declares the browser's type when storage accepts it", () => {
    expect(checkAttachment({ name: 'scan.PNG', type: 'image/png', size: 10 })).toEqual({
      ok: true,
      contentType: 'image/png',
    });
  });

  it('falls back to the extension when the browser reports no type (DICOM)', () => {
    expect(checkAttachment({ name: 'ct.dcm', type: '', size: 10 })).toEqual({
      ok: true,
      contentType: 'application/dicom',
    });
  });

  it('refuses other types, empty files and files over the limit, saying why', () => {
    const exe = checkAttachment({ name: 'setup.exe', type: 'application/x-msdownload', size: 10 });
    expect(exe).toEqual({ ok: false, problem: expect.stringContaining('only these kinds of file') });
    expect(checkAttachment({ name: 'a.pdf', type: 'application/pdf', size: 0 })).toEqual({
      ok: false,
      problem: 'a.pdf is empty.',
    });
    expect(
      checkAttachment({ name: 'a.pdf', type: 'application/pdf', size: MAX_ATTACHMENT_BYTES + 1 }),
    ).toEqual({
      ok: false,
      problem: 'a.pdf is 20 MB; files can be at most 20 MB.',
    });
    expect(checkAttachment({ name: 'a.pdf', type: 'application/pdf', size: MAX_ATTACHMENT_BYTES }).ok).toBe(
      true,
    );
  });
});

describe('formatBytes', () => {
  it('uses binary units with at most one decimal', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
  });
});
