// Call and text links carry exactly the number, and the keyword in the message body where a service uses one.
import { describe, expect, it } from 'vitest';
import { reachHref, smsHref, telHref } from './reach-links.ts';

describe('reach links', () => {
  it('calls the number', () => {
    expect(telHref('116123')).toBe('tel:116123');
    expect(reachHref({ kind: 'call', number: '988', display: '988' })).toBe('tel:988');
  });

  it('texts the number with the keyword as the message body', () => {
    expect(reachHref({ kind: 'text', number: '741741', display: '741741', keyword: 'HOME' })).toBe('sms:741741?&body=HOME');
    expect(reachHref({ kind: 'text', number: '50808', display: '50808' })).toBe('sms:50808');
  });

  it('encodes a message body', () => {
    expect(smsHref('+447700900123', 'Can we talk?')).toBe('sms:+447700900123?&body=Can%20we%20talk%3F');
  });

  it('opens chat at the service’s own address', () => {
    expect(reachHref({ kind: 'chat', url: 'https://988lifeline.org/chat/' })).toBe('https://988lifeline.org/chat/');
  });
});
