// Each way a pairing code or link can be wrong, in its own plain sentence (said next to the field).
import type { PairingError } from '@ebb/core';
import { format } from '../../i18n/messages.ts';
import { mdv } from '../../i18n/devices-messages.ts';

export function describePairingError(error: PairingError): string {
  switch (error.kind) {
    case 'empty':
      return mdv.pairing.empty;
    case 'wrong-length':
      return format(mdv.pairing.wrongLength, { typed: error.typed, expected: error.expected });
    case 'bad-character':
      return format(mdv.pairing.badCharacter, { character: error.character, group: error.group });
    case 'mistyped':
      return mdv.pairing.mistyped;
    case 'not-a-link':
      return mdv.pairing.notALink;
    case 'no-code':
      return mdv.pairing.noCode;
    case 'in-query':
      return mdv.pairing.inQuery;
  }
}
