// tel: and sms: links for crisis lines and the person's own contacts.
import type { Reach } from '@ebb/content';

export const telHref = (number: string) => `tel:${number}`;

/** `?&body=` is understood by both iOS and Android messaging apps. */
export const smsHref = (number: string, body?: string) => (body ? `sms:${number}?&body=${encodeURIComponent(body)}` : `sms:${number}`);

export function reachHref(reach: Reach): string {
  switch (reach.kind) {
    case 'call':
      return telHref(reach.number);
    case 'text':
      return smsHref(reach.number, reach.keyword);
    case 'chat':
      return reach.url;
  }
}
